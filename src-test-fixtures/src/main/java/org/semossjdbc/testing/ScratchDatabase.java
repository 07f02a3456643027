package org.semossjdbc.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A throw-away database on one backend, created fresh and dropped on {@link #close()}, because the PostgreSQL
 * and MariaDB services keep their state between test runs.
 *
 * <p>PostgreSQL and MariaDB come from the system properties {@code semoss.test.postgres.url} and
 * {@code semoss.test.mariadb.url} (set by the Maven profile {@code services}); H2 is always available.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** The database products the emulator can put behind an engine. */
    public enum Backend {
        H2, POSTGRES, MARIADB;

        /** The system property naming this backend's administrative JDBC URL; null for H2. */
        public String property() {
            return switch (this) {
                case H2 -> null;
                case POSTGRES -> "semoss.test.postgres.url";
                case MARIADB -> "semoss.test.mariadb.url";
            };
        }

        /** Whether tests can use this backend in this run (H2 always; the others when their property is set). */
        public boolean isAvailable() {
            return this == H2 || !System.getProperty(property(), "").isBlank();
        }
    }

    private final Backend backend;
    private final String name;
    private final String jdbcUrl;
    private final String adminUrl;

    private ScratchDatabase(Backend backend, String name, String jdbcUrl, String adminUrl) {
        this.backend = backend;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.adminUrl = adminUrl;
    }

    /**
     * Creates a new, empty database. Throws {@link IllegalStateException} when the backend is not configured:
     * callers check {@link Backend#isAvailable()} first and skip or fail as their suite requires.
     */
    public static ScratchDatabase create(Backend backend) {
        String name = "semoss_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (backend == Backend.H2) {
            return new ScratchDatabase(backend, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null);
        }
        if (!backend.isAvailable()) {
            throw new IllegalStateException(backend + " is not configured: set -D" + backend.property()
                    + " or run Maven with -Pservices");
        }
        String adminUrl = System.getProperty(backend.property());
        execute(adminUrl, "CREATE DATABASE " + name);
        return new ScratchDatabase(backend, name, withDatabase(adminUrl, name), adminUrl);
    }

    /** Replaces the database part of {@code jdbc:<product>://host:port/<database>?params}. */
    static String withDatabase(String adminUrl, String database) {
        int hosts = adminUrl.indexOf("//");
        int slash = adminUrl.indexOf('/', hosts + 2);
        int query = adminUrl.indexOf('?', slash);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return adminUrl.substring(0, slash + 1) + database + params;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + url + ": " + e.getMessage(), e);
        }
    }

    /** The backend this database lives on. */
    public Backend backend() {
        return backend;
    }

    /** The database's name (lower case, unique per run). */
    public String name() {
        return name;
    }

    /** A JDBC URL that connects straight to this database (with the admin URL's user and options). */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Opens a direct JDBC connection to this database (not through SEMOSS). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Drops the database (PostgreSQL and MariaDB) or shuts it down (H2). */
    @Override
    public void close() {
        if (backend == Backend.H2) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl);
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException ignored) {
                // already gone
            }
            return;
        }
        String drop = backend == Backend.POSTGRES
                ? "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"
                : "DROP DATABASE IF EXISTS " + name;
        execute(adminUrl, drop);
    }

    @Override
    public String toString() {
        return backend.name().toLowerCase(Locale.ROOT) + ":" + name;
    }
}
