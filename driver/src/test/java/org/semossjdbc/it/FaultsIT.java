package org.semossjdbc.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancel, timeouts, lost connections and restarts end in a clear SQLException, never a hang. */
class FaultsIT {
    private EmulatorSetup setup;

    @BeforeEach
    void start() {
        setup = EmulatorSetup.start(ScratchDatabase.Backend.H2);
    }

    @AfterEach
    void stop() {
        setup.close();
    }

    private static int one(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void cancelFromAnotherThreadIs57014() throws Exception {
        try (Connection c = setup.connect(); Statement s = c.createStatement()) {
            one(s);
            setup.semoss().hooks().latency(Duration.ofSeconds(5));
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(300);
                    s.cancel();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            SQLException e = assertTimeoutPreemptively(Duration.ofSeconds(4),
                    () -> assertThrows(SQLException.class, () -> one(s)));
            canceller.get(1, TimeUnit.SECONDS);
            assertEquals("57014", e.getSQLState());
            setup.semoss().hooks().latency(Duration.ZERO);
            assertEquals(1, one(s), "the connection works after a cancel");
        }
    }

    @Test
    void queryTimeoutBoundsTheWholeCall() throws SQLException {
        try (Connection c = setup.connect(); Statement s = c.createStatement()) {
            one(s);
            setup.semoss().hooks().latency(Duration.ofSeconds(5));
            s.setQueryTimeout(1);
            SQLException e = assertTimeoutPreemptively(Duration.ofSeconds(4),
                    () -> assertThrows(SQLException.class, () -> one(s)));
            assertInstanceOf(SQLTimeoutException.class, e);
            assertEquals("HYT00", e.getSQLState());
            setup.semoss().hooks().latency(Duration.ZERO);
            assertEquals(1, one(s));
        }
    }

    @Test
    void aReadWhoseConnectionDropsFailsClearly() throws SQLException {
        try (Connection c = setup.connect(); Statement s = c.createStatement()) {
            one(s);
            setup.semoss().hooks().dropNextConnections(1);
            SQLException e = assertThrows(SQLException.class, () -> one(s));
            assertTrue(e.getSQLState().startsWith("08"), e.getSQLState() + " " + e.getMessage());
            assertEquals(1, one(s), "the next statement works");
        }
    }

    @Test
    void aWriteWhoseAnswerIsLostSaysItsFateIsUnknown() throws SQLException {
        try (Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE F (ID INT PRIMARY KEY)");
            setup.semoss().hooks().dropNextResponsesAfterExecution(1);
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO F VALUES (1)"));
            assertEquals("08007", e.getSQLState(), e.getMessage());
            assertTrue(e.getMessage().contains("may or may not have been applied"), e.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM F")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "it was applied: a blind retry would have been wrong");
            }
        }
    }

    @Test
    void aStatementAfterTheServerRestartsWorksAndWhileDownFailsWith08() throws Exception {
        int port = setup.semoss().port();
        String engineId = setup.semoss().engineId(EmulatorSetup.ENGINE);
        String url = setup.url() + "&connectTimeout=2";
        try (Connection c = DriverManager.getConnection(url, EmulatorSetup.ACCESS, EmulatorSetup.SECRET);
             Statement s = c.createStatement()) {
            one(s);
            setup.semoss().close();
            SQLException down = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> assertThrows(SQLException.class, () -> one(s)));
            assertTrue(down.getSQLState().startsWith("08"), down.getSQLState());
            try (SemossEmulator restarted = SemossEmulator.builder().port(port)
                    .engine(EmulatorSetup.ENGINE, setup.database().jdbcUrl(), engineId)
                    .accessKeyUser("alice", EmulatorSetup.ACCESS, EmulatorSetup.SECRET,
                            SemossEmulator.Permission.OWNER).start()) {
                assertEquals(1, one(s), "new session and new insight, transparently");
                assertEquals(0, restarted.hooks().openTasks(EmulatorSetup.ENGINE) > 1 ? 1 : 0);
            }
        }
    }
}
