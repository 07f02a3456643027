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

    /** Work that is told whether it runs inside a transaction that a failure will roll back. */
    interface AtomicWork<R> {
        R run(Connection connection, SqlDialect dialect, boolean atomic) throws SQLException;
    }

    private final DataSource dataSource;
    private volatile SqlDialect dialect;
    private volatile boolean updateCountsMissing;
    private volatile boolean batchReturnsKeys;

    Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /**
     * Whether {@code getGeneratedKeys()} after {@code executeBatch()} returns one key row per batched INSERT. JDBC
     * leaves this to the implementation, so it is trusted only for drivers known to do it (H2, PostgreSQL,
     * MariaDB/MySQL, and semoss-jdbc where its engine's dialect has a RETURNING form, which its
     * {@code supportsGetGeneratedKeys()} reports); with others, rows that need a database-generated key are inserted
     * one statement at a time, never leaving rows written with unknown ids.
     */
    boolean batchReturnsKeys() {
        return batchReturnsKeys;
    }

    static boolean batchReturnsKeys(String driverName, boolean supportsGeneratedKeys) {
        String name = String.valueOf(driverName).toLowerCase(java.util.Locale.ROOT);
        return name.contains("h2") || name.contains("postgresql") || name.contains("mariadb")
                || name.contains("mysql") || name.contains("semoss") && supportsGeneratedKeys;
    }

    /** Whether an UPDATE on this data source has answered SUCCESS_NO_INFO (updateCounts=audited, unverified users). */
    boolean updateCountsMissing() {
        return updateCountsMissing;
    }

    void noteUpdateCountsMissing() {
        updateCountsMissing = true;
    }

    /** Runs {@code work} on a borrowed connection; a SQLException becomes a SemossOrmException naming {@code what}. */
    <R> R run(String what, Work<R> work) {
        return runAtomically(what, false, (connection, dialect, atomic) -> work.run(connection, dialect));
    }

    /**
     * Runs {@code work} in one transaction when the connection supports transactions and is in auto-commit mode
     * (direct JDBC, pools); any exception rolls it back. Through SEMOSS, which has no transactions across requests,
     * the work runs statement by statement and {@code atomic} is false.
     */
    <R> R runInTransaction(String what, AtomicWork<R> work) {
        return runAtomically(what, true, work);
    }

    private <R> R runAtomically(String what, boolean wantTransaction, AtomicWork<R> work) {
        try (Connection connection = dataSource.getConnection()) {
            SqlDialect known = dialect;
            if (known == null) {
                batchReturnsKeys = batchReturnsKeys(connection.getMetaData().getDriverName(),
                        connection.getMetaData().supportsGetGeneratedKeys());
                known = SqlDialect.detect(connection.getMetaData());
                dialect = known; // volatile write after batchReturnsKeys: readers of dialect see both
            }
            boolean atomic = wantTransaction && connection.getMetaData().supportsTransactions()
                    && connection.getAutoCommit();
            if (!atomic) {
                return work.run(connection, known, false);
            }
            connection.setAutoCommit(false);
            try {
                R result = work.run(connection, known, true);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // Pools hand the connection to the next borrower as we leave it.
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new SemossOrmException(what + " failed: " + e.getMessage(), e);
        }
    }
}
