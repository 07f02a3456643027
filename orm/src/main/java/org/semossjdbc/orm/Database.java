package org.semossjdbc.orm;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The configured data source and its dialect. Every operation borrows one connection and returns it, so the ORM
 * holds no connection between calls and works the same over a pool or the plain driver. Thread-safe: the dialect
 * is detected once and published through a volatile field (detecting twice is harmless).
 */
final class Database {

    /** One unit of JDBC work on a borrowed connection. */
    interface Work<R> {
        R run(Connection connection, SqlDialect dialect) throws SQLException;
    }

    private final DataSource dataSource;
    private volatile SqlDialect dialect;
    private volatile boolean updateCountsMissing;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Whether an UPDATE on this data source has answered SUCCESS_NO_INFO (SEMOSS over MariaDB does). */
    boolean updateCountsMissing() {
        return updateCountsMissing;
    }

    void noteUpdateCountsMissing() {
        updateCountsMissing = true;
    }

    /** Runs {@code work} on a borrowed connection; a SQLException becomes a SemossOrmException naming {@code what}. */
    <R> R run(String what, Work<R> work) {
        try (Connection connection = dataSource.getConnection()) {
            SqlDialect known = dialect;
            if (known == null) {
                known = SqlDialect.detect(connection.getMetaData());
                dialect = known;
            }
            return work.run(connection, known);
        } catch (SQLException e) {
            throw new SemossOrmException(what + " failed: " + e.getMessage(), e);
        }
    }
}
