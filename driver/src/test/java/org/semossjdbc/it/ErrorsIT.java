package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Errors from each real backend become the fitting SQLException subclass and SQLState, keeping the server's text. */
class ErrorsIT {

    private static SQLException fail(Statement s, String sql) {
        return assertThrows(SQLException.class, () -> {
            if (sql.startsWith("SELECT")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        rs.getObject(1);
                    }
                }
            } else {
                s.executeUpdate(sql);
            }
        }, sql);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void backendErrorsMapToSqlStates(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE err_t (id INT PRIMARY KEY, name VARCHAR(5) NOT NULL)");
            s.executeUpdate("CREATE TABLE err_child (id INT PRIMARY KEY, parent_id INT REFERENCES err_t(id))");
            s.executeUpdate("INSERT INTO err_t VALUES (1, 'a')");

            SQLException dup = fail(s, "INSERT INTO err_t VALUES (1, 'dup')");
            assertInstanceOf(SQLIntegrityConstraintViolationException.class, dup);
            assertEquals("23505", dup.getSQLState());

            SQLException notNull = fail(s, "INSERT INTO err_t VALUES (2, NULL)");
            assertEquals("23502", notNull.getSQLState(), notNull.getMessage());

            SQLException fk = fail(s, "INSERT INTO err_child VALUES (1, 99)");
            assertEquals(backend == Backend.H2 ? "23506" : "23503", fk.getSQLState(), fk.getMessage());

            SQLException tooLong = fail(s, "INSERT INTO err_t VALUES (3, 'abcdefghij')");
            assertInstanceOf(SQLDataException.class, tooLong);
            assertEquals("22001", tooLong.getSQLState());

            SQLException divide = fail(s, "UPDATE err_t SET id = 1/0");
            assertEquals("22012", divide.getSQLState(), divide.getMessage());

            SQLException unknownTable = fail(s, "SELECT * FROM no_such_t");
            assertInstanceOf(SQLSyntaxErrorException.class, unknownTable);
            assertTrue(Set.of("42S02", "42P01").contains(unknownTable.getSQLState()), unknownTable.getSQLState());
            assertTrue(unknownTable.getMessage().toLowerCase().contains("no_such_t"), "server text kept");

            SQLException syntax = fail(s, "SELEC * FROM err_t");
            assertInstanceOf(SQLSyntaxErrorException.class, syntax);
            assertTrue(syntax.getSQLState().startsWith("42"), syntax.getSQLState());

            // After errors the connection keeps working (transcripts 223, 328).
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM err_t")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    private static int rows(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * SQL the driver cannot classify (a typo) reaches the server from executeQuery as it does from execute, so the
     * user reads the server's syntax error, not a refusal that hides it; SQL known to change data or return no rows
     * is still refused before anything is sent.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void executeQueryReportsTheServersErrorForSqlItCannotClassify(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t1 (id INT PRIMARY KEY)");
            String typo = "SELEC * FRM t1";

            SQLException fromExecute = assertThrows(SQLException.class, () -> s.execute(typo));
            SQLException fromQuery = assertThrows(SQLException.class, () -> s.executeQuery(typo));
            assertInstanceOf(SQLSyntaxErrorException.class, fromQuery, fromQuery.getMessage());
            assertTrue(fromQuery.getSQLState().startsWith("42"), fromQuery.getSQLState());
            assertEquals(fromExecute.getSQLState(), fromQuery.getSQLState());
            assertEquals(fromExecute.getMessage(), fromQuery.getMessage(), "the same server answer as execute()");
            assertFalse(fromQuery.getMessage().contains("nothing was sent"), fromQuery.getMessage());
            // the write path's prefix (docs/protocol.md, 'SQL errors'): the statement went where execute() sends it,
            // never the plain read path
            assertTrue(fromQuery.getMessage().startsWith("An error occurred trying to execute the query"),
                    fromQuery.getMessage());

            try (PreparedStatement p = c.prepareStatement("SELEC * FRM t1 WHERE id = ?")) {
                p.setInt(1, 1);
                SQLException prepared = assertThrows(SQLException.class, p::executeQuery);
                assertEquals(fromQuery.getSQLState(), prepared.getSQLState(), prepared.getMessage());
            }

            SQLException firstOfTwo = assertThrows(SQLException.class, () -> s.executeQuery(typo + "; SELECT 1"));
            assertEquals(fromQuery.getSQLState(), firstOfTwo.getSQLState(), firstOfTwo.getMessage());

            // Known not to return rows: refused, nothing sent, nothing changed.
            for (String write : new String[] {"INSERT INTO t1 VALUES (1)", "CREATE TABLE t2 (id INT)",
                    typo + "; INSERT INTO t1 VALUES (2)"}) {
                setup.semoss().hooks().resetCounters();
                SQLException refused = assertThrows(SQLException.class, () -> s.executeQuery(write), write);
                assertEquals("02000", refused.getSQLState(), write);
                assertTrue(refused.getMessage().contains("nothing was sent"), refused.getMessage());
                assertEquals(0, setup.semoss().hooks().runPixelCount(), write + ": nothing was sent");
            }
            assertEquals(0, rows(s, "t1"));

            // Unrecognised but valid: it runs (as execute() runs it), returns no rows, and the error says it ran.
            String vendor = switch (backend) {
                case H2 -> "SCRIPT";
                case POSTGRES -> "CLOSE ALL";
                case MARIADB -> "OPTIMIZE TABLE t1";
            };
            setup.semoss().hooks().resetCounters();
            SQLException ran = assertThrows(SQLException.class, () -> s.executeQuery(vendor));
            assertEquals("02000", ran.getSQLState(), ran.getMessage());
            assertTrue(ran.getMessage().contains("The statement ran"), ran.getMessage());
            assertEquals(List.of(vendor), setup.semoss().hooks().executedSql(EmulatorSetup.ENGINE));
            assertFalse(s.execute(vendor), "execute() runs it the same way");

            // A read-only user is refused before sending, and told why a typo needs the write path.
            try (Connection reader = setup.connectReader(); Statement r = reader.createStatement()) {
                setup.semoss().hooks().resetCounters();
                SQLException readOnly = assertThrows(SQLException.class, () -> r.executeQuery(typo));
                assertEquals("42501", readOnly.getSQLState());
                assertTrue(readOnly.getMessage().contains("did not recognise"), readOnly.getMessage());
                assertEquals(0, setup.semoss().hooks().runPixelCount());
            }
        }
    }
}
