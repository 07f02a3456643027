package org.semossjdbc.sql;

/**
 * The SQL dialect of the database behind a SEMOSS engine; it decides literal syntax, escaping, counting forms and
 * catalog queries. Learned from the engine's {@code database_subtype} and overridable by a connection property.
 */
public enum Dialect {
    H2, POSTGRESQL, MARIADB, GENERIC;

    /** Maps a SEMOSS {@code RdbmsTypeEnum} label ({@code H2_DB}, {@code POSTGRES}, {@code MARIA_DB}, {@code MYSQL}, ...). */
    public static Dialect fromEngineSubtype(String subtype) {
        throw new UnsupportedOperationException("stub");
    }

    /** Parses a property value: {@code h2}, {@code postgresql} (or {@code postgres}), {@code mariadb} (or {@code mysql}), {@code generic}. */
    public static Dialect fromName(String name) {
        throw new UnsupportedOperationException("stub");
    }
}
