package org.semossjdbc.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class SemossDriverDefaultsTest {

    private static final String DRIVER = "org.semossjdbc.jdbc.SemossDriver";

    /** url property | its value | driver property | driver class afterwards ("-" for none). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spring.datasource.url | jdbc:semoss:https://h/Monolith/api?database=d | spring.datasource.driver-class-name | " + DRIVER,
        "spring.flyway.url     | jdbc:semoss:https://h/Monolith/api?database=d | spring.flyway.driver-class-name     | " + DRIVER,
        "spring.liquibase.url  | JDBC:SEMOSS:https://h/Monolith/api?database=d | spring.liquibase.driver-class-name  | " + DRIVER,
        "spring.datasource.url | jdbc:postgresql://h/d                         | spring.datasource.driver-class-name | -",
        "spring.datasource.url | ''                                            | spring.datasource.driver-class-name | -",
        "spring.r2dbc.url      | jdbc:semoss:https://h/Monolith/api?database=d | spring.r2dbc.driver-class-name      | -",
    })
    void namesTheDriverForSemossUrlsOnly(String urlProperty, String url, String driverProperty, String expected) {
        StandardEnvironment environment = environment(Map.of(urlProperty, url));

        SemossDriverDefaults.apply(environment);

        assertEquals("-".equals(expected) ? null : expected, environment.getProperty(driverProperty));
    }

    @Test
    void thePoolKeepsConnectionsAfterAnUnsupportedFeature() {
        StandardEnvironment semoss = environment(Map.of(
                "spring.datasource.url", "jdbc:semoss:https://h/Monolith/api?database=d"));
        StandardEnvironment other = environment(Map.of("spring.datasource.url", "jdbc:postgresql://h/d"));
        StandardEnvironment chosen = environment(Map.of(
                "spring.datasource.url", "jdbc:semoss:https://h/Monolith/api?database=d",
                "spring.datasource.hikari.exception-override-class-name", "com.example.Override"));

        SemossDriverDefaults.apply(semoss);
        SemossDriverDefaults.apply(other);
        SemossDriverDefaults.apply(chosen);

        String property = "spring.datasource.hikari.exception-override-class-name";
        assertEquals("org.semossjdbc.pool.HikariExceptionOverride", semoss.getProperty(property));
        assertEquals(null, other.getProperty(property));
        assertEquals("com.example.Override", chosen.getProperty(property));
    }

    @Test
    void aDriverClassTheApplicationSetsWins() {
        StandardEnvironment environment = environment(Map.of(
                "spring.datasource.url", "jdbc:semoss:https://h/Monolith/api?database=d",
                "spring.datasource.driver-class-name", "com.example.WrappingDriver"));

        SemossDriverDefaults.apply(environment);

        assertEquals("com.example.WrappingDriver", environment.getProperty("spring.datasource.driver-class-name"));
        assertFalse(environment.getPropertySources().get(SemossDriverDefaults.PROPERTY_SOURCE)
                .containsProperty("spring.datasource.driver-class-name"));
    }

    @Test
    void addsItsDefaultsBelowEveryOtherSource() {
        StandardEnvironment environment = environment(Map.of(
                "spring.datasource.url", "jdbc:semoss:https://h/Monolith/api?database=d"));

        SemossDriverDefaults.apply(environment);
        SemossDriverDefaults.apply(environment);
        environment.getPropertySources().addFirst(new MapPropertySource("later",
                Map.of("spring.datasource.driver-class-name", "com.example.WrappingDriver")));

        assertEquals("com.example.WrappingDriver", environment.getProperty("spring.datasource.driver-class-name"));
        assertEquals(SemossDriverDefaults.PROPERTY_SOURCE,
                environment.getPropertySources().stream().reduce((first, second) -> second).orElseThrow().getName());
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", new HashMap<>(properties)));
        return environment;
    }
}
