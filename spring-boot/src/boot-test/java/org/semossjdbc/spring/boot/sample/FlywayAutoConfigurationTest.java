package org.semossjdbc.spring.boot.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.EmulatedEngines;
import org.semossjdbc.testing.ScratchDatabase.Backend;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Spring Boot started with a {@code jdbc:semoss:} URL, a user name and a password, once per engine: the pool gets the
 * driver, Boot's Flyway auto-configuration migrates the engine at start-up, and JdbcTemplate reads and writes it with
 * exact counts. Runs on each Boot line with that line's BOM (modules boot3-test and boot4-test).
 */
class FlywayAutoConfigurationTest {

    @RegisterExtension
    static final EmulatedEngines engines = new EmulatedEngines();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void flywayMigratesAtStartUpAndJdbcTemplateWorks(Backend backend) throws Exception {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        System.out.println("Spring Boot " + SpringBootVersion.getVersion() + ", Flyway, " + backend);

        try (ConfigurableApplicationContext context = CityApplication.start(engines.jdbcUrl(backend),
                engines.user(), engines.password(), "--spring.liquibase.enabled=false")) {

            HikariDataSource pool = (HikariDataSource) context.getBean(DataSource.class);
            assertEquals("org.semossjdbc.jdbc.SemossDriver", pool.getDriverClassName(),
                    "named by semoss-jdbc-spring-boot, not by the application");
            assertEquals("org.semossjdbc.pool.HikariExceptionOverride", pool.getExceptionOverrideClassName(),
                    "a 0A000 does not evict a pooled connection");

            MigrationInfo[] applied = context.getBean(Flyway.class).info().applied();
            assertEquals(List.of("1", "2"), Arrays.stream(applied).map(m -> m.getVersion().getVersion()).toList());
            assertTrue(Arrays.stream(applied).allMatch(m -> m.getState() == MigrationState.SUCCESS),
                    () -> Arrays.toString(applied));
            assertEquals(List.of("created by Flyway"), engines.queryDirectly(backend, "SELECT body FROM boot_note"));

            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertEquals(1, jdbc.update("INSERT INTO boot_note (id, body) VALUES (?, ?)", 2, "from JdbcTemplate"));
            assertEquals(1, jdbc.update("UPDATE boot_note SET body = ? WHERE id = ?", "changed by JdbcTemplate", 1));
            assertEquals(0, jdbc.update("UPDATE boot_note SET body = ? WHERE id = ?", "no such row", 99));
            assertEquals(List.of("changed by JdbcTemplate", "from JdbcTemplate"),
                    jdbc.queryForList("SELECT body FROM boot_note ORDER BY id", String.class));
            assertEquals(List.of("changed by JdbcTemplate", "from JdbcTemplate"),
                    engines.queryDirectly(backend, "SELECT body FROM boot_note ORDER BY id"));
        }
    }
}
