package org.semossjdbc.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semossjdbc.jdbc.SemossDriver;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Names the driver for every Spring Boot URL property that holds a {@code jdbc:semoss:} URL and has no driver class of
 * its own. Boot derives the driver class from the URL's prefix through its {@code DatabaseDriver} list, which has no
 * entry for SEMOSS, and fails with "Failed to determine a suitable driver class" without one.
 *
 * <p>The names go into a property source of the lowest precedence, so a driver class the application sets anywhere
 * (properties, YAML, environment variables, command line) still wins.
 */
final class SemossDriverDefaults {

    /** The name of the property source this adds. */
    static final String PROPERTY_SOURCE = "semossJdbcDriverDefaults";

    /** The Boot property groups that take a URL and a driver class: the application's pool, Flyway's, Liquibase's. */
    private static final List<String> PREFIXES = List.of("spring.datasource", "spring.flyway", "spring.liquibase");

    private static final SemossDriver DRIVER = new SemossDriver();

    private SemossDriverDefaults() {
    }

    /** Adds the driver class wherever a {@code jdbc:semoss:} URL lacks one; does nothing when none does. */
    static void apply(ConfigurableEnvironment environment) {
        if (environment.getPropertySources().contains(PROPERTY_SOURCE)) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (String prefix : PREFIXES) {
            String driverProperty = prefix + ".driver-class-name";
            if (DRIVER.acceptsURL(environment.getProperty(prefix + ".url"))
                    && !environment.containsProperty(driverProperty)) {
                defaults.put(driverProperty, SemossDriver.class.getName());
            }
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
        }
    }
}
