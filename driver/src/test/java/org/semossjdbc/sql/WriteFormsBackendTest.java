package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * Runs the counting, returning and prepared-execution forms against real databases the way SEMOSS runs them: the read
 * path through {@code Statement.executeQuery}, the write path through {@code prepareStatement(sql).execute()}.
 */
class WriteFormsBackendTest {

    /** Runs {@code dml} through its counting form on the read path and returns the count it reports. */
    private static long countThroughReadPath(Statement s, String dml, Dialect dialect) throws SQLException {
        Classification c = StatementClassifier.shared().classify(dml, dialect);
        WriteForms.CountingQuery q = WriteForms.countingForm(dml, c, dialect).orElseThrow(() -> new AssertionError("no form: " + dml));
        try (ResultSet rs = s.executeQuery(q.sql())) {
            if (q.countColumn()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
            long rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void countingFormsReportExactCountsAndPersist(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = LiteralBackendTest.dialectOf(backend);
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR(20))");
            s.execute("INSERT INTO people VALUES (1, 'a'), (2, 'b'), (3, 'c')");
            List<Long> counts = new ArrayList<>();
            counts.add(countThroughReadPath(s, "INSERT INTO people VALUES (4, 'd'), (5, 'e') -- two rows", dialect));
            counts.add(countThroughReadPath(s, "DELETE FROM people WHERE id = 99", dialect));
            counts.add(countThroughReadPath(s, "DELETE FROM people WHERE id > 3;", dialect));
            if (dialect != Dialect.MARIADB) {
                counts.add(countThroughReadPath(s, "UPDATE people SET name = 'z' WHERE id < 3", dialect));
            }
            List<Long> expected = new ArrayList<>(List.of(2L, 0L, 2L));
            if (dialect != Dialect.MARIADB) {
                expected.add(2L);
            }
            assertEquals(expected, counts);
            assertEquals(3, count(s, "SELECT COUNT(*) FROM people"));
            if (dialect == Dialect.H2) {
                assertEquals(1, countThroughReadPath(s, "MERGE INTO people KEY(id) VALUES (3, 'm')", dialect));
            }
        }
    }

    /**
     * A count is worthless unless the change happened exactly once: H2 1.4.200 answers COUNT(*) over
     * FINAL TABLE (UPDATE ... WHERE pk = v) without running the UPDATE, so every form is checked by its effect.
     */
    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void countingFormsApplyTheirChangeExactlyOnce(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = LiteralBackendTest.dialectOf(backend);
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE counters (id INT PRIMARY KEY, name VARCHAR(20), v INT)");
            s.execute("INSERT INTO counters VALUES (1, 'a', 0), (2, 'b', 0), (3, 'c', 0)");
            if (dialect != Dialect.MARIADB) {
                assertEquals(1, countThroughReadPath(s, "UPDATE counters SET v = v + 1 WHERE id = 1", dialect));
                assertEquals(1, count(s, "SELECT v FROM counters WHERE id = 1"));
                assertEquals(1, countThroughReadPath(s, "UPDATE counters SET v = v + 1 WHERE name = 'a'", dialect));
                assertEquals(2, count(s, "SELECT v FROM counters WHERE id = 1"));
                assertEquals(0, countThroughReadPath(s, "UPDATE counters SET v = v + 1 WHERE id = 99", dialect));
                assertEquals(3, countThroughReadPath(s, "UPDATE counters SET v = v + 10", dialect));
                assertEquals(12 + 10 + 10, count(s, "SELECT SUM(v) FROM counters"));
            }
            assertEquals(1, countThroughReadPath(s, "INSERT INTO counters VALUES (4, 'd', 0)", dialect));
            assertEquals(4, count(s, "SELECT COUNT(*) FROM counters"));
            assertEquals(1, countThroughReadPath(s, "DELETE FROM counters WHERE id = 4", dialect));
            assertEquals(3, count(s, "SELECT COUNT(*) FROM counters"));
            if (dialect == Dialect.H2) {
                assertEquals(1, countThroughReadPath(s, "MERGE INTO counters KEY(id) VALUES (1, 'm', 100)", dialect));
                assertEquals(100, count(s, "SELECT v FROM counters WHERE id = 1"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void returningFormGivesTheGeneratedKey(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = LiteralBackendTest.dialectOf(backend);
        String table = switch (dialect) {
            case POSTGRESQL -> "CREATE TABLE keyed (id SERIAL PRIMARY KEY, name VARCHAR(20))";
            case MARIADB -> "CREATE TABLE keyed (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))";
            default -> "CREATE TABLE keyed (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20))";
        };
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(table);
            s.execute("INSERT INTO keyed (name) VALUES ('first')");
            String insert = "INSERT INTO keyed (name) VALUES ('second')";
            String sql = WriteForms.returningForm(insert, StatementClassifier.shared().classify(insert, dialect), dialect,
                    List.of("id")).orElseThrow();
            try (ResultSet rs = s.executeQuery(sql)) {
                assertTrue(rs.next());
                assertEquals(2, rs.getLong(1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void preparedExecutionFormRunsThroughPrepareStatement(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = LiteralBackendTest.dialectOf(backend);
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE q (id INT PRIMARY KEY, name VARCHAR(40))");
            String sql = switch (dialect) {
                case MARIADB -> "INSERT INTO q VALUES (1, 'a?b') /* isn't it? */";
                default -> "INSERT INTO q VALUES (1, 'a?b') /* is it? */ -- really?";
            };
            try (PreparedStatement p = c.prepareStatement(WriteForms.forPreparedExecution(sql, dialect))) {
                p.execute();
            }
            try (ResultSet rs = s.executeQuery("SELECT name FROM q")) {
                rs.next();
                assertEquals("a?b", rs.getString(1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = "POSTGRES")
    void postgresQuestionMarkOperatorIsEscaped(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE j (id INT PRIMARY KEY, v JSONB)");
            s.execute("INSERT INTO j VALUES (1, '{\"a\": 1}'), (2, '{\"b\": 1}')");
            String sql = "DELETE FROM j WHERE v ? 'a' OR v ?| array['x'] OR v ?& array['y', 'z']";
            try (PreparedStatement p = c.prepareStatement(WriteForms.forPreparedExecution(sql, Dialect.POSTGRESQL))) {
                p.execute();
            }
            assertEquals(1, count(s, "SELECT COUNT(*) FROM j"));
        }
    }
}
