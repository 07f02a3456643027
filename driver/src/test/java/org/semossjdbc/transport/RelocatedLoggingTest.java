package org.semossjdbc.transport;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The driver's logging level does not reach the libraries the shaded jar relocates under {@code org.semossjdbc}.
 * (This test JVM logs {@code org.semossjdbc} at FINEST, as a user turning on the driver's logging does. Each test uses
 * a namespace of its own, standing for {@code org.semossjdbc.shaded}.)
 */
class RelocatedLoggingTest {

    @Test
    void relocatedLibrariesStayAtInfoWhenTheDriverLogsAtFinest() {
        assertTrue(Logger.getLogger("org.semossjdbc").isLoggable(Level.FINEST), "the run logs the driver at FINEST");
        Logger held = RelocatedLogging.holdRelocatedLibraries("org.semossjdbc.relocated1.okhttp3");
        assertEquals("org.semossjdbc.relocated1", held.getName());
        assertEquals(Level.INFO, held.getLevel());
        Logger taskRunner = Logger.getLogger("org.semossjdbc.relocated1.okhttp3.internal.concurrent.TaskRunner");
        assertFalse(taskRunner.isLoggable(Level.FINE), "OkHttp's task log stays off");
        assertTrue(taskRunner.isLoggable(Level.WARNING), "its warnings still pass");
        assertTrue(Logger.getLogger("org.semossjdbc.transport.Probe").isLoggable(Level.FINEST), "the driver's do too");
    }

    @Test
    void aLevelTheUserGaveTheRelocatedLibrariesIsKept() {
        Logger configured = Logger.getLogger("org.semossjdbc.relocated2");
        configured.setLevel(Level.FINE); // as org.semossjdbc.relocated2.level=FINE in logging.properties does
        Logger held = RelocatedLogging.holdRelocatedLibraries("org.semossjdbc.relocated2.okhttp3");
        assertEquals(Level.FINE, held.getLevel());
        assertTrue(Logger.getLogger("org.semossjdbc.relocated2.okhttp3.internal.concurrent.TaskRunner")
                .isLoggable(Level.FINE));
    }

    @Test
    void anUnrelocatedLibraryIsLeftAlone() {
        assertNull(RelocatedLogging.holdRelocatedLibraries("okhttp3"));
        assertNull(RelocatedLogging.holdRelocatedLibraries("org.semossjdbcx.okhttp3"));
    }
}
