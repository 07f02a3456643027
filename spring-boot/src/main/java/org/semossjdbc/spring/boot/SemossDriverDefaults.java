package org.semossjdbc.spring.boot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semossjdbc.jdbc.SemossDriver;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Names the driver for every Spring Boot URL property that holds a {@code jdbc:semoss:} URL and has no driver class of
 * its own. Boot derives the driver class from the URL's prefix through its {@code DatabaseDriver} list, which has no
 * entry for SEMOSS, and fails with "Failed to determine a suitable driver class" without one.
 *
 * <p>For the application's pool it also names the driver's HikariCP exception override when HikariCP (Boot's default
 * pool) is on the class path: HikariCP treats SQLState 0A000 (a feature SEMOSS lacks, such as a savepoint) as a broken
 * connection and evicts it, and Hibernate's start-up probes alone would do so on every start.
 *
 * <p>The values go into a property source of the lowest precedence, so whatever the application sets anywhere
 * (properties, YAML, environment variables, command line) still wins.
 */
final class SemossDriverDefaults {

    /** The name of the property source this adds. */
    static final String PROPERTY_SOURCE = "semossJdbcDriverDefaults";

    /** The Boot property groups that take a URL and a driver class: the application's pool, Flyway's, Liquibase's. */
    private static final List<String> PREFIXES = List.of("spring.datasource", "spring.flyway", "spring.liquibase");

    private static final String HIKARI_OVERRIDE_PROPERTY = "spring.datasource.hikari.exception-override-class-name";

    /** By name: the class implements a HikariCP interface and cannot be loaded without HikariCP. */
    static final String HIKARI_OVERRIDE = "org.semossjdbc.pool.HikariExceptionOverride";

    private static final String HIKARI_INTERFACE = "com.zaxxer.hikari.SQLExceptionOverride";

    private static final SemossDriver DRIVER = new SemossDriver();

    private SemossDriverDefaults() {
    }

    /**
     * Adds the driver class wherever a {@code jdbc:semoss:} URL lacks one, and the pool's exception override; does
     * nothing when no URL is a {@code jdbc:semoss:} URL.
     */
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
        ClassLoader loader = SemossDriverDefaults.class.getClassLoader();
        if (DRIVER.acceptsURL(environment.getProperty("spring.datasource.url"))
                && !environment.containsProperty(HIKARI_OVERRIDE_PROPERTY)
                && ClassUtils.isPresent(HIKARI_INTERFACE, loader) && ClassUtils.isPresent(HIKARI_OVERRIDE, loader)) {
            defaults.put(HIKARI_OVERRIDE_PROPERTY, HIKARI_OVERRIDE);
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
        }
    }
}
