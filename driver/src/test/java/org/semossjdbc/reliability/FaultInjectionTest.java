package org.semossjdbc.reliability;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults between the driver and SEMOSS, injected by WireMock proxying to the emulator (or by the emulator's own
 * switches): refused and broken connections, resets before the answer and in the middle of a streamed result, answers
 * slower than the timeout, HTTP 500/502/503 HTML pages, truncated and malformed JSON, the 400 of a form over 2 MB and
 * the 500 page of a malformed Authorization header. For each: the SQLException subclass and SQLState, that it came
 * within the configured timeout, how many requests the server saw (never a retry after a write was sent), and the rows
 * in the backend afterwards: a write is applied exactly once or not at all, and when the driver cannot know which, its
 * exception says so (08007).
 */
class FaultInjectionTest extends FaultTestBase {
    // ---------------------------------------------------------------- connect failures

    @Test
    void connectionRefusedAtConnectFailsFastWith08001() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        String url = env.urlVia("http://127.0.0.1:" + freePort + "/Monolith/api") + "&connectTimeout=2";
        Failure f = failure(TIMEOUT, () -> DriverManager.getConnection(url, ReliabilityEnvironment.ACCESS_KEY,
                ReliabilityEnvironment.SECRET_KEY));
        assertInstanceOf(SQLTransientConnectionException.class, f.error(), f.error().getMessage());
        assertEquals("08001", f.error().getSQLState());
        assertNoMarkupOrSecret(f.error());
        record("connection refused", "getConnection", f, true, 0, 0, 0, false);
    }

    @Test
    void connectionRefusedOnAWriteIsNotAppliedAndSaysSo() throws Exception {
        int port = proxy.port();
        proxy.stop();
        Thread.sleep(2000); // the server is down, not dying: its closed sockets have reached the client
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (1, 'refused')"));
            assertInstanceOf(SQLTransientConnectionException.class, f.error(), f.error().getMessage());
            assertEquals("08001", f.error().getSQLState(), "nothing was sent, so the fate is known: not applied");
            assertEquals(0, rows("ID = 1"));
            proxy = env.restartProxy(port);
            assertEquals(1, s.executeUpdate("INSERT INTO F VALUES (1, 'refused')"), "the caller's own retry works");
            assertEquals(1, rows("ID = 1"));
            record("connection refused", "INSERT (caller retries)", f, true, 0, 1, rows("ID = 1"), false);
        } finally {
            if (!proxy.isRunning()) {
                proxy = env.restartProxy(port);
            }
        }
    }

    // ---------------------------------------------------------------- resets

    @Test
    void resetBeforeTheResponseToAWriteIs08007AndNotRetried() throws Exception {
        proxy.failNextRunPixel(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (2, 'reset')"));
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error());
            assertFateUnknown(f);
            assertEquals(1, proxy.runPixelRequests(), "a write that was sent is never retried");
            assertEquals(0, rows("ID = 2"), "the proxy never forwarded it");
            record("reset before response", "INSERT", f, true, proxy.runPixelRequests(), 0, rows("ID = 2"), true);
        }
    }

    @ParameterizedTest(name = "{0} on a write")
    @EnumSource(Fault.class)
    void everyBrokenConnectionOnAWriteIs08007AndNotRetried(Fault fault) throws Exception {
        proxy.failNextRunPixel(aResponse().withFault(fault));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (20, 'fault')"));
            assertFateUnknown(f);
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error(), "a blind retry is unsafe");
            assertEquals(1, proxy.runPixelRequests(), "never retried after the write was sent");
            assertEquals(0, rows("ID = 20"));
            warmUp(connection);
            record("broken connection: " + fault.name(), "INSERT", f, true, 1, 0, rows("ID = 20"), true);
        }
    }

    @Test
    void writeRunByTheServerWhoseAnswerIsLostIs08007AndAppliedOnce() throws Exception {
        try (Connection direct = env.connect(env.url()); Statement s = direct.createStatement()) {
            warmUp(direct);
            long before = env.hooks().runPixelCount();
            env.hooks().dropNextResponsesAfterExecution(1);
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (3, 'dropped')"));
            assertFateUnknown(f);
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error(), "a blind retry is unsafe");
            int requests = (int) (env.hooks().runPixelCount() - before);
            assertEquals(1, requests, "not retried");
            assertEquals(1, rows("ID = 3"), "the server ran it once; the exception said it might have");
            record("connection closed after execution (emulator)", "INSERT", f, true, requests, 1, rows("ID = 3"),
                    true);
        }
    }

    @Test
    void connectionDroppedBeforeTheServerRanTheWriteIs08007AndNotApplied() throws Exception {
        try (Connection direct = env.connect(env.url()); Statement s = direct.createStatement()) {
            warmUp(direct);
            long before = env.hooks().runPixelCount();
            env.hooks().dropNextConnections(1);
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (16, 'unread')"));
            assertFateUnknown(f);
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error(), "a blind retry is unsafe");
            int requests = (int) (env.hooks().runPixelCount() - before);
            assertTrue(requests <= 1, "not retried: " + requests);
            assertEquals(0, rows("ID = 16"), "the server closed the connection before running it");
            warmUp(direct);
            record("connection closed before execution (emulator)", "INSERT", f, true, requests, 0, rows("ID = 16"),
                    true);
        }
    }

    @Test
    void resetBeforeTheResponseToAReadFailsWithConnectionClassAndTheNextStatementWorks() throws Exception {
        proxy.failNextRunPixel(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeQuery("SELECT * FROM F"));
            assertInstanceOf(SQLTransientConnectionException.class, f.error(), f.error().getMessage());
            assertEquals("08006", f.error().getSQLState());
            assertEquals(1, proxy.runPixelRequests(), "a read is not retried either (only connect failures are)");
            warmUp(connection);
            record("reset before response", "SELECT", f, true, 1, 1, rows("1=1"), false);
        }
    }

    @Test
    void resetInTheMiddleOfAStreamedResultFailsTheNextPageAndLeaksNoTask() throws Exception {
        env.direct("INSERT INTO F SELECT X, 'r' || X FROM SYSTEM_RANGE(1, 50)");
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(10);
            ResultSet rs = s.executeQuery("SELECT ID FROM F ORDER BY ID");
            int read = 0;
            // Five rows, before half-way through page 1: page 2 is asked for (ahead, at row 6) only after the fault
            // is armed, so the fault meets exactly that one page request.
            for (; read < 5; read++) {
                assertTrue(rs.next());
            }
            proxy.failNextRunPixel(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
            Failure f = failure(TIMEOUT, () -> {
                while (rs.next()) {
                    rs.getInt(1);
                }
            });
            assertEquals("08006", f.error().getSQLState(), f.error().getMessage());
            assertEquals(1, proxy.runPixelRequests(), "the page request is not retried");
            rs.close();
            warmUp(connection);
            record("reset in the middle of a streamed result", "SELECT, page 2 of 6", f, true, 1, 51, rows("1=1"),
                    false);
        }
        connection.close();
        assertEquals(0, env.hooks().openTasks(ReliabilityEnvironment.ENGINE),
                "the broken result's task is gone once the connection closes");
    }

    @Test
    void truncatedAnswerToAWriteTheServerRanIs08007AndAppliedOnce() throws Exception {
        proxy.failNextRunPixel(proxy.proxied().withTransformers(FaultProxy.TRUNCATE));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (4, 'truncated')"));
            assertFateUnknown(f);
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error(), "a blind retry is unsafe");
            assertEquals(1, proxy.runPixelRequests());
            assertEquals(1, rows("ID = 4"));
            record("truncated JSON body (server ran it)", "INSERT", f, true, 1, 1, rows("ID = 4"), true);
        }
    }

    @Test
    void truncatedAnswerToAReadFailsClearlyAndTheNextStatementWorks() throws Exception {
        env.direct("INSERT INTO F SELECT X, 'r' || X FROM SYSTEM_RANGE(1, 500)");
        proxy.failNextRunPixel(proxy.proxied().withTransformers(FaultProxy.TRUNCATE));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeQuery("SELECT * FROM F ORDER BY ID"));
            assertEquals("08006", f.error().getSQLState(), f.error().getMessage());
            assertEquals(1, proxy.runPixelRequests(), "a read is not retried");
            warmUp(connection);
            record("truncated JSON body (server ran it)", "SELECT (501 rows)", f, true, 1, 501, rows("1=1"), false);
        }
    }

    @Test
    void malformedJsonAnswerToAReadFailsClearly() throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"insightID\":\"x\",\"pixelReturn\":[{\"pixelId\":\"0\","
                        + "\"output\":{\"data\":{\"values\":[[1,"));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeQuery("SELECT * FROM F"));
            assertInstanceOf(SQLTransientConnectionException.class, f.error(), f.outcome());
            assertEquals("08006", f.error().getSQLState(), f.error().getMessage());
            assertEquals(1, proxy.runPixelRequests());
            warmUp(connection);
            record("malformed JSON body", "SELECT", f, true, 1, 1, rows("1=1"), false);
        }
    }

    @Test
    void malformedJsonAnswerToAWriteIs08007() throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"insightID\":\"x\",\"pixelReturn\":[{\"pixelId\":\"0\",\"output\""));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (5, 'malformed')"));
            assertFateUnknown(f);
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error(), "a blind retry is unsafe");
            assertEquals(1, proxy.runPixelRequests());
            record("malformed JSON body", "INSERT", f, true, 1, 0, rows("ID = 5"), true);
        }
    }

    // ---------------------------------------------------------------- slow answers

    @Test
    void aReadSlowerThanTheQueryTimeoutFailsWithHYT00InTime() throws Exception {
        proxy.failNextRunPixel(proxy.proxied().withFixedDelay(4000));
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(1);
            Failure f = failure(Duration.ofSeconds(1), () -> s.executeQuery("SELECT * FROM F"));
            assertInstanceOf(SQLTimeoutException.class, f.error());
            assertEquals("HYT00", f.error().getSQLState());
            assertTrue(f.millis() < 1000 + SLACK.toMillis(), f.millis() + " ms");
            int requests = proxy.runPixelRequests();
            s.setQueryTimeout(0);
            warmUp(connection);
            record("response slower than the timeout (1 s)", "SELECT", f, true, requests, 1, rows("1=1"), false);
        }
    }

    @Test
    void aWriteSlowerThanTheQueryTimeoutSaysItsFateIsUnknownAndIsNotDuplicated() throws Exception {
        proxy.failNextRunPixel(proxy.proxied().withFixedDelay(3000));
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(1);
            Failure f = failure(Duration.ofSeconds(1), () -> s.executeUpdate("INSERT INTO F VALUES (6, 'slow')"));
            assertInstanceOf(SQLTimeoutException.class, f.error(), "a timeout is a SQLTimeoutException");
            assertTrue(f.error().getMessage().contains("may or may not have been applied"), f.error().getMessage());
            Thread.sleep(3000); // let the delayed answer finish on the proxy's side: the count is then final
            long found = rows("ID = 6");
            assertTrue(found <= 1, "applied at most once");
            assertEquals(1, proxy.runPixelRequests(), "not retried");
            record("response slower than the timeout (1 s)", "INSERT", f, true, 1, 1, found, true);
            assertEquals("08007", f.error().getSQLState(), "a write whose fate is unknown carries 08007");
        }
    }

    @Test
    void aWriteSlowerThanTheSocketTimeoutSaysItsFateIsUnknownInTime() throws Exception {
        proxy.failNextRunPixel(proxy.proxied().withFixedDelay(4000));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (13, 'socket')"));
            assertTrue(f.millis() < TIMEOUT.toMillis() + SLACK.toMillis(), f.millis() + " ms");
            assertTrue(f.error().getMessage().contains("may or may not have been applied"), f.error().getMessage());
            Thread.sleep(2500); // the proxy finishes forwarding: the count is final
            long found = rows("ID = 13");
            assertTrue(found <= 1);
            assertEquals(1, proxy.runPixelRequests(), "not retried");
            record("response slower than socketTimeout (2 s)", "INSERT", f, true, 1, 1, found, true);
            assertEquals("08007", f.error().getSQLState(), "a write whose fate is unknown carries 08007");
        }
    }

    // ---------------------------------------------------------------- HTTP errors

    @ParameterizedTest(name = "HTTP {0} with an HTML body on a write")
    @ValueSource(ints = {500, 502, 503})
    void httpErrorWithHtmlOnAWriteIs08007WithoutMarkupAndNotRetried(int status) throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<!DOCTYPE html><html><head><title>" + status + " Error</title></head><body><h1>Bad "
                        + "Gateway or Service Unavailable</h1><div>nginx</div></body></html>"));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (7, 'http')"));
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error());
            assertFateUnknown(f);
            assertTrue(f.error().getMessage().contains(String.valueOf(status)), f.error().getMessage());
            assertNoMarkupOrSecret(f.error());
            assertEquals(1, proxy.runPixelRequests(), "not retried");
            assertEquals(0, rows("ID = 7"));
            record("HTTP " + status + " HTML", "INSERT", f, true, 1, 0, rows("ID = 7"), true);
        }
    }

    @ParameterizedTest(name = "HTTP {0} with an HTML body on a read")
    @ValueSource(ints = {500, 502, 503})
    void httpErrorWithHtmlOnAReadFailsWithConnectionClass(int status) throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>" + status + "</h1></body></html>"));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeQuery("SELECT * FROM F"));
            assertInstanceOf(SQLTransientConnectionException.class, f.error(), f.outcome());
            assertEquals("08006", f.error().getSQLState(), f.error().getMessage());
            assertTrue(f.error().getMessage().contains(String.valueOf(status)), f.error().getMessage());
            assertNoMarkupOrSecret(f.error());
            assertEquals(1, proxy.runPixelRequests());
            warmUp(connection);
            record("HTTP " + status + " HTML", "SELECT", f, true, 1, 1, rows("1=1"), false);
        }
    }

    @Test
    void malformedAuthorizationHeader500PageIsAClearErrorWithoutMarkup() throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                .withBody(HTML_500));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (8, 'auth')"));
            assertFateUnknown(f);
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error(), "a blind retry is unsafe");
            assertTrue(f.error().getMessage().contains("500"), f.error().getMessage());
            assertNoMarkupOrSecret(f.error());
            assertEquals(1, proxy.runPixelRequests());
            assertEquals(0, rows("ID = 8"));
            record("HTTP 500 page (malformed Authorization)", "INSERT", f, true, 1, 0, rows("ID = 8"), true);
        }
    }

    @Test
    void malformedAuthorizationHeader500PageAtConnectIsAClearConnectionError() throws Exception {
        try (FaultProxy broken = new FaultProxy("http://127.0.0.1:1")) {
            broken.answerEverything(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                    .withBody(HTML_500));
            Properties properties = new Properties();
            properties.setProperty("connectTimeout", "5");
            String url = env.urlVia(broken.apiBaseUrl());
            // every endpoint of this server answers the 500 page, as SEMOSS does for a header it cannot decode
            Failure f = failure(Duration.ofSeconds(10), () -> {
                try (Connection c = env.connect(url, properties); Statement s = c.createStatement()) {
                    s.executeQuery("SELECT 1");
                }
            });
            record("HTTP 500 page (malformed Authorization)", "getConnection", f, true, broken.allRequests(), 0, 0,
                    false);
            assertTrue(f.error().getMessage().contains("500"), f.error().getMessage());
            assertNoMarkupOrSecret(f.error());
            assertTrue(f.error().getSQLState().equals("08001") || f.error().getSQLState().equals("08004"),
                    "a connection that could not be established is 08001/08004, not " + f.outcome());
        }
    }

    @Test
    void formOver2MbRefusedByTheServerIs54000AndNotApplied() throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"errorType\":\"INSIGHT_NOT_FOUND\",\"errorMessage\":\"Must pass in 'expression' key "
                        + "containing the pixel to execute\"}"));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (9, 'big')"));
            assertInstanceOf(SQLNonTransientException.class, f.error());
            assertEquals("54000", f.error().getSQLState(), f.error().getMessage());
            assertTrue(proxy.runPixelRequests() <= 2);
            assertEquals(0, rows("ID = 9"));
            record("HTTP 400 form over 2 MB", "INSERT", f, true, proxy.runPixelRequests(), 0, rows("ID = 9"), false);
        }
    }
}
