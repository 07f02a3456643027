package org.semossjdbc.sql;

import java.util.Locale;

/**
 * The SQL dialect of the database behind a SEMOSS engine; it decides literal syntax, escaping, counting forms and
 * catalog queries. Learned from the engine's {@code database_subtype} and overridable by a connection property.
 */
public enum Dialect {
    H2, POSTGRESQL, MARIADB, GENERIC;

    /**
     * Maps a SEMOSS {@code RdbmsTypeEnum} label ({@code H2_DB}, {@code POSTGRES}, {@code MARIA_DB}, {@code MYSQL}, ...);
     * unknown or null labels give {@link #GENERIC}.
     */
    public static Dialect fromEngineSubtype(String subtype) {
        if (subtype == null) {
            return GENERIC;
        }
        String s = subtype.trim().toUpperCase(Locale.ROOT);
        if (s.startsWith("H2")) {
            return H2;
        }
        if (s.startsWith("POSTGRES")) {
            return POSTGRESQL;
        }
        if (s.startsWith("MARIA") || s.equals("MYSQL")) {
            return MARIADB;
        }
        return GENERIC;
    }

    /**
     * Parses a property value: {@code h2}, {@code postgresql} (or {@code postgres}), {@code mariadb} (or {@code mysql}), {@code generic},
     * ignoring case; anything else throws IllegalArgumentException.
     */
    public static Dialect fromName(String name) {
        String s = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "h2" -> H2;
            case "postgresql", "postgres" -> POSTGRESQL;
            case "mariadb", "mysql" -> MARIADB;
            case "generic" -> GENERIC;
            default -> throw new IllegalArgumentException("Unknown SQL dialect '" + name
                    + "'; expected h2, postgresql, mariadb or generic");
        };
    }
}
