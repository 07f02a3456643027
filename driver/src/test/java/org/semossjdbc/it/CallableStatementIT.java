package org.semossjdbc.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.sql.Types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CallableStatement without OUT parameters: functions on the read path (their value as OUT parameter 1 and as a result
 * set), procedures on the write path (SUCCESS_NO_INFO), plain queries as prepared queries, H2's CALL as a query, and
 * OUT/INOUT and named parameters refused with 0A000 naming the alternative.
 */
class CallableStatementIT {

    /** A two-argument integer function and a procedure that inserts its argument into {@code call_t}. */
    private static void createRoutines(Backend backend, Statement s) throws SQLException {
        s.executeUpdate("CREATE TABLE call_t (v INT)");
        switch (backend) {
            case H2 -> { } // H2 1.4.200 defines routines only as Java aliases; its built-in MOD stands in
            case POSTGRES -> {
                s.executeUpdate("CREATE FUNCTION add_ints(a INT, b INT) RETURNS INT LANGUAGE SQL AS $$ SELECT a + b $$");
                s.executeUpdate("CREATE PROCEDURE add_row(v INT) LANGUAGE SQL AS $$ INSERT INTO call_t VALUES (v) $$");
            }
            case MARIADB -> {
                s.executeUpdate("CREATE FUNCTION add_ints(a INT, b INT) RETURNS INT DETERMINISTIC RETURN a + b");
                s.executeUpdate("CREATE PROCEDURE add_row(IN v INT) INSERT INTO call_t VALUES (v)");
            }
        }
    }

    private static String function(Backend backend) {
        return backend == Backend.H2 ? "MOD" : "add_ints";
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aFunctionsValueIsOutParameterOneAndAResultSet(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            createRoutines(backend, s);
            int expected = backend == Backend.H2 ? 2 : 5;
            try (CallableStatement call = c.prepareCall("{? = call " + function(backend) + "(?, ?)}")) {
                call.registerOutParameter(1, Types.INTEGER);
                call.setInt(2, 2);
                call.setInt(3, 3);
                assertEquals(3, call.getParameterMetaData().getParameterCount());
                assertTrue(call.execute());
                assertEquals(expected, call.getInt(1));
                assertFalse(call.wasNull());
                assertEquals(String.valueOf(expected), call.getString(1));
                try (ResultSet rs = call.getResultSet()) {
                    assertTrue(rs.next());
                    assertEquals(expected, rs.getInt(1));
                    assertFalse(rs.next());
                }
                call.setInt(2, 40);
                call.setInt(3, 2);
                assertEquals(0, call.executeUpdate(), "a function's call counts 0, its value is the OUT parameter");
                assertEquals(backend == Backend.H2 ? 0 : 42, call.getLong(1));
                call.setNull(2, Types.INTEGER);
                call.execute();
                assertEquals(0, call.getInt(1));
                assertTrue(call.wasNull());
                SQLException notIn = assertThrows(SQLException.class, () -> call.setInt(1, 7));
                assertEquals("07009", notIn.getSQLState());
                SQLException notOut = assertThrows(SQLException.class, () -> call.getInt(2));
                assertEquals("07009", notOut.getSQLState());
            }
            try (CallableStatement call = c.prepareCall("{? = call " + function(backend) + "(1, 2)}")) {
                SQLException early = assertThrows(SQLException.class, () -> call.getInt(1));
                assertEquals("HY010", early.getSQLState());
                try (ResultSet rs = call.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(backend == Backend.H2 ? 1 : 3, rs.getInt(1));
                }
            }
        }
    }

    /** {@code {call f(?)}}: a function on H2 and PostgreSQL (a query), a procedure on MariaDB (see the next test). */
    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void theCallEscapeOfAFunctionIsAQuery(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            createRoutines(backend, s);
            try (CallableStatement call = c.prepareCall("{call " + function(backend) + "(?, 7)}")) {
                call.setInt(1, 9);
                try (ResultSet rs = call.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(backend == Backend.H2 ? 2 : 16, rs.getInt(1));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"POSTGRES", "MARIADB"})
    void aProcedureRunsOnTheWritePathWithoutACount(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            createRoutines(backend, s);
            String sql = backend == Backend.MARIADB ? "{call add_row(?)}" : "CALL add_row(?)";
            try (CallableStatement call = c.prepareCall(sql)) {
                call.setInt(1, 11);
                assertEquals(Statement.SUCCESS_NO_INFO, call.executeUpdate());
                assertTrue(call.getWarnings().getMessage().contains("SUCCESS_NO_INFO"));
                call.setInt(1, 12);
                assertFalse(call.execute());
                assertEquals(Statement.SUCCESS_NO_INFO, call.getUpdateCount());
            }
            try (ResultSet rs = s.executeQuery("SELECT v FROM call_t ORDER BY v")) {
                assertTrue(rs.next());
                assertEquals(11, rs.getInt(1));
                assertTrue(rs.next());
                assertEquals(12, rs.getInt(1));
                assertFalse(rs.next());
            }
            assertTrue(setup.semoss.hooks().executedSql(EmulatorSetup.ENGINE).stream()
                    .anyMatch(q -> q.startsWith("CALL add_row(11)")), "the procedure ran as written");
        }
    }

    /** Liquibase asks for the default schema this way on PostgreSQL; Flyway runs {@code CALL SCHEMA()} on H2. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void prepareCallOfAQueryIsAPreparedQuery(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            String sql = switch (backend) {
                case H2 -> "CALL SCHEMA()";
                case POSTGRES -> "select current_schema()";
                case MARIADB -> "select database()";
            };
            try (CallableStatement call = c.prepareCall(sql); ResultSet rs = call.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(backend == Backend.H2 ? "PUBLIC" : backend == Backend.POSTGRES ? "public"
                        : setup.database.name(), rs.getString(1));
            }
        }
    }

    @Test
    void h2CallIsAQueryForStatementsToo() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("CALL SCHEMA()")) {
                assertTrue(rs.next());
                assertEquals("PUBLIC", rs.getString(1));
            }
            assertTrue(s.execute("CALL 1 + 2"));
            try (ResultSet rs = s.getResultSet()) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("{call SCHEMA()}")) {
                assertTrue(rs.next());
                assertEquals("PUBLIC", rs.getString(1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void outAndNamedParametersAreRefusedNamingTheAlternative(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            setup.semoss.hooks().resetCounters();
            try (CallableStatement call = c.prepareCall("{call some_proc(?, ?)}")) {
                call.setInt(1, 1);
                SQLFeatureNotSupportedException out = assertThrows(SQLFeatureNotSupportedException.class,
                        () -> call.registerOutParameter(2, Types.INTEGER));
                assertEquals("0A000", out.getSQLState());
                assertTrue(out.getMessage().contains("{? = call f(?)}"), out.getMessage());
                SQLFeatureNotSupportedException named = assertThrows(SQLFeatureNotSupportedException.class,
                        () -> call.setInt("x", 1));
                assertEquals("0A000", named.getSQLState());
                SQLException range = assertThrows(SQLException.class, () -> call.registerOutParameter(3, Types.INTEGER));
                assertEquals("07009", range.getSQLState());
            }
            assertEquals(0, setup.semoss.hooks().runPixelCount(), "nothing was sent");
            assertTrue(c.isValid(2));
            assertTrue(c.getMetaData().supportsStoredProcedures());
            assertTrue(c.getMetaData().supportsStoredFunctionsUsingCallSyntax());
            assertFalse(c.getMetaData().supportsNamedParameters());
        }
    }
}
