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

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), ACCESS, SECRET);
    }

    public Connection connect(String extraQuery) throws SQLException {
        return DriverManager.getConnection(url() + "&" + extraQuery, ACCESS, SECRET);
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

    /**
     * Hides the engine from alice's own catalog ({@code setEngineVisibility}): {@code MyEngines} leaves it out, so her
     * connections cannot verify her permission, while {@code Database(...)} still accepts it.
     */
    public void hideEngineFromOwner() {
        String basic = java.util.Base64.getEncoder().encodeToString((ACCESS + ":" + SECRET)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(semoss.apiBaseUrl() + "/auth/engine/setEngineVisibility"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "engineId=" + semoss.engineId(ENGINE) + "&visibility=false")).build();
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
        return switch (database.backend()) {
            case H2 -> "h2";
            case POSTGRES -> "postgresql";
            case MARIADB -> "mariadb";
        };
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
