package org.semossjdbc.orm;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import org.semossjdbc.sql.Dialect;

/**
 * What the ORM's SQL needs to know about the database: identifier quoting and case folding, and the lossless
 * textual forms it selects exact values in. Detected once per data source from the connection's metadata.
 */
enum SqlDialect {
    H2('"', Case.UPPER),
    POSTGRESQL('"', Case.LOWER),
    MARIADB('`', Case.AS_WRITTEN),
    /** ANSI SQL for anything else: double quotes, names kept as written. */
    GENERIC('"', Case.AS_WRITTEN);

    private enum Case { UPPER, LOWER, AS_WRITTEN }

    private final char quote;
    private final Case folding;

    SqlDialect(char quote, Case folding) {
        this.quote = quote;
        this.folding = folding;
    }

    /**
     * The dialect {@link Dialect#fromProduct} reads from the product name and version (jdbc:semoss may name the
     * engine's backend in the version); for a product it does not know, the quote string.
     */
    static SqlDialect detect(DatabaseMetaData metaData) throws SQLException {
        return switch (Dialect.fromProduct(metaData.getDatabaseProductName(), metaData::getDatabaseProductVersion)) {
            case H2 -> H2;
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
            case GENERIC -> "`".equals(metaData.getIdentifierQuoteString()) ? MARIADB : GENERIC;
        };
    }

    /**
     * Quotes a name already checked against a model's metadata. Names are folded the way the database folds unquoted
     * identifiers, so a table created with plain DDL is found; the quotes only make sure no name can alter the SQL.
     */
    String quote(String name) {
        String folded = fold(name);
        String doubled = folded.replace(String.valueOf(quote), String.valueOf(quote) + quote);
        return quote + doubled + quote;
    }

    /** The name as the database stores an unquoted identifier (for generated-key column names). */
    String fold(String name) {
        return switch (folding) {
            case UPPER -> name.toUpperCase(Locale.ROOT);
            case LOWER -> name.toLowerCase(Locale.ROOT);
            case AS_WRITTEN -> name;
        };
    }

    /** The column as exact text: SEMOSS reads DECIMAL as a double and drops fractional seconds, text survives. */
    String asText(String quotedColumn) {
        return switch (this) {
            case POSTGRESQL -> "CAST(" + quotedColumn + " AS TEXT)";
            case MARIADB -> "CAST(" + quotedColumn + " AS CHAR)";
            case H2, GENERIC -> "CAST(" + quotedColumn + " AS VARCHAR)";
        };
    }

    /** The column's bytes as hexadecimal text: SEMOSS decodes binary values as UTF-8, which loses bytes. */
    String asHex(String quotedColumn) {
        return switch (this) {
            case H2 -> "RAWTOHEX(" + quotedColumn + ")";
            case POSTGRESQL -> "encode(" + quotedColumn + ", 'hex')";
            case MARIADB -> "HEX(" + quotedColumn + ")";
            case GENERIC -> quotedColumn;
        };
    }

    /** Whether {@link #asHex} really produced hex (GENERIC reads the bytes as they come). */
    boolean readsBytesAsHex() {
        return this != GENERIC;
    }

    /**
     * Appends the row-limiting clause for a limit and/or offset (either may be null) and the values its {@code ?}s
     * take, in order. MariaDB needs a LIMIT before an OFFSET, so an offset alone gets MariaDB's documented "all rows"
     * limit; H2 and PostgreSQL take a bare OFFSET.
     */
    void appendLimitOffset(StringBuilder sql, Long limit, Long offset, java.util.List<Long> values) {
        if (this == GENERIC) {
            sql.append(" OFFSET ? ROWS");
            values.add(offset == null ? 0 : offset);
            if (limit != null) {
                sql.append(" FETCH NEXT ? ROWS ONLY");
                values.add(limit);
            }
            return;
        }
        if (limit != null) {
            sql.append(" LIMIT ?");
            values.add(limit);
        } else if (this == MARIADB && offset != null) {
            sql.append(" LIMIT 18446744073709551615");
        }
        if (offset != null) {
            sql.append(" OFFSET ?");
            values.add(offset);
        }
    }
}
