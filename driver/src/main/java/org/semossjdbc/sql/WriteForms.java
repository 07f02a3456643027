package org.semossjdbc.sql;

import java.util.List;
import java.util.Optional;

/** Rewrites data-changing SQL into the forms SEMOSS's two paths need. Pure functions. */
public final class WriteForms {
    private WriteForms() {
    }

    /**
     * A statement that returns the number of rows a data-changing statement touched, and persists its change, through
     * the read path: H2 {@code SELECT COUNT(*) FROM FINAL TABLE (...)} / {@code OLD TABLE} for DELETE, PostgreSQL
     * {@code WITH c AS (... RETURNING 1) SELECT COUNT(*) FROM c}, MariaDB {@code INSERT|DELETE|REPLACE ... RETURNING 1}.
     * Empty where the dialect has no such form for this statement (MariaDB UPDATE, DDL, several statements, ...).
     */
    public static Optional<CountingQuery> countingForm(String sql, Classification classification, Dialect dialect) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * An INSERT rewritten to return its generated keys through the read path ({@code RETURNING} or H2
     * {@code FINAL TABLE}); {@code keyColumns} empty means every column. Empty where the dialect cannot.
     */
    public static Optional<String> returningForm(String sql, Classification classification, Dialect dialect,
                                                 List<String> keyColumns) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * SQL for the write path, which runs it as a server-side prepared statement: a {@code ?} outside literals,
     * quoted identifiers and comments would be a parameter marker, so it is escaped for the dialect (PostgreSQL
     * {@code ??}). Throws IllegalArgumentException where the dialect has no escape for it.
     * SQL starting with {@code CREATE} is returned unchanged (the server runs it unprepared).
     */
    public static String forPreparedExecution(String sql, Dialect dialect) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * A counting query and how to read its result.
     *
     * @param sql         the statement to send through the read path
     * @param countColumn true: one row whose first column is the count; false: one row per changed row
     */
    public record CountingQuery(String sql, boolean countColumn) {
    }
}
