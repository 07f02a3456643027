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
final class EmulatorSetup implements AutoCloseable {
    static final String ENGINE = "demo";
    static final String ACCESS = "ACCESS-KEY";
    static final String SECRET = "SECRET-KEY-1";
    static final String READER_ACCESS = "READER-KEY";
    static final String READER_SECRET = "READER-SECRET";

    final ScratchDatabase database;
    final SemossEmulator semoss;

    private EmulatorSetup(ScratchDatabase database, SemossEmulator semoss) {
        this.database = database;
        this.semoss = semoss;
    }

    static EmulatorSetup start(ScratchDatabase.Backend backend) {
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

    String url() {
        return semoss.jdbcUrl(ENGINE);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), ACCESS, SECRET);
    }

    Connection connect(String extraQuery) throws SQLException {
        return DriverManager.getConnection(url() + "&" + extraQuery, ACCESS, SECRET);
    }

    Connection connect(Properties properties) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", ACCESS);
        p.setProperty("password", SECRET);
        p.putAll(properties);
        return DriverManager.getConnection(url(), p);
    }

    Connection connectReader() throws SQLException {
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
