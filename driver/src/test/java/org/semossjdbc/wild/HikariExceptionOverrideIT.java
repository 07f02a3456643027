package org.semossjdbc.wild;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.pool.HikariExceptionOverride;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HikariCP evicts a connection on SQLState 0A000 unless an override says otherwise: with
 * {@link HikariExceptionOverride}, a one-connection pool keeps the same physical connection after every call the
 * driver still refuses as unsupported, and the connection keeps working.
 */
class HikariExceptionOverrideIT {

    private interface Call {
        void run(Connection c) throws SQLException;
    }

    private static Map<String, Call> unsupportedCalls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("setSavepoint()", Connection::setSavepoint);
        calls.put("setSavepoint(name)", c -> c.setSavepoint("before"));
        calls.put("updatable result set", c -> c.createStatement(ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_UPDATABLE));
        calls.put("updateString on a result", c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 AS one")) {
                rs.next();
                rs.updateString(1, "x");
            }
        });
        calls.put("OUT parameter", c -> {
            try (CallableStatement call = c.prepareCall("{call some_proc(?, ?)}")) {
                call.registerOutParameter(2, Types.INTEGER);
            }
        });
        calls.put("named parameter", c -> {
            try (CallableStatement call = c.prepareCall("{call some_proc(?)}")) {
                call.setInt("id", 1);
            }
        });
        calls.put("createArrayOf", c -> c.createArrayOf("INTEGER", new Object[] {1}));
        calls.put("createStruct", c -> c.createStruct("T", new Object[0]));
        calls.put("setArray", c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT ?")) {
                p.setArray(1, null);
            }
        });
        return calls;
    }

    private static HikariDataSource pool(EmulatorSetup setup, String transactions) {
        HikariConfig config = new HikariConfig();
        config.setDataSourceClassName("org.semossjdbc.jdbc.SemossDataSource");
        config.addDataSourceProperty("url", setup.url() + "&transactions=" + transactions);
        config.addDataSourceProperty("user", EmulatorSetup.ACCESS);
        config.addDataSourceProperty("password", EmulatorSetup.SECRET);
        config.setExceptionOverrideClassName(HikariExceptionOverride.class.getName());
        config.setMaximumPoolSize(1);
        config.setPoolName("semoss-override-" + transactions);
        return new HikariDataSource(config);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aPoolKeepsItsConnectionAfterEveryUnsupportedCall(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); HikariDataSource pool = pool(setup, "lenient")) {
            Connection physical;
            try (Connection c = pool.getConnection()) {
                physical = c.unwrap(Connection.class);
            }
            for (Map.Entry<String, Call> call : unsupportedCalls().entrySet()) {
                try (Connection c = pool.getConnection()) {
                    SQLException e = assertThrows(SQLException.class, () -> call.getValue().run(c), call.getKey());
                    assertEquals("0A000", e.getSQLState(), call.getKey() + ": " + e.getMessage());
                }
                try (Connection c = pool.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT 2 AS two")) {
                    assertSame(physical, c.unwrap(Connection.class), "still the same connection after " + call.getKey());
                    assertTrue(rs.next());
                    assertEquals(2, rs.getInt(1));
                }
            }
            assertEquals(1, pool.getHikariPoolMXBean().getTotalConnections());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void strictTransactionsRefuseAutoCommitOffWithoutLosingTheConnection(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); HikariDataSource pool = pool(setup, "strict")) {
            Connection physical;
            try (Connection c = pool.getConnection()) {
                physical = c.unwrap(Connection.class);
                SQLException e = assertThrows(SQLException.class, () -> c.setAutoCommit(false));
                assertEquals("0A000", e.getSQLState());
            }
            try (Connection c = pool.getConnection()) {
                assertSame(physical, c.unwrap(Connection.class));
                assertTrue(c.getAutoCommit());
                assertTrue(c.isValid(2));
            }
            assertEquals(1, pool.getHikariPoolMXBean().getTotalConnections());
        }
    }
}
