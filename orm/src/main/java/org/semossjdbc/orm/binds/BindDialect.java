package org.semossjdbc.orm.binds;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.semossjdbc.sql.Dialect;

/** Chooses the lexer dialect for a connection from its metadata. */
final class BindDialect {
    private BindDialect() {
    }

    /**
     * The product name decides (H2, PostgreSQL, MariaDB or MySQL). jdbc:semoss names itself "SEMOSS" and gives the
     * engine's backend in the product version ({@code 4.3.0 (POSTGRESQL)}), so an unknown product name falls back to
     * the version; anything else is {@link Dialect#GENERIC}, whose lexer knows only standard quoting.
     */
    static Dialect of(DatabaseMetaData metaData) throws SQLException {
        return of(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion());
    }

    /** The decision on the two metadata texts, kept apart from JDBC so it can be tested line by line. */
    static Dialect of(String productName, String productVersion) {
        Dialect named = fromText(productName);
        if (named == null) {
            named = fromText(productVersion);
        }
        return named == null ? Dialect.GENERIC : named;
    }

    private static Dialect fromText(String text) {
        String product = String.valueOf(text).toLowerCase(Locale.ROOT);
        if (product.contains("h2")) {
            return Dialect.H2;
        }
        if (product.contains("postgres")) {
            return Dialect.POSTGRESQL;
        }
        if (product.contains("maria") || product.contains("mysql")) {
            return Dialect.MARIADB;
        }
        return null;
    }
}
