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
     * The dialect a JDBC {@code DatabaseMetaData} describes, for code that holds a connection of any driver (the ORM,
     * the examples). The product name decides ({@code H2}, {@code PostgreSQL}, {@code MariaDB}, {@code MySQL});
     * jdbc:semoss with {@code productName=semoss} answers {@code SEMOSS} and names the engine's backend in the product
     * version ({@code 4.3.0 (POSTGRESQL)}), so an unknown name falls back to the version. Anything else, or nulls, is
     * {@link #GENERIC}.
     */
    public static Dialect fromProduct(String productName, String productVersion) {
        return fromProduct(productName, () -> productVersion);
    }

    /**
     * As {@link #fromProduct(String, String)}, reading the version only when the name does not decide: for jdbc:semoss
     * {@code getDatabaseProductVersion()} costs a query to the backend, which callers should not pay for nothing.
     */
    public static <E extends Exception> Dialect fromProduct(String productName, VersionReader<E> productVersion)
            throws E {
        Dialect named = named(productName);
        if (named == null) {
            named = named(productVersion.read());
        }
        return named == null ? GENERIC : named;
    }

    /** Reads the product version when it is needed, e.g. {@code metaData::getDatabaseProductVersion}. */
    @FunctionalInterface
    public interface VersionReader<E extends Exception> {
        /** The product version text, or null. */
        String read() throws E;
    }

    private static Dialect named(String text) {
        String product = String.valueOf(text).toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return H2;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("maria") || product.contains("mysql")) {
            return MARIADB;
        }
        return null;
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
