package org.semossjdbc.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        try (Connection c = setup.connect(); Statement s = c.createStatement()) {
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
}
