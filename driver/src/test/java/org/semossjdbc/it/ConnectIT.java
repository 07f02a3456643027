package org.semossjdbc.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Connecting through DriverManager with each credential kind, and what a refused login looks like. */
class ConnectIT {
    private static EmulatorSetup setup;

    @BeforeAll
    static void start() {
        setup = EmulatorSetup.start(Backend.H2);
    }

    @AfterAll
    static void stop() {
        setup.close();
    }

    private static int selectOne(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 AS ONE")) {
            assertTrue(rs.next());
            return rs.getInt("one");
        }
    }

    @Test
    void accessKeys() throws SQLException {
        try (Connection c = DriverManager.getConnection(setup.url(), EmulatorSetup.ACCESS, EmulatorSetup.SECRET)) {
            assertEquals(1, selectOne(c));
            assertFalse(c.isReadOnly());
            assertTrue(c.isValid(5));
        }
    }

    @Test
    void nativeLogin() throws SQLException {
        try (Connection c = DriverManager.getConnection(setup.url() + "&authMode=login", "bob", "bob-password")) {
            assertEquals(1, selectOne(c));
            assertEquals("bob", c.getMetaData().getUserName());
        }
    }

    @Test
    void bearerToken() throws SQLException {
        Properties p = new Properties();
        p.setProperty("authMode", "bearer");
        p.setProperty("token", "carol-token");
        p.setProperty("tokenProvider", "generic");
        try (Connection c = DriverManager.getConnection(setup.url(), p)) {
            assertEquals(1, selectOne(c));
        }
    }

    @Test
    void wrongSecretIs28000QuicklyWithoutARetryLoop() {
        setup.semoss.hooks().resetCounters();
        long start = System.nanoTime();
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                setup.url() + "&connectTimeout=5", EmulatorSetup.ACCESS, "WRONG-SECRET"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals("28000", e.getSQLState());
        assertFalse(e.getMessage().contains("WRONG-SECRET"), "the secret never appears in messages");
        assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "within the login bound: " + took);
        long requests = setup.semoss.hooks().requestCount();
        assertTrue(requests >= 1 && requests <= 3, "one login attempt (and at most one retry), not a loop: " + requests);
    }

    @Test
    void wrongNativePasswordIs28000() {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                setup.url() + "&authMode=login", "bob", "nope"));
        assertEquals("28000", e.getSQLState());
    }

    @Test
    void metadataShowsNoSecrets() throws SQLException {
        try (Connection c = DriverManager.getConnection(setup.url() + "&password=" + EmulatorSetup.SECRET
                + "&fetchSize=100", new Properties() {{
                    setProperty("user", EmulatorSetup.ACCESS);
                }})) {
            DatabaseMetaData md = c.getMetaData();
            assertFalse(md.getURL().contains(EmulatorSetup.SECRET));
            assertTrue(md.getURL().contains("fetchSize=100"));
            assertFalse(c.toString().contains(EmulatorSetup.SECRET));
            assertEquals(EmulatorSetup.ACCESS, md.getUserName());
            assertEquals("H2", md.getDatabaseProductName());
            assertTrue(md.getDatabaseProductVersion().startsWith("1.4.200"), md.getDatabaseProductVersion());
            assertTrue(md.getDatabaseProductVersion().contains("(SEMOSS "), md.getDatabaseProductVersion());
            assertEquals(1, md.getDatabaseMajorVersion());
            assertEquals(4, md.getDatabaseMinorVersion());
            assertEquals("semoss-jdbc", md.getDriverName());
            assertEquals("\"", md.getIdentifierQuoteString());
            assertFalse(md.supportsTransactions());
            try (ResultSet tables = md.getTables(null, null, "%", null)) {
                assertEquals("TABLE_NAME", tables.getMetaData().getColumnName(3));
            }
        }
    }

    @Test
    void unknownPropertiesAreIgnoredWithAWarning() throws SQLException {
        try (Connection c = setup.connect("someToolOption=1")) {
            SQLWarning warning = c.getWarnings();
            assertNotNull(warning);
            assertTrue(warning.getMessage().contains("someToolOption"));
            assertEquals(1, selectOne(c));
        }
    }

    @Test
    void productNameSemossOnRequest() throws SQLException {
        try (Connection c = setup.connect("productName=semoss")) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals("SEMOSS", md.getDatabaseProductName());
            assertTrue(md.getDatabaseProductVersion().contains("(H2 1.4.200"), md.getDatabaseProductVersion());
        }
    }

    @Test
    void strictTransactionsRefuseTransactionCalls() throws SQLException {
        try (Connection c = setup.connect("transactions=strict")) {
            assertTrue(c.getAutoCommit());
            assertEquals("0A000", assertThrows(SQLException.class, () -> c.setAutoCommit(false)).getSQLState());
            assertEquals("0A000", assertThrows(SQLException.class, c::rollback).getSQLState());
            assertEquals(Connection.TRANSACTION_NONE, c.getTransactionIsolation());
        }
    }

    @Test
    void sessionExpiryIsTransparent() throws SQLException {
        try (Connection c = setup.connect()) {
            assertEquals(1, selectOne(c));
            setup.semoss.hooks().expireAllSessions();
            assertEquals(1, selectOne(c));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE IF NOT EXISTS EXPIRY_T (ID INT)");
                setup.semoss.hooks().expireAllSessions();
                assertEquals(1, s.executeUpdate("INSERT INTO EXPIRY_T VALUES (1)"));
            }
        }
    }

    @Test
    void aResultOpenAcrossASessionExpiryFailsWith24000AndTheConnectionRecovers() throws SQLException {
        // Without prefetch: a page fetched ahead before the expiry would (rightly) still be read, and whether the
        // background fetch wins that race depends on timing.
        // readMode=plain: SEMOSS's own pages of 2 rows (a packed read of 10 rows is one page).
        try (Connection c = setup.connect("prefetch=false&readMode=plain"); Statement s = c.createStatement()) {
            s.setFetchSize(2);
            try (ResultSet rs = s.executeQuery("SELECT X FROM SYSTEM_RANGE(1, 10)")) {
                assertTrue(rs.next());
                assertTrue(rs.next());
                setup.semoss.hooks().expireAllSessions();
                assertEquals("24000", assertThrows(SQLException.class, rs::next).getSQLState());
            }
            assertEquals(1, selectOne(c));
        }
    }

    @Test
    void csrfProtectedServer() throws SQLException {
        try (org.semossjdbc.emulator.SemossEmulator csrf = org.semossjdbc.emulator.SemossEmulator.builder().csrf(true)
                .engine("demo", setup.database.jdbcUrl())
                .accessKeyUser("alice", EmulatorSetup.ACCESS, EmulatorSetup.SECRET,
                        org.semossjdbc.emulator.SemossEmulator.Permission.OWNER).start();
             Connection c = DriverManager.getConnection(csrf.jdbcUrl("demo"), EmulatorSetup.ACCESS,
                     EmulatorSetup.SECRET)) {
            assertEquals(1, selectOne(c));
        }
    }

    @Test
    void closedObjectsSayTheyAreClosed() throws SQLException {
        Connection c = setup.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT 1");
        rs.close();
        assertEquals("24000", assertThrows(SQLException.class, rs::next).getSQLState());
        c.close();
        assertTrue(s.isClosed());
        assertEquals("08003", assertThrows(SQLException.class, c::createStatement).getSQLState());
    }

    // ---- the engine named in the URL

    private static String urlFor(EmulatorSetup on, String database) {
        return "jdbc:semoss:" + on.semoss.apiBaseUrl() + "?database=" + database;
    }

    /** What an administrator does in the SEMOSS UI: a form POST under /auth/engine/, as alice (Basic). */
    private static int engineAuthorization(EmulatorSetup on, String action, String form) throws Exception {
        String basic = Base64.getEncoder().encodeToString((EmulatorSetup.ACCESS + ":" + EmulatorSetup.SECRET)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(on.semoss.apiBaseUrl() + "/auth/engine/" + action))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A typo in the database must not look like an empty database: getConnection fails, as pgjdbc's 3D000 does. */
    @Test
    void aMistypedDatabaseFailsAtConnectWith3D000() {
        int insights = setup.semoss.hooks().openInsights();
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(urlFor(setup, "dmeo"),
                EmulatorSetup.ACCESS, EmulatorSetup.SECRET));
        assertTrue(e instanceof SQLNonTransientConnectionException, e.getClass().getName());
        assertEquals("3D000", e.getSQLState());
        assertTrue(e.getMessage().contains("dmeo"), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist or user does not have access to database"), e.getMessage());
        assertFalse(e.getMessage().contains(EmulatorSetup.SECRET), "the secret never appears in messages");
        assertEquals(insights, setup.semoss.hooks().openInsights(), "the failed connection left no insight behind");
    }

    @Test
    void anEngineNameConnectsLikeItsId() throws SQLException {
        try (Connection c = DriverManager.getConnection(urlFor(setup, EmulatorSetup.ENGINE), EmulatorSetup.ACCESS,
                EmulatorSetup.SECRET)) {
            assertEquals(1, selectOne(c));
            assertEquals("H2", c.getMetaData().getDatabaseProductName());
            assertFalse(c.isReadOnly());
        }
    }

    /**
     * The engine is checked at getConnection with the request that used to precede the first statement: connecting
     * and running one statement still takes login + MyEngines + the statement, and the connection's insight is still
     * created by its first statement.
     */
    @Test
    void connectingAndOneStatementCostTheSameRequestsAsBefore() throws SQLException {
        setup.semoss.hooks().resetCounters();
        int insights = setup.semoss.hooks().openInsights();
        try (Connection c = setup.connect("readMode=plain")) {
            assertEquals(2, setup.semoss.hooks().requestCount(), "login and MyEngines");
            assertEquals(insights, setup.semoss.hooks().openInsights(), "no insight before the first statement");
            assertEquals(1, selectOne(c));
            assertEquals(3, setup.semoss.hooks().requestCount(), "login, MyEngines, the statement");
            assertEquals(insights + 1, setup.semoss.hooks().openInsights());
        }
    }

    /**
     * A packed read (readMode=auto, the default) describes a statement shape once per connection: one request more
     * the first time, none after, also for the same statement with other literals after FROM.
     */
    @Test
    void aPackedReadDescribesEachStatementShapeOnce() throws SQLException {
        try (Connection c = setup.connect(); Statement s = c.createStatement()) {
            setup.semoss.hooks().resetCounters();
            try (ResultSet rs = s.executeQuery("SELECT X FROM SYSTEM_RANGE(1, 10) WHERE X = 3")) {
                assertTrue(rs.next());
                assertEquals(3, rs.getInt(1));
            }
            assertEquals(2, setup.semoss.hooks().requestCount(), "the description, then the packed read");
            try (ResultSet rs = s.executeQuery("SELECT X FROM SYSTEM_RANGE(1, 10) WHERE X = 7")) {
                assertTrue(rs.next());
                assertEquals(7, rs.getInt(1));
            }
            assertEquals(3, setup.semoss.hooks().requestCount(), "the packed read alone");
        }
    }

    @Test
    void aUserWithoutAccessCannotConnectAndARevokedConnectionIsNoLongerValid() throws Exception {
        try (EmulatorSetup own = EmulatorSetup.start(Backend.H2); Connection reader = own.connectReader()) {
            assertEquals(1, selectOne(reader));
            String engineId = own.semoss.engineId(EmulatorSetup.ENGINE);
            assertEquals(200, engineAuthorization(own, "removeEngineUserPermission", "id=reader&engineId=" + engineId));
            SQLException refused = assertThrows(SQLException.class, own::connectReader);
            assertEquals("3D000", refused.getSQLState());
            assertTrue(refused.getMessage().contains(engineId), refused.getMessage());
            assertTrue(reader.isValid(2), "nothing has told the open connection yet");
            assertEquals("42501", assertThrows(SQLException.class, () -> selectOne(reader)).getSQLState());
            assertFalse(reader.isValid(2), "a pool must replace a connection whose engine refuses it");
            assertFalse(reader.isClosed());
        }
    }

    /**
     * MyEngines leaves out an engine the user hid from their catalog, yet Database(...) accepts it: such an engine
     * still connects (its backend unknown, so generic SQL and a warning).
     */
    @Test
    void anEngineHiddenFromTheUsersCatalogStillConnects() throws Exception {
        try (EmulatorSetup own = EmulatorSetup.start(Backend.H2)) {
            int status = engineAuthorization(own, "setEngineVisibility",
                    "engineId=" + own.semoss.engineId(EmulatorSetup.ENGINE) + "&visibility=false");
            assumeTrue(status == 200, "the emulator in use predates setEngineVisibility: build with -am");
            try (Connection c = own.connect()) {
                assertEquals(1, selectOne(c));
                assertTrue(c.isValid(2));
                assertEquals("SEMOSS", c.getMetaData().getDatabaseProductName());
                assertTrue(c.getMetaData().getDatabaseProductVersion().contains("GENERIC"),
                        c.getMetaData().getDatabaseProductVersion());
                assertNotNull(c.getWarnings());
                assertTrue(c.getWarnings().getMessage().contains("MyEngines"), c.getWarnings().getMessage());
            }
            try (Connection c = own.connect("dialect=h2")) {
                assertEquals("H2", c.getMetaData().getDatabaseProductName());
                assertEquals(1, selectOne(c));
            }
        }
    }
}
