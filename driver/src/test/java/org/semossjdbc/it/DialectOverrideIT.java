package org.semossjdbc.it;

import org.junit.jupiter.api.Test;
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

/**
 * A dialect property that contradicts SEMOSS's description of the engine: the connection warns at once, and when the
 * driver's own SQL for that dialect fails, the error says the property may be why (instead of a bare H2 error about a
 * function the user never called).
 */
class DialectOverrideIT {

    @Test
    void aContradictingDialectWarnsAndItsFailuresPointAtTheProperty() throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2);
             Connection c = setup.connect("dialect=postgresql")) {
            SQLWarning warning = c.getWarnings();
            assertNotNull(warning, "the override is announced");
            assertTrue(warning.getMessage().contains("overrides SEMOSS's description of engine"), warning.getMessage());
            assertTrue(warning.getMessage().contains("(H2_DB)"), warning.getMessage());
            SQLException e = assertThrows(SQLException.class, c::getSchema);
            assertTrue(e.getMessage().contains("is the dialect property right for it?"), e.getMessage());
            assertEquals("90022", e.getSQLState(), "the server's SQLState is kept");
            SQLException metadata = assertThrows(SQLException.class,
                    () -> c.getMetaData().getTables(null, null, "%", null));
            assertTrue(metadata.getMessage().contains("is the dialect property right for it?"), metadata.getMessage());
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                assertTrue(rs.next(), "the user's own SQL is sent as written");
            }
        }
    }

    @Test
    void aMatchingDialectSaysNothing() throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect("dialect=h2")) {
            assertNull(c.getWarnings());
            assertEquals("PUBLIC", c.getSchema());
        }
    }
}
