package org.semossjdbc.spring.boot.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.EmulatedEngines;
import org.semossjdbc.testing.ScratchDatabase.Backend;
import org.springframework.boot.SpringBootVersion;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Boot started with a {@code jdbc:semoss:} URL, a user name and a password, once per engine: Boot's Liquibase
 * auto-configuration creates the table at start-up and lets go of its lock, and a Spring Data JPA repository saves
 * (with database-generated ids), queries, updates and deletes. Runs on each Boot line with that line's BOM (modules
 * boot3-test and boot4-test).
 */
class LiquibaseAutoConfigurationTest {

    @RegisterExtension
    static final EmulatedEngines engines = new EmulatedEngines();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void liquibaseMigratesAtStartUpAndAJpaRepositoryWorks(Backend backend) throws Exception {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        System.out.println("Spring Boot " + SpringBootVersion.getVersion() + ", Liquibase and JPA, " + backend);

        try (ConfigurableApplicationContext context = CityApplication.start(engines.jdbcUrl(backend),
                engines.user(), engines.password(), "--spring.flyway.enabled=false")) {

            HikariDataSource pool = (HikariDataSource) context.getBean(DataSource.class);
            assertEquals("org.semossjdbc.jdbc.SemossDriver", pool.getDriverClassName());
            assertEquals("org.semossjdbc.pool.HikariExceptionOverride", pool.getExceptionOverrideClassName(),
                    "a 0A000 does not evict a pooled connection");

            assertNotNull(context.getBean(SpringLiquibase.class));
            assertEquals(List.of("1"), engines.queryDirectly(backend, "SELECT ID FROM DATABASECHANGELOG"));
            assertEquals(List.of("0"), engines.queryDirectly(backend,
                    "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE"), "Liquibase released its lock");

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
