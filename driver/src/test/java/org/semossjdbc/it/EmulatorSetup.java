package org.semossjdbc.it;

import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * One emulator over one scratch database, with the users the integration tests need. PostgreSQL and MariaDB are
 * skipped visibly (JUnit assumption) unless the {@code services} profile configures them.
 */
public final class EmulatorSetup implements AutoCloseable {
    public static final String ENGINE = "demo";
    public static final String ACCESS = "ACCESS-KEY";
    public static final String SECRET = "SECRET-KEY-1";
    public static final String READER_ACCESS = "READER-KEY";
    public static final String READER_SECRET = "READER-SECRET";

    public final ScratchDatabase database;
    public final SemossEmulator semoss;

    private EmulatorSetup(ScratchDatabase database, SemossEmulator semoss) {
        this.database = database;
        this.semoss = semoss;
    }

    public static EmulatorSetup start(ScratchDatabase.Backend backend) {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        ScratchDatabase database = ScratchDatabase.create(backend);
        try {
            SemossEmulator semoss = SemossEmulator.builder()
                    .engine(ENGINE, database.jdbcUrl())
                    .accessKeyUser("alice", ACCESS, SECRET, SemossEmulator.Permission.OWNER)
                    .accessKeyUser("reader", READER_ACCESS, READER_SECRET, SemossEmulator.Permission.READ_ONLY)
                    .nativeUser("bob", "bob-password", SemossEmulator.Permission.EDIT)
                    .bearerUser("carol", "carol-token", "generic", SemossEmulator.Permission.OWNER)
                    .start();
            return new EmulatorSetup(database, semoss);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    public String url() {
        return semoss.jdbcUrl(ENGINE);
    }

    /**
     * The read mode every connection of the run uses unless a test sets its own: the {@code plain-reads} surefire
     * execution runs the type, value and read tests again with {@code -Dsemoss.test.readMode=plain}.
     */
    private static final String READ_MODE = System.getProperty("semoss.test.readMode");

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(withReadMode(url()), ACCESS, SECRET);
    }

    public Connection connect(String extraQuery) throws SQLException {
        return DriverManager.getConnection(withReadMode(url() + "&" + extraQuery), ACCESS, SECRET);
    }

    private static String withReadMode(String url) {
        return READ_MODE == null || url.contains("readMode=") ? url : url + "&readMode=" + READ_MODE;
    }

    public Connection connect(Properties properties) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ACCESS);
        p.setProperty("password", SECRET);
        p.putAll(properties);
        return DriverManager.getConnection(url(), p);
    }

    public Connection connectReader() throws SQLException {
        return DriverManager.getConnection(url(), READER_ACCESS, READER_SECRET);
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
