package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multiple results, generated keys, JDBC escapes, bare '?' on the write path, one connection shared by threads. */
class StatementFeaturesIT {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void mixedStatementsGiveMultipleResults(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE mr (id INT PRIMARY KEY)");
            assertFalse(s.execute("INSERT INTO mr VALUES (1); SELECT id FROM mr; INSERT INTO mr VALUES (2)"));
            assertEquals(1, s.getUpdateCount());
            assertTrue(s.getMoreResults());
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
            }
            assertFalse(s.getMoreResults());
            assertEquals(1, s.getUpdateCount());
            assertFalse(s.getMoreResults());
            assertEquals(-1, s.getUpdateCount());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void returningFormsReturnRowsAndCountAsWrites(Backend backend) throws SQLException {
        String returning = switch (backend) {
            case H2 -> "SELECT * FROM FINAL TABLE (INSERT INTO rt VALUES (2, 'b'))";
            case POSTGRES, MARIADB -> "INSERT INTO rt VALUES (2, 'b') RETURNING id, name";
        };
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            try (Connection c = setup.connect(); Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE rt (id INT PRIMARY KEY, name VARCHAR(10))");
                s.executeUpdate("INSERT INTO rt VALUES (1, 'a')");
                try (ResultSet rs = s.executeQuery(returning)) {
                    assertTrue(rs.next());
                    assertEquals(2, rs.getInt(1));
                    assertEquals("b", rs.getString(2));
                }
                assertEquals(1, s.executeUpdate(returning.replace("2", "3")));
            }
            try (Connection reader = setup.connectReader(); Statement s = reader.createStatement()) {
                setup.semoss().hooks().resetCounters();
                SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                        () -> s.executeQuery(returning.replace("2", "4")));
                assertEquals("42501", e.getSQLState());
                assertEquals(0, setup.semoss().hooks().executedSql(EmulatorSetup.ENGINE).size());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void generatedKeys(Backend backend) throws SQLException {
        String identity = switch (backend) {
            case H2 -> "id INT AUTO_INCREMENT PRIMARY KEY";
            case POSTGRES -> "id SERIAL PRIMARY KEY";
            case MARIADB -> "id INT AUTO_INCREMENT PRIMARY KEY";
        };
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE gk (" + identity + ", name VARCHAR(10))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO gk (name) VALUES (?)", new String[]{"id"})) {
                p.setString(1, "a");
                assertEquals(1, p.executeUpdate());
                try (ResultSet keys = p.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals(1, keys.getInt(1));
                }
                p.setString(1, "b");
                assertEquals(1, p.executeUpdate());
                try (ResultSet keys = p.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    assertEquals(2, keys.getLong("id"));
                }
            }
            assertEquals(1, s.executeUpdate("INSERT INTO gk (name) VALUES ('c')", Statement.RETURN_GENERATED_KEYS));
            try (ResultSet keys = s.getGeneratedKeys()) {
                assertTrue(keys.next());
                assertEquals(3, keys.getInt(1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void jdbcEscapesAndQuestionMarksInWrites(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("updateCounts=audited"); Statement s = c.createStatement()) {
            s.executeUpdate(Sql.textTable(backend, "qm", 50));
            s.executeUpdate("INSERT INTO qm VALUES (1, 'what? really?')");
            s.executeUpdate("UPDATE qm SET v = {fn ucase('abc')} WHERE id = 1 /* why? */");
            try (ResultSet rs = s.executeQuery("SELECT v, {d '2024-02-29'} AS d FROM qm")) {
                assertTrue(rs.next());
                assertEquals("ABC", rs.getString(1));
                assertEquals("2024-02-29", rs.getString("d").substring(0, 10));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = "H2")
    void oneConnectionSharedByThreadsSerialisesItsRequests(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Long>> sums = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    sums.add(pool.submit(() -> {
                        long sum = 0;
                        try (Statement s = c.createStatement()) {
                            s.setFetchSize(7);
                            for (int i = 0; i < 10; i++) {
                                try (ResultSet rs = s.executeQuery("SELECT X FROM SYSTEM_RANGE(1, 50)")) {
                                    while (rs.next()) {
                                        sum += rs.getLong(1);
                                    }
                                }
                            }
                        }
                        return sum;
                    }));
                }
                for (Future<Long> sum : sums) {
                    assertEquals(10L * 50 * 51 / 2, sum.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
