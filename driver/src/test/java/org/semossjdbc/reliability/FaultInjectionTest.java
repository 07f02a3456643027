package org.semossjdbc.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.semossjdbc.testing.ScratchDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Faults between the driver and SEMOSS, injected by WireMock proxying to the emulator (or by the emulator's own
 * switches). For each: the SQLException subclass and SQLState, that it came within the configured timeout, how many
 * requests the server saw (the retry policy: one retry, only after a connect failure, a 302/401 or INSIGHT_NOT_FOUND,
 * never after a write was sent), and the rows in the backend afterwards: a write is applied exactly once or not at
 * all, and when the driver cannot know which, its exception says so (08007).
 */
class FaultInjectionTest {
    private static final String SECTION = "1-faults";
    /** The bound every faulty call must fail within: the configured timeout plus scheduling slack. */
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration SLACK = Duration.ofMillis(1500);
    private static final String HTML_500 = transcriptBody("007-runpixel-malformed-basic.json");

    private static ReliabilityEnvironment env;
    private static FaultProxy proxy;
    private Connection connection;

    @BeforeAll
    static void start() {
        env = ReliabilityEnvironment.start(ScratchDatabase.Backend.H2);
        proxy = new FaultProxy(FaultProxy.originOf(env.semoss.apiBaseUrl()));
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (env != null) {
            env.close();
        }
    }

    @BeforeEach
    void freshTableAndConnection() throws SQLException {
        proxy.disarm();
        env.direct("DROP TABLE IF EXISTS F");
        env.direct("CREATE TABLE F (ID INT PRIMARY KEY, V VARCHAR(40))");
        env.direct("INSERT INTO F VALUES (0, 'seed')");
        connection = connectViaProxy();
        warmUp(connection);
    }

    @AfterEach
    void closeConnection() throws SQLException {
        if (connection != null) {
            connection.close();
        }
    }

    private static Connection connectViaProxy() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT.toSeconds()));
        return env.connect(env.urlVia(proxy.apiBaseUrl()), properties);
    }

    /** One read, so that login, engine description and insight exist before a fault is armed. */
    private static void warmUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM F")) {
            assertTrue(rs.next());
        }
    }

    private static long rows(String where) throws SQLException {
        return env.count("SELECT COUNT(*) FROM F WHERE " + where);
    }

    private static String transcriptBody(String name) {
        try (InputStream in = FaultInjectionTest.class.getResourceAsStream("/semoss-transcripts/" + name)) {
            assertNotNull(in, name);
            JsonNode transcript = new ObjectMapper().readTree(in);
            return transcript.path("response").path("body").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure and how long it took to arrive. */
    private record Failure(SQLException error, long millis) {
        String outcome() {
            return error.getClass().getSimpleName() + " " + error.getSQLState();
        }
    }

    private static Failure failure(Duration bound, Executable call) {
        long started = System.nanoTime();
        SQLException e = assertTimeoutPreemptively(bound.plus(SLACK), () -> assertThrows(SQLException.class, call));
        return new Failure(e, (System.nanoTime() - started) / 1_000_000);
    }

    private static void assertFateUnknown(Failure f) {
        assertEquals("08007", f.error.getSQLState(), f.error.getMessage());
        assertTrue(f.error.getMessage().contains("may or may not have been applied"), f.error.getMessage());
    }

    private static void assertNoMarkupOrSecret(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains("<html") || message.contains("<!DOCTYPE") || message.contains("<div"),
                    "HTML page in the message: " + message);
            assertFalse(message.contains(ReliabilityEnvironment.SECRET_KEY), "secret in the message");
        }
    }

    private static void record(String fault, String statement, Failure f, boolean inTime, int requests,
                               long expected, long found, boolean fateUnknown) {
        // A write told to have failed must not be there; one told to have succeeded must be there once; one whose fate
        // is unknown may be there at most once.
        long lost = fateUnknown ? 0 : Math.max(0, expected - found);
        long duplicated = Math.max(0, found - (fateUnknown ? 1 : expected));
        ReliabilitySummary.row(SECTION, fault + "/" + statement, fault, statement,
                f == null ? "success" : f.outcome() + " (" + f.millis + " ms)", inTime ? "yes" : "NO",
                String.valueOf(requests), expected + " / " + found, String.valueOf(lost), String.valueOf(duplicated));
    }

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
        assertInstanceOf(SQLTransientConnectionException.class, f.error, f.error.getMessage());
        assertEquals("08001", f.error.getSQLState());
        assertNoMarkupOrSecret(f.error);
        record("connection refused", "getConnection", f, true, 0, 0, 0, false);
    }

    @Test
    void connectionRefusedOnAWriteIsNotAppliedAndSaysSo() throws Exception {
        int port = proxy.port();
        proxy.stop();
        Thread.sleep(2000); // the server is down, not dying: its closed sockets have reached the client
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (1, 'refused')"));
            assertInstanceOf(SQLTransientConnectionException.class, f.error, f.error.getMessage());
            assertEquals("08001", f.error.getSQLState(), "nothing was sent, so the fate is known: not applied");
            assertEquals(0, rows("ID = 1"));
            proxy = new FaultProxy(FaultProxy.originOf(env.semoss.apiBaseUrl()), port);
            assertEquals(1, s.executeUpdate("INSERT INTO F VALUES (1, 'refused')"), "the caller's own retry works");
            assertEquals(1, rows("ID = 1"));
            record("connection refused", "INSERT (caller retries)", f, true, 0, 1, rows("ID = 1"), false);
        } finally {
            if (!proxy.isRunning()) {
                proxy = new FaultProxy(FaultProxy.originOf(env.semoss.apiBaseUrl()), port);
            }
        }
    }

    // ---------------------------------------------------------------- resets

    @Test
    void resetBeforeTheResponseToAWriteIs08007AndNotRetried() throws Exception {
        proxy.failNextRunPixel(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (2, 'reset')"));
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error);
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
            assertInstanceOf(SQLTransientConnectionException.class, f.error, f.error.getMessage());
            assertEquals("08006", f.error.getSQLState());
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
            for (; read < 10; read++) {
                assertTrue(rs.next());
            }
            proxy.failNextRunPixel(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));
            Failure f = failure(TIMEOUT, () -> {
                while (rs.next()) {
                    rs.getInt(1);
                }
            });
            assertEquals("08006", f.error.getSQLState(), f.error.getMessage());
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
            assertEquals(1, proxy.runPixelRequests());
            assertEquals(1, rows("ID = 4"));
            record("truncated JSON body (server ran it)", "INSERT", f, true, 1, 1, rows("ID = 4"), true);
        }
    }

    @Test
    void malformedJsonAnswerToAReadFailsClearly() throws Exception {
        proxy.failNextRunPixel(aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"insightID\":\"x\",\"pixelReturn\":[{\"pixelId\":\"0\",\"output\":{\"data\":{\"values\":[[1,"));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeQuery("SELECT * FROM F"));
            assertTrue(f.error.getSQLState().startsWith("08"), f.outcome() + ": " + f.error.getMessage());
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
            assertInstanceOf(SQLTimeoutException.class, f.error);
            assertEquals("HYT00", f.error.getSQLState());
            assertTrue(f.millis < 1000 + SLACK.toMillis(), f.millis + " ms");
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
            assertInstanceOf(SQLTimeoutException.class, f.error, "a timeout is a SQLTimeoutException");
            assertTrue(f.error.getMessage().contains("may or may not have been applied"), f.error.getMessage());
            Thread.sleep(3000); // let the delayed answer finish on the proxy's side: the count is then final
            long found = rows("ID = 6");
            assertTrue(found <= 1, "applied at most once");
            assertEquals(1, proxy.runPixelRequests(), "not retried");
            record("response slower than the timeout (1 s)", "INSERT", f, true, 1, 1, found, true);
            assertEquals("08007", f.error.getSQLState(), "a write whose fate is unknown carries 08007");
        }
    }

    @Test
    void aWriteSlowerThanTheSocketTimeoutSaysItsFateIsUnknownInTime() throws Exception {
        proxy.failNextRunPixel(proxy.proxied().withFixedDelay(4000));
        try (Statement s = connection.createStatement()) {
            Failure f = failure(TIMEOUT, () -> s.executeUpdate("INSERT INTO F VALUES (13, 'socket')"));
            assertTrue(f.millis < TIMEOUT.toMillis() + SLACK.toMillis(), f.millis + " ms");
            assertTrue(f.error.getMessage().contains("may or may not have been applied"), f.error.getMessage());
            Thread.sleep(2500); // the proxy finishes forwarding: the count is final
            long found = rows("ID = 13");
            assertTrue(found <= 1);
            assertEquals(1, proxy.runPixelRequests(), "not retried");
            record("response slower than socketTimeout (2 s)", "INSERT", f, true, 1, 1, found, true);
            assertEquals("08007", f.error.getSQLState(), "a write whose fate is unknown carries 08007");
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
            assertInstanceOf(SQLNonTransientConnectionException.class, f.error);
            assertFateUnknown(f);
            assertTrue(f.error.getMessage().contains(String.valueOf(status)), f.error.getMessage());
            assertNoMarkupOrSecret(f.error);
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
            assertTrue(f.error.getSQLState().startsWith("08"), f.outcome());
            assertTrue(f.error.getMessage().contains(String.valueOf(status)), f.error.getMessage());
            assertNoMarkupOrSecret(f.error);
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
            assertTrue(f.error.getMessage().contains("500"), f.error.getMessage());
            assertNoMarkupOrSecret(f.error);
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
            assertTrue(f.error.getMessage().contains("500"), f.error.getMessage());
            assertNoMarkupOrSecret(f.error);
            assertTrue(f.error.getSQLState().equals("08001") || f.error.getSQLState().equals("08004"),
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
            assertInstanceOf(SQLNonTransientException.class, f.error);
            assertEquals("54000", f.error.getSQLState(), f.error.getMessage());
            assertTrue(proxy.runPixelRequests() <= 2);
            assertEquals(0, rows("ID = 9"));
            record("HTTP 400 form over 2 MB", "INSERT", f, true, proxy.runPixelRequests(), 0, rows("ID = 9"), false);
        }
    }

    // ---------------------------------------------------------------- refusals the driver recovers from

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
            assertFalse(f.error.getSQLState().equals("08007"), "the server refused both: the fate is known");
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
            proxy.failRunPixels(3, 2, notLoggedIn());
            Failure f = failure(TIMEOUT, s::executeBatch);
            BatchUpdateException batch = assertInstanceOf(BatchUpdateException.class, f.error);
            assertEquals("28000", batch.getSQLState());
            assertInstanceOf(SQLInvalidAuthorizationSpecException.class, batch.getCause());
            assertEquals(2, batch.getUpdateCounts().length, "two statements ran before the refusal");
            assertEquals(2, rows("ID BETWEEN 201 AND 206"));
            record("302 that survives re-login (credentials revoked)", "Statement batch, 6 INSERTs", f, true,
                    proxy.runPixelRequests(), 2, rows("ID BETWEEN 201 AND 206"), false);
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
            for (int i = 0; i < 10; i++) {
                assertTrue(rs.next());
            }
            env.hooks().expireAllSessions();
            Failure f = failure(TIMEOUT, () -> {
                while (rs.next()) {
                    rs.getInt(1);
                }
            });
            assertEquals("24000", f.error.getSQLState(), f.error.getMessage());
            rs.close();
            warmUp(connection);
            record("session expired under an open result", "SELECT, page 2 of 4", f, true, proxy.runPixelRequests(),
                    31, rows("1=1"), false);
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

    private static int settle(java.util.function.IntSupplier counter, int expected) throws InterruptedException {
        int value = counter.getAsInt();
        for (int i = 0; i < 30 && value != expected; i++) {
            Thread.sleep(100);
            value = counter.getAsInt();
        }
        return value;
    }

    private static ResponseDefinitionBuilder insightNotFound() {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"errorType\":\"INSIGHT_NOT_FOUND\",\"errorMessage\":\"Could not find the insight id\"}");
    }

    private static ResponseDefinitionBuilder notLoggedIn() {
        return aResponse().withStatus(302).withHeader("Location", "http://localhost:9090/SemossWeb/#!/login")
                .withHeader("Set-Cookie", "monolith=FRESH0000000000000000000000000000; Path=/Monolith; HttpOnly");
    }

    static {
        if (HTML_500.isEmpty()) {
            fail("transcript 007 has no body");
        }
    }
}
