package org.semossjdbc.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Connection calls pools and frameworks make (HikariCP, Spring) succeed as they expect, per backend. */
class ConnectionContractIT {

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void productIsTheBackendWithSemossInTheVersion(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            DatabaseMetaData md = c.getMetaData();
            assertEquals(backend == Backend.H2 ? "H2" : "PostgreSQL", md.getDatabaseProductName());
            String version = md.getDatabaseProductVersion();
            assertTrue(version.matches("\\d+\\.\\d+.* \\(SEMOSS .+\\)"), version);
            assertEquals(Integer.parseInt(version.split("\\.")[0]), md.getDatabaseMajorVersion());
            assertFalse(md.supportsTransactions());
            assertTrue(md.supportsBatchUpdates());
            assertTrue(md.supportsGetGeneratedKeys());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void catalogAndSchemaAreReportedAndNeverChanged(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            String catalog = c.getCatalog();
            String schema = c.getSchema();
            assertEquals(backend == Backend.H2 ? "PUBLIC" : "public", schema);
            try (ResultSet rs = c.getMetaData().getCatalogs()) {
                List<String> catalogs = new ArrayList<>();
                while (rs.next()) {
                    catalogs.add(rs.getString(1));
                }
                assertTrue(catalogs.contains(catalog), catalogs + " should contain " + catalog);
            }
            setup.semoss().hooks().resetCounters();
            c.setCatalog(catalog);
            c.setSchema(schema);
            assertNull(c.getWarnings());
            c.setSchema("other");
            assertTrue(c.getWarnings().getMessage().contains("ignored"));
            assertEquals(schema, c.getSchema());
            assertEquals(catalog, c.getCatalog());
            assertEquals(0, setup.semoss().hooks().executedSql(EmulatorSetup.ENGINE).size(), "no session SQL is sent");
        }
    }

    @Test
    void lenientTransactionsWarnInsteadOfFailing() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect();
             Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE tx_t (id INT)");
            c.setAutoCommit(false);
            assertFalse(c.getAutoCommit());
            assertTrue(c.getWarnings().getMessage().contains("committed one by one"), c.getWarnings().getMessage());
            c.clearWarnings();
            c.rollback();
            assertNull(c.getWarnings(), "a rollback with no writes has nothing to say");
            assertEquals(1, s.executeUpdate("INSERT INTO tx_t VALUES (1)"));
            c.rollback();
            SQLWarning warning = c.getWarnings();
            assertTrue(warning.getMessage().contains("nothing was undone"), warning.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tx_t")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the row stays: SEMOSS committed it");
            }
            c.commit();
            c.setAutoCommit(true);
            assertTrue(c.getAutoCommit());
            c.setTransactionIsolation(c.getTransactionIsolation());
        }
    }

    @Test
    void strictTransactionsThrow() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect("transactions=strict")) {
            assertTrue(c.getAutoCommit());
            assertThrows(SQLFeatureNotSupportedException.class, () -> c.setAutoCommit(false));
            assertThrows(SQLFeatureNotSupportedException.class, c::rollback);
            assertThrows(SQLFeatureNotSupportedException.class, c::commit);
            c.setAutoCommit(true);
        }
    }

    @Test
    void clientInfoIsKept() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connect()) {
            c.setClientInfo("ApplicationName", "billing");
            c.setClientInfo("ClientUser", "ann");
            assertEquals("billing", c.getClientInfo("ApplicationName"));
            assertEquals("ann", c.getClientInfo().getProperty("ClientUser"));
            Properties replacement = new Properties();
            replacement.setProperty("ClientHostname", "box");
            c.setClientInfo(replacement);
            assertNull(c.getClientInfo("ApplicationName"));
            assertEquals("box", c.getClientInfo("ClientHostname"));
        }
    }

    @Test
    void poolCallsSucceed() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2)) {
            try (Connection c = setup.connect()) {
                c.setNetworkTimeout(executor, 5000);
                assertEquals(5000, c.getNetworkTimeout());
                setup.semoss().hooks().resetCounters();
                assertTrue(c.isValid(2));
                assertEquals(1, setup.semoss().hooks().runPixelCount(), "isValid makes one round trip");
                c.setHoldability(ResultSet.CLOSE_CURSORS_AT_COMMIT);
                c.setReadOnly(true);
                assertTrue(c.isReadOnly());
                c.setReadOnly(false);
                assertFalse(c.isReadOnly());
            }
            Connection aborted = setup.connect();
            aborted.abort(executor);
            assertTrue(aborted.isClosed());
            assertFalse(aborted.isValid(1));
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void readOnlyUserStaysReadOnlyWithAWarning() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2); Connection c = setup.connectReader()) {
            assertTrue(c.isReadOnly());
            c.setReadOnly(false);
            assertTrue(c.isReadOnly());
            assertTrue(c.getWarnings().getMessage().contains("READ_ONLY"));
            try (Statement s = c.createStatement()) {
                assertEquals("42501", assertThrows(SQLException.class,
                        () -> s.executeUpdate("CREATE TABLE ro_t (id INT)")).getSQLState());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void privilegesFollowTheSemossPermission(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            String table = backend == Backend.H2 ? "PRIV_T" : "priv_t";
            try (Connection owner = setup.connect(); Statement s = owner.createStatement()) {
                s.executeUpdate("CREATE TABLE priv_t (id INT PRIMARY KEY, name VARCHAR(10))");
                assertEquals(List.of("DELETE", "INSERT", "SELECT", "UPDATE"),
                        tablePrivileges(owner.getMetaData(), table));
                try (ResultSet rs = owner.getMetaData().getColumnPrivileges(null, null, table, "%")) {
                    assertEquals("COLUMN_NAME", rs.getMetaData().getColumnName(4));
                    int rows = 0;
                    while (rs.next()) {
                        assertEquals(table, rs.getString("TABLE_NAME"));
                        assertEquals(EmulatorSetup.ACCESS, rs.getString("GRANTEE"));
                        rows++;
                    }
                    assertEquals(8, rows, "2 columns x 4 privileges");
                }
            }
            try (Connection reader = setup.connectReader()) {
                assertEquals(List.of("SELECT"), tablePrivileges(reader.getMetaData(), table));
            }
        }
    }

    private static List<String> tablePrivileges(DatabaseMetaData md, String table) throws SQLException {
        List<String> privileges = new ArrayList<>();
        try (ResultSet rs = md.getTablePrivileges(null, null, table)) {
            assertEquals(7, rs.getMetaData().getColumnCount());
            while (rs.next()) {
                assertEquals(table, rs.getString("TABLE_NAME"));
                privileges.add(rs.getString("PRIVILEGE"));
            }
        }
        return privileges;
    }
}
