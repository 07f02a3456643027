package org.semossjdbc.wild;

import org.junit.jupiter.api.Test;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The driver's DEBUG/TRACE log (java.util.logging here, no SLF4J provider) tells what happened and no secret. */
class DriverLoggingIT {

    @Test
    void connectRouteBatchAndRequestsAreLoggedWithoutSecrets() throws Exception {
        Logger root = Logger.getLogger("org.semossjdbc");
        List<String> messages = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                synchronized (messages) {
                    messages.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level before = root.getLevel();
        root.setLevel(Level.FINEST);
        root.addHandler(capture);
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect();
             Statement s = c.createStatement()) {
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
        } finally {
            root.removeHandler(capture);
            root.setLevel(before);
        }
        String all = String.join("\n", messages);
        assertTrue(all.contains("connected to"), all);
        assertTrue(all.contains("takes the WRITE route") || all.contains("route"), all);
        assertTrue(all.contains("batch of 2 entries"), all);
        assertTrue(all.contains("runPixel:"), all);
        assertFalse(all.contains(EmulatorSetup.SECRET), "no secret in the log");
    }
}
