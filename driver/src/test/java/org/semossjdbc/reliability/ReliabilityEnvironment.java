package org.semossjdbc.reliability;

import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One SEMOSS emulator over one scratch database, with an owner whose secrets the secrets tests look for, and a direct
 * JDBC line to the backend so that tests count rows where they really are (not through the driver under test).
 * PostgreSQL and MariaDB are skipped visibly (JUnit assumption) unless the {@code services} profile configures them.
 */
final class ReliabilityEnvironment implements AutoCloseable {
    static final String ENGINE = "reliability";
    static final String ACCESS_KEY = "rel-access-7f3c";
    /** Distinctive, so that a leak is found by a plain substring search. */
    static final String SECRET_KEY = "S3cr3t-K3y-9q7Zx2";
    static final String NATIVE_USER = "reluser";
    static final String NATIVE_PASSWORD = "Pa55-w0rd-Q8vB1m";
    static final String BEARER_TOKEN = "b3arer-T0ken-Vw5Lk0";

    final ScratchDatabase database;
    final SemossEmulator semoss;

    private ReliabilityEnvironment(ScratchDatabase database, SemossEmulator semoss) {
        this.database = database;
        this.semoss = semoss;
    }

    static ReliabilityEnvironment start(ScratchDatabase.Backend backend) {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        ScratchDatabase database = ScratchDatabase.create(backend);
        try {
            SemossEmulator semoss = SemossEmulator.builder()
                    .engine(ENGINE, database.jdbcUrl())
                    .accessKeyUser("owner", ACCESS_KEY, SECRET_KEY, SemossEmulator.Permission.OWNER)
                    .nativeUser(NATIVE_USER, NATIVE_PASSWORD, SemossEmulator.Permission.EDIT)
                    .bearerUser("tokenuser", BEARER_TOKEN, "generic", SemossEmulator.Permission.OWNER)
                    .start();
            return new ReliabilityEnvironment(database, semoss);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    EmulatorHooks hooks() {
        return semoss.hooks();
    }

    /** The driver URL straight to the emulator. */
    String url() {
        return semoss.jdbcUrl(ENGINE);
    }

    /** The driver URL for the same engine behind another base URL (a proxy in front of the emulator). */
    String urlVia(String apiBaseUrl) {
        return "jdbc:semoss:" + apiBaseUrl + "?database=" + semoss.engineId(ENGINE);
    }

    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, ACCESS_KEY, SECRET_KEY);
    }

    Connection connect(String url, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", ACCESS_KEY);
        properties.setProperty("password", SECRET_KEY);
        properties.putAll(extra);
        return DriverManager.getConnection(url, properties);
    }

    /** Runs SQL on the backend directly, bypassing SEMOSS and the driver. */
    void direct(String sql) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Counts rows on the backend directly. */
    long count(String sqlCount) throws SQLException {
        try (Connection c = database.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sqlCount)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            semoss.close();
        } finally {
            database.close();
        }
    }
}
