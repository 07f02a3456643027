package org.semossjdbc.wild;

import org.junit.jupiter.api.Test;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.testing.LogCapture;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver's DEBUG/TRACE log (java.util.logging here, no SLF4J provider) tells what happened and no secret. */
class DriverLoggingIT {

    @Test
    void connectRouteBatchAndRequestsAreLoggedWithoutSecrets() throws Exception {
        List<String> lines;
        try (LogCapture log = LogCapture.of("org.semossjdbc"); EmulatorSetup setup = EmulatorSetup.start(Backend.H2);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE log_t (id INT, secret_note VARCHAR(20))");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO log_t VALUES (?, ?)")) {
                p.setInt(1, 1);
                p.setString(2, "a");
                p.addBatch();
                p.setInt(1, 2);
                p.setString(2, "b");
                p.addBatch();
                p.executeBatch();
            }
            lines = log.lines();
        }
        String all = String.join("\n", lines);
        assertTrue(all.contains("connected to"), all);
        assertTrue(all.contains("takes the WRITE route") || all.contains("route"), all);
        assertTrue(all.contains("batch of 2 entries"), all);
        assertTrue(all.contains("runPixel:"), all);
        assertFalse(all.contains(EmulatorSetup.SECRET), "no secret in the log");
    }
}
