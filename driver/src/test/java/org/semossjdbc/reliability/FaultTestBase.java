package org.semossjdbc.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.semossjdbc.testing.ScratchDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.IntSupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What the fault tests share: one emulator over H2 with WireMock proxying in front of it, a fresh table {@code F} and a
 * warmed-up connection through the proxy for each test, a timed failure probe, and the summary row each fault adds.
 */
abstract class FaultTestBase {
    static final String SECTION = "1-faults";
    /** The bound every faulty call must fail within: the configured timeout plus scheduling slack. */
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration SLACK = Duration.ofMillis(1500);
    static final String HTML_500 = transcriptBody("007-runpixel-malformed-basic.json");

    static ReliabilityEnvironment env;
    static FaultProxy proxy;
    Connection connection;

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

    static Connection connectViaProxy() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", String.valueOf(TIMEOUT.toSeconds()));
        // The faults are armed on the requests of SEMOSS's own paging (a query, then Task pages); a packed read of
        // these small results would be one request, and its first run would add a description.
        properties.setProperty("readMode", "plain");
        return env.connect(env.urlVia(proxy.apiBaseUrl()), properties);
    }

    /** One read, so that login, engine description and insight exist before a fault is armed. */
    static void warmUp(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM F")) {
            assertTrue(rs.next());
        }
    }

    static long rows(String where) throws SQLException {
        return env.count("SELECT COUNT(*) FROM F WHERE " + where);
    }

    static String transcriptBody(String name) {
        try (InputStream in = FaultInjectionTest.class.getResourceAsStream("/semoss-transcripts/" + name)) {
            assertNotNull(in, name);
            JsonNode transcript = new ObjectMapper().readTree(in);
            return transcript.path("response").path("body").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure and how long it took to arrive. */
    record Failure(SQLException error, long millis) {
        String outcome() {
            return error.getClass().getSimpleName() + " " + error.getSQLState();
        }
    }

    static Failure failure(Duration bound, Executable call) {
        long started = System.nanoTime();
        SQLException e = assertTimeoutPreemptively(bound.plus(SLACK), () -> assertThrows(SQLException.class, call));
        return new Failure(e, (System.nanoTime() - started) / 1_000_000);
    }

    static void assertFateUnknown(Failure f) {
        assertEquals("08007", f.error().getSQLState(), f.error().getMessage());
        assertTrue(f.error().getMessage().contains("may or may not have been applied"), f.error().getMessage());
    }

    static void assertNoMarkupOrSecret(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            assertFalse(message.contains("<html") || message.contains("<!DOCTYPE") || message.contains("<div"),
                    "HTML page in the message: " + message);
            assertFalse(message.contains(ReliabilityEnvironment.SECRET_KEY), "secret in the message");
        }
    }

    static void record(String fault, String statement, Failure f, boolean inTime, int requests,
                               long expected, long found, boolean fateUnknown) {
        // A write told to have failed must not be there; one told to have succeeded must be there once; one whose fate
        // is unknown may be there at most once.
        long lost = fateUnknown ? 0 : Math.max(0, expected - found);
        long duplicated = Math.max(0, found - (fateUnknown ? 1 : expected));
        ReliabilitySummary.row(SECTION, fault + "/" + statement, fault, statement,
                f == null ? "success" : f.outcome() + " (" + f.millis() + " ms)", inTime ? "yes" : "NO",
                String.valueOf(requests), expected + " / " + found, String.valueOf(lost), String.valueOf(duplicated));
    }

    static int settle(IntSupplier counter, int expected) throws InterruptedException {
        int value = counter.getAsInt();
        for (int i = 0; i < 30 && value != expected; i++) {
            Thread.sleep(100);
            value = counter.getAsInt();
        }
        return value;
    }

    static ResponseDefinitionBuilder insightNotFound() {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json;charset=utf-8")
                .withBody("{\"errorType\":\"INSIGHT_NOT_FOUND\",\"errorMessage\":\"Could not find the insight id\"}");
    }

    static ResponseDefinitionBuilder notLoggedIn() {
        return aResponse().withStatus(302).withHeader("Location", "http://localhost:9090/SemossWeb/#!/login")
                .withHeader("Set-Cookie", "monolith=FRESH0000000000000000000000000000; Path=/Monolith; HttpOnly");
    }


    static {
        if (HTML_500.isEmpty()) {
            fail("transcript 007 has no body");
        }
    }
}
