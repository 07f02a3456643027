package org.semossjdbc.wild;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.jdbc.SemossDataSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spring's JdbcTemplate on the driver: queries, exact counts, batches, generated keys, error translation. */
class SpringJdbcTemplateIT {

    private static SemossDataSource dataSource(EmulatorSetup setup) {
        SemossDataSource ds = new SemossDataSource();
        ds.setUrl(setup.url());
        ds.setUser(EmulatorSetup.ACCESS);
        ds.setPassword(EmulatorSetup.SECRET);
        return ds;
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES", "MARIADB"})
    void queryUpdateBatchAndKeys(Backend backend) {
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            JdbcTemplate jdbc = new JdbcTemplate(dataSource(setup));
            String identity = backend == Backend.POSTGRES ? "SERIAL PRIMARY KEY" : "INT AUTO_INCREMENT PRIMARY KEY";
            jdbc.execute("CREATE TABLE person (id " + identity + ", name VARCHAR(40) NOT NULL UNIQUE, age INT)");

            int[] counts = jdbc.batchUpdate("INSERT INTO person (name, age) VALUES (?, ?)", List.of(
                    new Object[] {"ann", 31}, new Object[] {"bo", 42}, new Object[] {"cy", 23}));
            assertArrayEquals(new int[] {1, 1, 1}, counts);

            // Exact on every backend, MariaDB's UPDATE included (its anonymous compound form, LIMITATIONS.md).
            assertEquals(2, jdbc.update("UPDATE person SET age = age + 1 WHERE age > ?", 30));
            assertEquals(0, jdbc.update("DELETE FROM person WHERE name = ?", "nobody"));

            List<String> names = jdbc.queryForList("SELECT name FROM person WHERE age > ? ORDER BY name",
                    String.class, 30);
            assertEquals(List.of("ann", "bo"), names);
            assertEquals(43, jdbc.queryForObject("SELECT age FROM person WHERE name = ?", Integer.class, "bo"));

            KeyHolder keys = new GeneratedKeyHolder();
            assertEquals(1, jdbc.update(con -> {
                PreparedStatement ps = con.prepareStatement("INSERT INTO person (name, age) VALUES (?, ?)",
                        new String[] {"id"});
                ps.setString(1, "dee");
                ps.setInt(2, 50);
                return ps;
            }, keys));
            assertEquals(4, keys.getKey().intValue());

            assertThrows(DuplicateKeyException.class,
                    () -> jdbc.update("INSERT INTO person (name, age) VALUES (?, ?)", "ann", 1));

            // Spring's transaction manager turns auto-commit off and commits: accepted (transactions=lenient).
            TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
            List<Integer> inside = new ArrayList<>();
            tx.executeWithoutResult(status -> inside.add(jdbc.update("UPDATE person SET age = 0 WHERE name = ?",
                    "cy")));
            assertEquals(List.of(1), inside);
            assertTrue(jdbc.queryForObject("SELECT COUNT(*) FROM person WHERE age = 0", Integer.class) == 1);
        }
    }
}
