package org.semossjdbc.orm;

import java.sql.SQLException;

/**
 * A database operation of the ORM failed. Unchecked, because an active record's callers rarely can recover from
 * a failed statement locally; the JDBC cause (with its SQLState) is kept for those who can.
 */
public class SemossOrmException extends RuntimeException {

    /** An error detected by the ORM itself, with no JDBC cause. */
    public SemossOrmException(String message) {
        super(message);
    }

    /** An error raised by the JDBC driver while running {@code sql}. */
    public SemossOrmException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The SQLState of the JDBC cause, or null when there is none. */
    public String sqlState() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
