package org.semossjdbc.it;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The users and conveniences of the integration tests over one {@link EmulatedSemoss} (one engine on a scratch
 * database); PostgreSQL and MariaDB are skipped visibly unless the {@code services} profile configures them.
 */
public final class EmulatorSetup implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, AutoCloseable {
    public static final String ENGINE = "demo";
    public static final String ACCESS = "ACCESS-KEY";
    public static final String SECRET = "SECRET-KEY-1";
    public static final String READER_ACCESS = "READER-KEY";
    public static final String READER_SECRET = "READER-SECRET";

    private final EmulatedSemoss emulated;

    private EmulatorSetup(EmulatedSemoss emulated) {
        this.emulated = emulated;
    }

    /** For {@code @RegisterExtension}: JUnit starts and stops it (static field: per class; instance: per test). */
    public static EmulatorSetup extension(ScratchDatabase.Backend backend) {
        return new EmulatorSetup(engineAndUsers(backend).build());
    }

    /** Started now, for a test that owns it (try-with-resources); skips when the backend is not configured. */
    public static EmulatorSetup start(ScratchDatabase.Backend backend) {
        return new EmulatorSetup(engineAndUsers(backend).start());
    }

    private static EmulatedSemoss.Builder engineAndUsers(ScratchDatabase.Backend backend) {
        return EmulatedSemoss.on(backend).engine(ENGINE)
                .accessKeyUser("alice", ACCESS, SECRET, SemossEmulator.Permission.OWNER)
                .accessKeyUser("reader", READER_ACCESS, READER_SECRET, SemossEmulator.Permission.READ_ONLY)
                .nativeUser("bob", "bob-password", SemossEmulator.Permission.EDIT)
                .bearerUser("carol", "carol-token", "generic", SemossEmulator.Permission.OWNER);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        emulated.beforeAll(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        emulated.afterAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        emulated.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        emulated.afterEach(context);
    }

    /** The running emulator. */
    public SemossEmulator semoss() {
        return emulated.semoss();
    }

    /** The scratch database behind the engine. */
    public ScratchDatabase database() {
        return emulated.database();
    }

    public String url() {
        return semoss().jdbcUrl(ENGINE);
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), ACCESS, SECRET);
    }

    public Connection connect(String extraQuery) throws SQLException {
        return DriverManager.getConnection(url() + "&" + extraQuery, ACCESS, SECRET);
    }

    public Connection connect(Properties properties) throws SQLException {
        return EmulatedSemoss.connect(url(), ACCESS, SECRET, properties);
    }

    public Connection connectReader() throws SQLException {
        return DriverManager.getConnection(url(), READER_ACCESS, READER_SECRET);
    }

    @Override
    public void close() {
        emulated.close();
    }
}
