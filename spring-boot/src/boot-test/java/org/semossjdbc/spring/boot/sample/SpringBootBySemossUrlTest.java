package org.semossjdbc.spring.boot.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.EmulatedEngines;
import org.semossjdbc.testing.ScratchDatabase.Backend;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spring Boot application started with {@code spring.datasource.url=jdbc:semoss:...}, a user name and a password,
 * and nothing else, once per engine. Boot's Flyway and Liquibase auto-configuration migrate the engine at start-up;
 * JdbcTemplate and a Spring Data JPA repository then read and write it. The same class runs on each Boot line, with
 * that line's BOM (modules boot3-test and boot4-test).
 */
class SpringBootBySemossUrlTest {

    private static EmulatedEngines engines;

    @BeforeAll
    static void startEngines() {
        engines = EmulatedEngines.start();
    }

    @AfterAll
    static void stopEngines() {
        engines.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void urlUserAndPasswordSuffice(Backend backend) throws Exception {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        System.out.println("Spring Boot " + SpringBootVersion.getVersion() + " on " + backend);

        try (ConfigurableApplicationContext context = SpringApplication.run(CityApplication.class,
                "--spring.main.web-application-type=none",
                "--spring.datasource.url=" + engines.jdbcUrl(backend),
                "--spring.datasource.username=" + engines.user(),
                "--spring.datasource.password=" + engines.password())) {

            HikariDataSource pool = (HikariDataSource) context.getBean(DataSource.class);
            assertEquals("org.semossjdbc.jdbc.SemossDriver", pool.getDriverClassName());

            // Flyway's auto-configuration migrated the engine at start-up
            MigrationInfo[] applied = context.getBean(Flyway.class).info().applied();
            assertEquals(List.of("1", "2"), Arrays.stream(applied).map(m -> m.getVersion().getVersion()).toList());
            assertTrue(Arrays.stream(applied).allMatch(m -> m.getState() == MigrationState.SUCCESS));
            assertEquals(List.of("created by Flyway"), engines.queryDirectly(backend, "SELECT body FROM boot_note"));

            // so did Liquibase's, and it let go of its lock
            assertNotNull(context.getBean(SpringLiquibase.class));
            assertEquals(List.of("1"), engines.queryDirectly(backend, "SELECT ID FROM DATABASECHANGELOG"));
            assertEquals(List.of("0"), engines.queryDirectly(backend,
                    "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE"));

            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertEquals(1, jdbc.update("INSERT INTO boot_note (id, body) VALUES (?, ?)", 2, "from JdbcTemplate"));
            assertEquals(1, jdbc.update("UPDATE boot_note SET body = ? WHERE id = ?", "changed by JdbcTemplate", 1));
            assertEquals(List.of("changed by JdbcTemplate", "from JdbcTemplate"),
                    jdbc.queryForList("SELECT body FROM boot_note ORDER BY id", String.class));

            CityRepository cities = context.getBean(CityRepository.class);
            City lima = cities.save(new City("Lima", 10_000_000));
            City quito = cities.save(new City("Quito", 2_800_000));
            cities.save(new City("Cusco", 430_000));
            assertNotNull(lima.getId(), "the database's key came back");
            assertTrue(quito.getId() > lima.getId());
            assertEquals(List.of("Lima", "Quito"), cities.findByPopulationGreaterThanOrderByName(1_000_000)
                    .stream().map(City::getName).toList());
            quito.setPopulation(2_900_000);
            cities.save(quito);
            cities.deleteById(lima.getId());
            assertEquals(2, cities.count());
            assertEquals(List.of("Cusco 430000", "Quito 2900000"), engines.queryDirectly(backend,
                    "SELECT CONCAT(CONCAT(name, ' '), population) FROM boot_city ORDER BY name"));
        }
    }
}
