package org.semossjdbc.reliability;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.testing.ScratchDatabase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Malformed URLs and property values, SQL nobody can parse, statements over the server's 2 MB form limit and NUL
 * characters: each ends in a clear SQLException (never another exception type, never a hang), and what can be refused
 * without the server is refused before anything is sent.
 */
class MalformedInputTest {
    private static final String SECTION = "3-input";
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** Over Tomcat's default maxPostSize (2 MB) once form-encoded. */
    private static final int OVER_LIMIT_CHARS = 2_200_000;

    @RegisterExtension
    static final ReliabilityEnvironment env = ReliabilityEnvironment.extension(ScratchDatabase.Backend.H2);
    /** Counts every request: a malformed URL must not reach any server. */
    private static FaultProxy counter;

    @BeforeAll
    static void startCounter() {
        counter = new FaultProxy("http://127.0.0.1:1");
        counter.answerEverything(aResponse().withStatus(500).withBody("counted"));
    }

    @AfterAll
    static void stopCounter() {
        counter.close();
    }

    static Stream<Arguments> malformedUrls() throws IOException {
        return lines("malformed-urls.txt").stream().map(line -> line.split("\t", 3))
                .map(parts -> Arguments.of(parts[0], parts[1]));
    }

    static Stream<Arguments> malformedSql() throws IOException {
        return lines("malformed-sql.txt").stream().map(line -> {
            String[] parts = line.split("\t", 2);
            String sql = parts[1].equals("<empty>") ? "" : parts[1].replace("\\0", "\0").replace("\\n", "\n")
                    .replace("\\t", "\t");
            return Arguments.of(parts[0], sql);
        });
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = MalformedInputTest.class.getResourceAsStream("/reliability/" + resource)) {
            assertNotNull(in, resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    @ParameterizedTest(name = "[{index}] expects {0}") // the URL may hold a test secret: not in report names
    @MethodSource("malformedUrls")
    void malformedUrlOrPropertyFailsClearlyWithoutSendingAnything(String state, String line) {
        String[] urlAndProperties = line.split(" ;; ", 2);
        String url = urlAndProperties[0].replace("${base}", counter.apiBaseUrl());
        Properties properties = new Properties();
        properties.setProperty("user", ReliabilityEnvironment.ACCESS_KEY);
        properties.setProperty("password", ReliabilityEnvironment.SECRET_KEY);
        if (urlAndProperties.length > 1) {
            for (String pair : urlAndProperties[1].split(",")) {
                String[] kv = pair.split("=", 2);
                properties.setProperty(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        counter.resetCounts();
        Throwable thrown = assertTimeoutPreemptively(BOUND, () -> {
            try (Connection ignored = DriverManager.getConnection(url, properties)) {
                return (Throwable) null;
            } catch (Throwable t) {
                return t;
            }
        });
        // the summary is committed: test secrets are masked there too
        String shown = HostileStrings.show(url.replaceAll("(token|password)=[^&]*", "$1=***")
                .replaceAll("//[^/@]*@", "//***@"));
        String outcome = thrown == null ? "connected" : thrown.getClass().getSimpleName()
                + (thrown instanceof SQLException e ? " " + e.getSQLState() : "");
        int sent = counter.allRequests();
        ReliabilitySummary.row(SECTION, "url " + shown, "URL " + shown.replace("http://127.0.0.1:" + counter.port(),
                "<base>"), outcome, sent == 0 ? "no" : "YES (" + sent + ")");
        if (!(thrown instanceof SQLException e)) {
            fail("expected a SQLException, got " + thrown, thrown);
            return;
        }
        if (!state.equals("*")) {
            assertEquals(state, e.getSQLState(), e.getMessage());
        }
        assertNoSecret(e);
        assertEquals(0, sent, "nothing may be sent for a malformed URL or property: " + e.getMessage());
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("malformedSql")
    void unparseableSqlFailsClearlyAndTheConnectionStaysUsable(String statePrefix, String sql) throws Exception {
        try (Connection c = env.connect(env.url()); Statement s = c.createStatement()) {
            s.setQueryTimeout(3);
            Throwable thrown = assertTimeoutPreemptively(BOUND, () -> {
                try {
                    s.execute(sql);
                    return (Throwable) null;
                } catch (Throwable t) {
                    return t;
                }
            });
            String outcome = thrown == null ? "accepted" : thrown.getClass().getSimpleName()
                    + (thrown instanceof SQLException e ? " " + e.getSQLState() : "");
            ReliabilitySummary.row(SECTION, "sql " + sql, "SQL " + HostileStrings.show(sql), outcome, "-");
            if (thrown == null && statePrefix.equals("any")) {
                return; // nothing to run is not an error (pgjdbc accepts an empty query as well)
            }
            if (!(thrown instanceof SQLException e)) {
                fail("expected a SQLException, got " + thrown, thrown);
                return;
            }
            assertNotNull(e.getSQLState(), e.getMessage());
            if (!statePrefix.equals("any")) {
                assertTrue(e.getSQLState().startsWith(statePrefix), e.getSQLState() + ": " + e.getMessage());
            }
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                assertTrue(rs.next(), "the connection still works");
            }
        }
    }

    @Test
    void aStatementOverTheServers2MbLimitIsRefusedBeforeSending() throws Exception {
        env.direct("CREATE TABLE IF NOT EXISTS BIG (ID INT PRIMARY KEY, V CLOB)");
        String huge = "x".repeat(OVER_LIMIT_CHARS);
        try (Connection c = env.connect(env.url()); Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1").close();
            long before = env.hooks().runPixelCount();
            SQLException e = assertTimeoutPreemptively(BOUND, () -> {
                try {
                    s.executeUpdate("INSERT INTO BIG VALUES (1, '" + huge + "')");
                    return null;
                } catch (SQLException thrown) {
                    return thrown;
                }
            });
            long sent = env.hooks().runPixelCount() - before;
            ReliabilitySummary.row(SECTION, "big statement", "Statement with a 2.2 MB literal",
                    e == null ? "accepted" : e.getClass().getSimpleName() + " " + e.getSQLState(),
                    sent == 0 ? "no" : "YES (" + sent + ")");
            assertNotNull(e, "a statement over 2 MB cannot reach SEMOSS intact");
            assertEquals("54000", e.getSQLState(), e.getMessage());
            assertEquals(0, env.count("SELECT COUNT(*) FROM BIG"));
            assertEquals(0, sent, "the driver knows the limit: nothing should be sent");
        }
    }

    @Test
    void aParameterOverTheServers2MbLimitIsRefusedBeforeSending() throws Exception {
        env.direct("CREATE TABLE IF NOT EXISTS BIG (ID INT PRIMARY KEY, V CLOB)");
        try (Connection c = env.connect(env.url());
             PreparedStatement p = c.prepareStatement("INSERT INTO BIG (ID, V) VALUES (?, ?)")) {
            c.createStatement().executeQuery("SELECT 1").close();
            long before = env.hooks().runPixelCount();
            p.setInt(1, 2);
            SQLException e = assertTimeoutPreemptively(BOUND, () -> {
                try {
                    p.setString(2, "\u00E9".repeat(OVER_LIMIT_CHARS / 2));
                    p.executeUpdate();
                    return null;
                } catch (SQLException thrown) {
                    return thrown;
                }
            });
            long sent = env.hooks().runPixelCount() - before;
            ReliabilitySummary.row(SECTION, "big parameter", "PreparedStatement with a 1.1 M-char (2.2 MB UTF-8) "
                    + "parameter", e == null ? "accepted" : e.getClass().getSimpleName() + " " + e.getSQLState(),
                    sent == 0 ? "no" : "YES (" + sent + ")");
            assertNotNull(e);
            assertEquals("54000", e.getSQLState(), e.getMessage());
            assertEquals(0, env.count("SELECT COUNT(*) FROM BIG WHERE ID = 2"));
            assertEquals(0, sent, "the driver knows the limit: nothing should be sent");
        }
    }

    @Test
    void aStatementJustUnderTheLimitWorks() throws Exception {
        env.direct("CREATE TABLE IF NOT EXISTS BIG (ID INT PRIMARY KEY, V CLOB)");
        String large = "y".repeat(1_000_000);
        try (Connection c = env.connect(env.url()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO BIG VALUES (3, '" + large + "')");
            try (ResultSet rs = s.executeQuery("SELECT V FROM BIG WHERE ID = 3")) {
                assertTrue(rs.next());
                assertEquals(large, rs.getString(1));
            }
        }
    }

    @Test
    void nulInsideALiteralAndAParameterRoundTripsOnH2() throws Exception {
        env.direct("CREATE TABLE IF NOT EXISTS NULS (ID INT PRIMARY KEY, V VARCHAR(20))");
        try (Connection c = env.connect(env.url()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO NULS VALUES (1, 'a\0b')");
            try (ResultSet rs = s.executeQuery("SELECT V FROM NULS WHERE ID = 1")) {
                assertTrue(rs.next());
                assertEquals("a\0b", rs.getString(1));
            }
            try (PreparedStatement p = c.prepareStatement("SELECT V FROM NULS WHERE V = ?")) {
                p.setString(1, "a\0b");
                try (ResultSet rs = p.executeQuery()) {
                    assertTrue(rs.next(), "a NUL parameter matches the stored NUL value");
                }
            }
            ReliabilitySummary.row(SECTION, "nul h2", "NUL in a literal and in a parameter (H2)", "stored and read "
                    + "back exactly", "yes (storable)");
        }
    }

    @Test
    void nulInAPostgresLiteralIsAClearErrorAndNothingIsStored() throws Exception {
        try (ReliabilityEnvironment pg = ReliabilityEnvironment.start(ScratchDatabase.Backend.POSTGRES)) {
            pg.direct("CREATE TABLE NULS (ID INT PRIMARY KEY, V TEXT)");
            try (Connection c = pg.connect(pg.url()); Statement s = c.createStatement()) {
                SQLException e = assertTimeoutPreemptively(BOUND, () -> {
                    try {
                        s.executeUpdate("INSERT INTO NULS VALUES (1, 'a\0b')");
                        return null;
                    } catch (SQLException thrown) {
                        return thrown;
                    }
                });
                ReliabilitySummary.row(SECTION, "nul pg", "NUL in a Statement literal (PostgreSQL)",
                        e == null ? "accepted" : e.getClass().getSimpleName() + " " + e.getSQLState(), "-");
                assertNotNull(e, "PostgreSQL text cannot hold NUL");
                assertTrue(e.getSQLState().startsWith("22"), e.getSQLState() + ": " + e.getMessage());
                assertEquals(0, pg.count("SELECT COUNT(*) FROM NULS"));
            }
        }
    }

    @Test
    void propertyInfoForAMalformedUrlDoesNotThrowAndShowsNoSecret() throws Exception {
        Driver driver = DriverManager.getDriver("jdbc:semoss:http://127.0.0.1/Monolith/api?database=x");
        Properties properties = new Properties();
        properties.setProperty("password", ReliabilityEnvironment.SECRET_KEY);
        DriverPropertyInfo[] info = driver.getPropertyInfo("jdbc:semoss:http://:bad url?fetchSize=abc", properties);
        assertTrue(info.length > 0);
        for (DriverPropertyInfo property : info) {
            assertFalse(String.valueOf(property.value).contains(ReliabilityEnvironment.SECRET_KEY), property.name);
        }
    }

    private static void assertNoSecret(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            for (String secret : new String[]{ReliabilityEnvironment.SECRET_KEY, ReliabilityEnvironment.BEARER_TOKEN,
                    "Vw5Lk0"}) {
                assertFalse(text.contains(secret), "secret in an exception message: " + t.getClass().getName());
            }
        }
    }
}
