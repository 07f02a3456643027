package org.semossjdbc.orm;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The ORM's configuration entry point: call one {@code configure} method once at start-up, before any model is
 * used.
 *
 * <pre>{@code
 * SemossOrm.configure("jdbc:semoss:https://host/Monolith/api?database=sales", accessKey, secretKey);
 * // or, with a pool:  SemossOrm.configure(hikariDataSource);
 * }</pre>
 *
 * <p>Each ORM operation borrows one connection from the data source and returns it before the call ends, so the
 * data source may be shared with the rest of the application. Configuring again replaces the data source for all
 * later operations (tests do this); it is published safely to all threads.
 */
public final class SemossOrm {

    private static volatile Database database;

    private SemossOrm() {
    }

    /** Uses {@code dataSource} (the driver's own, or a pool over it) for every model. */
    public static void configure(DataSource dataSource) {
        database = new Database(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * Connects through {@link DriverManager} with a JDBC URL (usually {@code jdbc:semoss:...}) and credentials; each
     * operation opens a connection and closes it. Prefer a pooled {@link DataSource} for many small operations.
     */
    public static void configure(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        configure(new DriverManagerDataSource(jdbcUrl, user, password));
    }

    /** The configured data source; IllegalStateException before {@code configure}. */
    public static DataSource dataSource() {
        return database().dataSource();
    }

    static Database database() {
        Database current = database;
        if (current == null) {
            throw new IllegalStateException("SemossOrm.configure(...) has not been called");
        }
        return current;
    }

    /** A minimal DataSource over DriverManager; the password never appears in toString or messages. */
    private record DriverManagerDataSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String username, String pass) throws SQLException {
            return DriverManager.getConnection(url, username, pass);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // DriverManager has its own log writer; nothing to keep here.
        }

        @Override
        public void setLoginTimeout(int seconds) {
            DriverManager.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return DriverManager.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no parent logger");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            if (iface.isInstance(this)) {
                return iface.cast(this);
            }
            throw new SQLException("Not a wrapper for " + iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return iface.isInstance(this);
        }

        @Override
        public String toString() {
            return "DriverManagerDataSource[" + url + ", user=" + user + "]";
        }
    }
}
