package org.semossjdbc.jdbc;

import org.semossjdbc.sql.Dialect;

import java.util.Optional;

/**
 * What the engine's own database says about itself, learned once per connection by one cheap read: its version, and
 * the catalog and schema statements run in. Answers {@code getDatabaseProductVersion()}, {@code getCatalog()} and
 * {@code getSchema()}; the driver never changes them (the engine's database connection is shared by every SEMOSS user).
 *
 * @param version the backend's version text, e.g. {@code 1.4.200 (2019-10-14)} or {@code 15.4}
 * @param catalog the current catalog (database), or null
 * @param schema  the current schema, or null where the backend has none (MariaDB)
 */
record BackendSession(String version, String catalog, String schema) {

    /** Nothing known: the generic dialect, whose functions are unknown. */
    static final BackendSession UNKNOWN = new BackendSession(null, null, null);

    /** The query that answers all three in one row, or empty for the generic dialect. */
    static Optional<String> query(Dialect dialect) {
        return switch (dialect) {
            case H2 -> Optional.of("SELECT H2VERSION() AS V, DATABASE() AS C, SCHEMA() AS S");
            case POSTGRESQL -> Optional.of("SELECT current_setting('server_version') AS v, current_database() AS c, "
                    + "current_schema() AS s");
            case MARIADB -> Optional.of("SELECT VERSION() AS v, DATABASE() AS c, CAST(NULL AS CHAR) AS s");
            default -> Optional.empty();
        };
    }

    /** Reads the row {@link #query} returned; a missing row or value stays unknown. */
    static BackendSession fromRow(Object[] row) {
        if (row == null) {
            return UNKNOWN;
        }
        return new BackendSession(text(row, 0), text(row, 1), text(row, 2));
    }

    private static String text(Object[] row, int index) {
        return row.length > index && row[index] != null ? String.valueOf(row[index]) : null;
    }
}
