package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Update counts on each backend: exact where the dialect has a counting form, SUCCESS_NO_INFO plus a warning otherwise. */
class UpdateCountsIT {

    private static void createAndFill(Statement s) throws SQLException {
        s.executeUpdate("CREATE TABLE uc (id INT PRIMARY KEY, grp INT, name VARCHAR(20))");
        s.executeUpdate("INSERT INTO uc VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 2, 'c'), (4, 2, 'd')");
    }

    private static int count(Statement s, String where) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM uc WHERE " + where)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void exactCountsForUpdateTouching0And1And3Rows(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            createAndFill(s);
            int[] expected = {0, 1, 3};
            String[] wheres = {"grp = 9", "grp = 1", "grp = 2"};
            for (int i = 0; i < 3; i++) {
                int n = s.executeUpdate("UPDATE uc SET name = 'z' WHERE " + wheres[i]);
                assertEquals(expected[i], n, wheres[i]);
                assertNull(s.getWarnings());
            }
            assertEquals(4, count(s, "name = 'z'"));
            assertEquals(2, s.executeUpdate("DELETE FROM uc WHERE id >= 3"));
            assertEquals(1, s.executeUpdate("INSERT INTO uc VALUES (10, 5, 'new')"));
            assertEquals(0, s.executeUpdate("DELETE FROM uc WHERE id = 999"));
            assertEquals(3, count(s, "1 = 1"));
        }
    }

    /** JDBC counts matched rows: an UPDATE that leaves a row as it was still counts it (MariaDB: transcript 374). */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUpdateCountsRowsItMatchesEvenWhenTheyKeepTheirValue(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            createAndFill(s);
            assertEquals(3, s.executeUpdate("UPDATE uc SET name = name WHERE grp = 2"));
            assertEquals(3, s.executeUpdate("UPDATE uc SET grp = 2 WHERE grp = 2 -- a trailing comment"));
        }
    }

    /**
     * MariaDB's statements without a RETURNING form are counted through an anonymous compound statement: multi-table
     * DELETE and UPDATE, and ON DUPLICATE KEY UPDATE (1 per inserted row, 2 per changed row, as MariaDB's drivers
     * count), and a failing one changes nothing.
     */
    @ParameterizedTest
    @EnumSource(value = Backend.class, names = "MARIADB")
    void mariaDbCountsMultiTableAndUpsertStatementsExactly(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            createAndFill(s);
            s.executeUpdate("CREATE TABLE uc_grp (grp INT PRIMARY KEY, label VARCHAR(20))");
            s.executeUpdate("INSERT INTO uc_grp VALUES (1, 'one'), (2, 'two')");
            assertEquals(3, s.executeUpdate("UPDATE uc JOIN uc_grp g ON uc.grp = g.grp SET uc.name = g.label "
                    + "WHERE g.grp = 2"));
            assertEquals(3, count(s, "name = 'two'"));
            assertEquals(3, s.executeUpdate("INSERT INTO uc VALUES (1, 1, 'A'), (5, 5, 'e') "
                    + "ON DUPLICATE KEY UPDATE name = VALUES(name)"));
            assertEquals(1, s.executeUpdate("DELETE uc FROM uc JOIN uc_grp g ON uc.grp = g.grp WHERE g.label = 'one'"));
            assertNull(s.getWarnings());
            setup.semoss.hooks().resetCounters();
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE uc SET id = 2 WHERE id = 3"));
            assertEquals("23000", e.getSQLState().substring(0, 2) + "000");
            assertEquals(1, count(s, "id = 3"), "the failing UPDATE changed nothing");
            assertTrue(setup.semoss.hooks().executedSql(EmulatorSetup.ENGINE).stream()
                    .anyMatch(sql -> sql.startsWith("BEGIN NOT ATOMIC UPDATE uc")), "counted on the read path");
        }
    }

    /** Without a verified OWNER/EDIT permission nothing is rewritten: ExecQuery, and SUCCESS_NO_INFO with a warning. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void anUnverifiedPermissionKeepsExecQueryAndNoInfo(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            try (Connection owner = setup.connect(); Statement s = owner.createStatement()) {
                createAndFill(s);
            }
            setup.hideEngineFromOwner();
            try (Connection c = setup.connect("dialect=" + setup.dialectProperty());
                 Statement s = c.createStatement()) {
                setup.semoss.hooks().resetCounters();
                assertEquals(Statement.SUCCESS_NO_INFO, s.executeUpdate("UPDATE uc SET name = 'u' WHERE grp = 2"));
                assertNotNull(s.getWarnings());
                assertTrue(setup.semoss.hooks().executedSql(EmulatorSetup.ENGINE).stream()
                        .anyMatch(sql -> sql.startsWith("UPDATE uc")), "the UPDATE ran as written");
                assertEquals(3, count(s, "name = 'u'"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void auditedModeSendsEveryWriteThroughExecQuery(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("updateCounts=audited"); Statement s = c.createStatement()) {
            createAndFill(s);
            setup.semoss.hooks().resetCounters();
            int n = s.executeUpdate("UPDATE uc SET name = 'q' WHERE grp = 2");
            assertEquals(Statement.SUCCESS_NO_INFO, n);
            SQLWarning warning = s.getWarnings();
            assertNotNull(warning);
            assertTrue(warning.getMessage().contains("SUCCESS_NO_INFO"));
            assertEquals(Statement.SUCCESS_NO_INFO, s.getUpdateCount());
            assertTrue(setup.semoss.hooks().executedSql(EmulatorSetup.ENGINE).stream()
                    .anyMatch(sql -> sql.startsWith("UPDATE uc")), "the UPDATE ran as written");
            assertEquals(3, count(s, "name = 'q'"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aReadOnlyUserCannotWriteAndNothingIsSent(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            try (Connection owner = setup.connect(); Statement s = owner.createStatement()) {
                createAndFill(s);
            }
            try (Connection reader = setup.connectReader(); Statement s = reader.createStatement()) {
                assertTrue(reader.isReadOnly());
                assertEquals(4, count(s, "1 = 1"));
                setup.semoss.hooks().resetCounters();
                SQLException e = assertThrows(SQLException.class,
                        () -> s.executeUpdate("UPDATE uc SET name = 'hack'"));
                assertEquals("42501", e.getSQLState());
                assertEquals(0, setup.semoss.hooks().executedSql(EmulatorSetup.ENGINE).size(), "nothing was sent");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void ddlCountsZeroAndMultiStatementWritesWork(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            assertEquals(0, s.executeUpdate("CREATE TABLE ms (id INT PRIMARY KEY)"));
            assertFalse(s.execute("INSERT INTO ms VALUES (1); INSERT INTO ms VALUES (2); INSERT INTO ms VALUES (3)"));
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM ms")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
            assertEquals(0, s.executeUpdate("DROP TABLE ms"));
        }
    }

    private static void assertFalse(boolean value) {
        org.junit.jupiter.api.Assertions.assertFalse(value);
    }
}
