package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import java.sql.Statement;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

            // After errors the connection keeps working (O 223, 328).
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM err_t")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }
}
