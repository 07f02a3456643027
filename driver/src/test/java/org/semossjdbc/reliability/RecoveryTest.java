package org.semossjdbc.reliability;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.Statement;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Refusals the driver must recover from by its single retry (a 302 or 401: the server refused before running
 * anything; INSIGHT_NOT_FOUND), also in the middle of a batch and under real session expiry, and what it must not
 * recover from (a refusal that survives the retry, a result whose session is gone). Writes are applied exactly once;
 * nothing is left on the server once the connection closes.
 */
class RecoveryTest extends FaultTestBase {
    @Test
    void insightNotFoundIsRecoveredTransparentlyAndTheWriteAppliedOnce() throws Exception {
        proxy.failNextRunPixel(insightNotFound());
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO F VALUES (10, 'insight')");
            assertEquals(2, proxy.runPixelRequests(), "one refusal, one retry in a new insight");
            assertEquals(1, rows("ID = 10"));
            record("INSIGHT_NOT_FOUND (once)", "INSERT", null, true, 2, 1, rows("ID = 10"), false);
        }
    }

    @Test
    void insightNotFoundTwiceEndsInAClearErrorWithoutALoop() throws Exception {
        try (Statement s = connection.createStatement()) {
            proxy.failRunPixels(1, 2, insightNotFound());
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (11, 'insight')"));
            assertFalse(f.error().getSQLState().equals("08007"), "the server refused both: the fate is known");
            assertEquals(2, proxy.runPixelRequests(), "exactly one retry");
            assertEquals(0, rows("ID = 11"));
            record("INSIGHT_NOT_FOUND (twice)", "INSERT", f, true, 2, 0, rows("ID = 11"), false);
            s.executeUpdate("INSERT INTO F VALUES (11, 'insight')");
            assertEquals(1, rows("ID = 11"), "the connection recovers");
        }
    }

    @Test
    void sessionExpiryOnTheServerIsRecoveredAndTheWriteAppliedOnce() throws Exception {
        try (Connection direct = env.connect(env.url()); Statement s = direct.createStatement()) {
            warmUp(direct);
            env.hooks().expireAllSessions();
            long before = env.hooks().runPixelCount();
            s.executeUpdate("INSERT INTO F VALUES (12, 'expired')");
            int requests = (int) (env.hooks().runPixelCount() - before);
            assertTrue(requests <= 3, "302, re-login retry, then at most one INSIGHT_NOT_FOUND retry: " + requests);
            assertEquals(1, rows("ID = 12"));
            record("session expired (302 then INSIGHT_NOT_FOUND, emulator)", "INSERT", null, true, requests, 1,
                    rows("ID = 12"), false);
        }
    }

    @Test
    void a302InTheMiddleOfAStatementBatchIsRecoveredAndEveryRowAppliedOnce() throws Exception {
        try (Statement s = connection.createStatement()) {
            for (int id = 101; id <= 106; id++) {
                s.addBatch("INSERT INTO F VALUES (" + id + ", 'batch')");
            }
            proxy.failRunPixel(3, notLoggedIn());
            int[] counts = s.executeBatch();
            assertEquals(6, counts.length);
            int requests = proxy.runPixelRequests();
            assertEquals(6, rows("ID BETWEEN 101 AND 106"));
            assertEquals(6, env.count("SELECT COUNT(DISTINCT ID) FROM F WHERE ID BETWEEN 101 AND 106"));
            record("302 in the middle of a batch", "Statement batch, 6 INSERTs", null, true, requests, 6,
                    rows("ID BETWEEN 101 AND 106"), false);
        }
    }

    @Test
    void a302InTheMiddleOfAPreparedBatchIsRecoveredAndEveryRowAppliedOnce() throws Exception {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO F (ID, V) VALUES (?, ?)")) {
            for (int id = 1000; id < 3500; id++) {
                p.setInt(1, id);
                p.setString(2, "prepared " + id);
                p.addBatch();
            }
            proxy.failRunPixel(2, notLoggedIn());
            int[] counts = p.executeBatch();
            assertEquals(2500, counts.length);
            assertEquals(2500, rows("ID BETWEEN 1000 AND 3499"));
            record("302 in the middle of a batch", "PreparedStatement batch, 2,500 rows", null, true,
                    proxy.runPixelRequests(), 2500, rows("ID BETWEEN 1000 AND 3499"), false);
        }
    }

    @Test
    void persistent302InABatchStopsWithTheRowsBeforeItAppliedAndSaysHowMany() throws Exception {
        try (Statement s = connection.createStatement()) {
            for (int id = 201; id <= 206; id++) {
                s.addBatch("INSERT INTO F VALUES (" + id + ", 'revoked')");
            }
            // The six statements travel in one request: it is refused, the re-login's retry is refused too, and
            // the batch stops having applied nothing, which its counts say.
            proxy.failRunPixels(1, 2, notLoggedIn());
            Failure f = failure(TIMEOUT, s::executeBatch);
            BatchUpdateException batch = assertInstanceOf(BatchUpdateException.class, f.error());
            assertEquals("28000", batch.getSQLState());
            assertInstanceOf(SQLInvalidAuthorizationSpecException.class, batch.getCause());
            assertEquals(0, batch.getUpdateCounts().length, "nothing ran before the refusal");
            assertEquals(0, rows("ID BETWEEN 201 AND 206"));
            record("302 that survives re-login (credentials revoked)", "Statement batch, 6 INSERTs", f, true,
                    proxy.runPixelRequests(), 0, rows("ID BETWEEN 201 AND 206"), false);
        }
    }

    @Test
    void a401UserSessionInvalidIsRecoveredByOneReLoginAndTheWriteAppliedOnce() throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessage\":\"User session is invalid\"}"));
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("INSERT INTO F VALUES (14, 'relogin')");
            int requests = proxy.runPixelRequests();
            assertTrue(requests == 2 || requests == 3, "refusal, retry (and at most one INSIGHT_NOT_FOUND): "
                    + requests);
            assertEquals(1, rows("ID = 14"));
            record("HTTP 401 User session is invalid (once)", "INSERT", null, true, requests, 1, rows("ID = 14"),
                    false);
        }
    }

    @Test
    void sessionExpiryDuringAStatementBatchLosesAndDuplicatesNothing() throws Exception {
        try (Connection direct = env.connect(env.url()); Statement s = direct.createStatement()) {
            warmUp(direct);
            for (int id = 301; id <= 340; id++) {
                s.addBatch("INSERT INTO F VALUES (" + id + ", 'expiring')");
            }
            env.hooks().latency(Duration.ofMillis(20));
            Thread expirer = new Thread(() -> {
                try {
                    Thread.sleep(300);
                    env.hooks().expireAllSessions();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            expirer.start();
            try {
                int[] counts = s.executeBatch();
                assertEquals(40, counts.length);
            } finally {
                expirer.join();
                env.hooks().latency(Duration.ZERO);
            }
            assertEquals(40, rows("ID BETWEEN 301 AND 340"));
            record("session expired during a batch (emulator)", "Statement batch, 40 INSERTs", null, true, 41, 40,
                    rows("ID BETWEEN 301 AND 340"), false);
        }
    }

    @Test
    void aResultSetOpenWhenTheSessionExpiresFailsWith24000AndTheNextQueryWorks() throws Exception {
        env.direct("INSERT INTO F SELECT X, 'r' || X FROM SYSTEM_RANGE(1, 30)");
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(10);
            ResultSet rs = s.executeQuery("SELECT ID FROM F ORDER BY ID");
            // Five rows, before half-way through page 1: page 2 is asked for (ahead, at row 6) after the fault is set.
            for (int i = 0; i < 5; i++) {
                assertTrue(rs.next());
            }
            proxy.resetCounts();
            env.hooks().expireAllSessions();
            Failure f = failure(TIMEOUT, () -> {
                while (rs.next()) {
                    rs.getInt(1);
                }
            });
            assertEquals("24000", f.error().getSQLState(), f.error().getMessage());
            int requests = proxy.runPixelRequests();
            rs.close();
            warmUp(connection);
            record("session expired under an open result", "SELECT, page 2 of 4", f, true, requests, 31, rows("1=1"),
                    false);
        }
    }

    @Test
    void insightNotFoundOnTheNextPageIs24000WithoutARetryAndTheNextQueryWorks() throws Exception {
        env.direct("INSERT INTO F SELECT X, 'r' || X FROM SYSTEM_RANGE(1, 30)");
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(10);
            ResultSet rs = s.executeQuery("SELECT ID FROM F ORDER BY ID");
            // Five rows, before half-way through page 1: page 2 is asked for (ahead, at row 6) after the fault is set.
            for (int i = 0; i < 5; i++) {
                assertTrue(rs.next());
            }
            proxy.failNextRunPixel(insightNotFound());
            Failure f = failure(TIMEOUT, () -> {
                while (rs.next()) {
                    rs.getInt(1);
                }
            });
            assertEquals("24000", f.error().getSQLState(), f.error().getMessage());
            assertEquals(1, proxy.runPixelRequests(), "a task cannot move to a new insight: no retry");
            rs.close();
            warmUp(connection);
            record("INSIGHT_NOT_FOUND on a page request", "SELECT, page 2 of 4", f, true, 1, 31, rows("1=1"), false);
        }
    }

    @Test
    void faultsLeaveNoInsightOrTaskBehindOnceTheConnectionCloses() throws Exception {
        env.direct("INSERT INTO F SELECT X, 'r' || X FROM SYSTEM_RANGE(1, 30)");
        int insights = env.hooks().openInsights();
        int tasks = env.hooks().openTasks(ReliabilityEnvironment.ENGINE);
        try (Connection c = connectViaProxy(); Statement s = c.createStatement()) {
            warmUp(c);
            s.setFetchSize(5);
            ResultSet open = s.executeQuery("SELECT ID FROM F ORDER BY ID");
            open.next();
            try (Statement other = c.createStatement()) {
                proxy.failNextRunPixel(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
                assertThrows(SQLException.class, () -> other.executeUpdate("INSERT INTO F VALUES (15, 'x')"));
                proxy.failNextRunPixel(aResponse().withStatus(503).withBody("<html>down</html>"));
                assertThrows(SQLException.class, () -> other.executeQuery("SELECT * FROM F"));
                proxy.failNextRunPixel(proxy.proxied().withTransformers(FaultProxy.TRUNCATE));
                assertThrows(SQLException.class, () -> other.executeQuery("SELECT * FROM F"));
                ResultSet abandoned = other.executeQuery("SELECT ID FROM F ORDER BY ID");
                abandoned.next(); // never closed by the application: closing the statement must release it
            }
        }
        assertEquals(insights, settle(env.hooks()::openInsights, insights), "insights back to baseline");
        assertEquals(tasks, settle(() -> env.hooks().openTasks(ReliabilityEnvironment.ENGINE), tasks),
                "tasks back to baseline");
        ReliabilitySummary.row(SECTION, "zz leaks", "leak check after reset, 503, truncated body, abandoned results",
                "connection closed", "-", "-", "-", "-", "insights " + insights + " / tasks " + tasks + " at baseline",
                "-");
    }

}
