package org.semossjdbc.it;

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
public final class EmulatorSetup extends EmulatedSemoss {
    public static final String ENGINE = "demo";
    public static final String ACCESS = "ACCESS-KEY";
    public static final String SECRET = "SECRET-KEY-1";
    public static final String READER_ACCESS = "READER-KEY";
    public static final String READER_SECRET = "READER-SECRET";

    private EmulatorSetup(ScratchDatabase.Backend backend) {
        super(EmulatedSemoss.on(backend).engine(ENGINE)
                .accessKeyUser("alice", ACCESS, SECRET, SemossEmulator.Permission.OWNER)
                .accessKeyUser("reader", READER_ACCESS, READER_SECRET, SemossEmulator.Permission.READ_ONLY)
                .nativeUser("bob", "bob-password", SemossEmulator.Permission.EDIT)
                .bearerUser("carol", "carol-token", "generic", SemossEmulator.Permission.OWNER));
    }

    /** For {@code @RegisterExtension}: JUnit starts and stops it (static field: per class; instance: per test). */
    public static EmulatorSetup extension(ScratchDatabase.Backend backend) {
        return new EmulatorSetup(backend);
    }

    /** Started now, for a test that owns it (try-with-resources); skips when the backend is not configured. */
    public static EmulatorSetup start(ScratchDatabase.Backend backend) {
        EmulatorSetup setup = new EmulatorSetup(backend);
        setup.start();
        return setup;
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
        return connect(url(), ACCESS, SECRET, properties);
    }

    public Connection connectReader() throws SQLException {
        return DriverManager.getConnection(url(), READER_ACCESS, READER_SECRET);
    }

    /**
     * Hides the engine from alice's own catalog ({@code setEngineVisibility}): {@code MyEngines} leaves it out, so her
     * connections cannot verify her permission, while {@code Database(...)} still accepts it.
     */
    public void hideEngineFromOwner() {
        String basic = java.util.Base64.getEncoder().encodeToString((ACCESS + ":" + SECRET)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(semoss().apiBaseUrl() + "/auth/engine/setEngineVisibility"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "engineId=" + semoss().engineId(ENGINE) + "&visibility=false")).build();
        try {
            int status = java.net.http.HttpClient.newHttpClient()
                    .send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException("setEngineVisibility answered " + status);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The {@code dialect} property value naming this setup's backend. */
    public String dialectProperty() {
        return switch (backend()) {
            case H2 -> "h2";
            case POSTGRES -> "postgresql";
            case MARIADB -> "mariadb";
        };
    }
}
