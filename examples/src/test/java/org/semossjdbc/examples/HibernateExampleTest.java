package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class HibernateExampleTest {

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void jpaWorksAndAStaleUpdateFails(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(2)) {
            JdbcFailureRecorder recorder = new JdbcFailureRecorder(pool);
            HibernateExample.Outcome outcome = HibernateExample.run(recorder.dataSource(), semoss.out);
            semoss.printed();
            String expectedDialect = switch (backend) {
                case H2 -> "H2Dialect";
                case POSTGRES -> "PostgreSQLDialect";
                case MARIADB -> "MariaDBDialect";
            };
            assertEquals(expectedDialect, outcome.dialect(), "picked from getDatabaseProductName()");
            assertEquals(3, outcome.ids().size());
            assertTrue(outcome.ids().get(0) < outcome.ids().get(1) && outcome.ids().get(1) < outcome.ids().get(2),
                    "IDENTITY keys " + outcome.ids());
            assertEquals(List.of("Ann's \"Ltda\"; -- shop", "Bob"), outcome.found());

            assertNotNull(outcome.staleUpdateError(), "the stale @Version update must fail, not overwrite");
            assertEquals(0, HibernateExample.UPDATED_AMOUNT.compareTo(outcome.stored().getAmount()),
                    "the first writer's amount survives: " + outcome.stored().getAmount());
            assertEquals(1, outcome.stored().getVersion());
            assertEquals(HibernateExample.FIRST_SHIPPED_AT, outcome.stored().getShippedAt());
            assertEquals(2, outcome.remaining());

            // The rows as the database behind SEMOSS holds them, read without SEMOSS or the driver.
            assertEquals(2, semoss.countDirectly("SELECT COUNT(*) FROM hibernate_shipment"));
            try (Connection direct = semoss.database.connect(); Statement s = direct.createStatement();
                 ResultSet rs = s.executeQuery("SELECT customer, amount, shipped_at, version FROM hibernate_shipment "
                         + "WHERE id = " + outcome.ids().get(0))) {
                assertTrue(rs.next());
                assertEquals("Ann's \"Ltda\"; -- shop", rs.getString(1));
                assertEquals(new BigDecimal("1300.00"), rs.getBigDecimal(2));
                assertEquals(Timestamp.valueOf(HibernateExample.FIRST_SHIPPED_AT), rs.getTimestamp(3));
                assertEquals(1, rs.getInt(4));
            }

            // Spring Boot's usual ddl-auto settings read the schema back through DatabaseMetaData and the catalog.
            // Hibernate 6.6's H2Dialect wants H2 2.1+ and reads INFORMATION_SCHEMA.SEQUENCES columns that SEMOSS's
            // H2 1.4.200 lacks (so does the native H2 driver): the community H2LegacyDialect reads 1.4's.
            for (String action : new String[] {"validate", "update"}) {
                Map<String, Object> settings = new java.util.HashMap<>(Map.of(
                        "jakarta.persistence.nonJtaDataSource", recorder.dataSource(), "hibernate.hbm2ddl.auto", action));
                if (backend == ScratchDatabase.Backend.H2) {
                    settings.put("hibernate.dialect", "org.hibernate.community.dialect.H2LegacyDialect");
                }
                try (EntityManagerFactory again = Persistence.createEntityManagerFactory(HibernateExample.UNIT,
                        settings);
                     EntityManager em = again.createEntityManager()) {
                    assertEquals(2L, em.createQuery("select count(s) from Shipment s", Long.class).getSingleResult(),
                            action);
                }
            }

            // Nothing Hibernate asked of the driver failed, at start-up (metadata, LOB probe, DDL) or in use. Hibernate
            // 6.6 releases the statement of an IDENTITY insert twice and asks the closed one for getMaxRows (it
            // ignores the answer): pgjdbc refuses that call too (55000), so it is not counted.
            assertEquals(List.of(), recorder.failures().stream()
                    .filter(failure -> !failure.startsWith("Statement.getMaxRows: HY010 Statement is closed"))
                    .toList());
        }
    }
}
