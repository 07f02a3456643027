package org.semossjdbc.sql.catalog;

import java.util.List;
import java.util.Objects;

/**
 * How to answer one {@link java.sql.DatabaseMetaData} call: either SQL to run through SEMOSS's read path
 * ({@code Database|Query|Collect(-1)}) or rows known without asking the server (static type lists, or an empty
 * answer such as MariaDB's {@code getSchemas}).
 *
 * @param shape the result's columns
 * @param sql   the SELECT to run, whose columns are exactly {@code shape}'s in order; null when {@code rows} is the answer
 * @param rows  when {@code sql} is null: the complete, already converted rows (values of
 *              {@link MetadataColumn#javaClass()}); empty otherwise
 */
public record MetadataQuery(ResultShape shape, String sql, List<List<Object>> rows) {

    /** Checks that exactly one of SQL and rows carries the answer. */
    public MetadataQuery {
        Objects.requireNonNull(shape, "shape");
        rows = rows == null ? List.of() : List.copyOf(rows);
        if (sql != null && !rows.isEmpty()) {
            throw new IllegalArgumentException("a metadata answer is either SQL or rows, not both");
        }
    }

    /** An answer the server must give: run {@code sql}, then convert each row with {@link ResultShape#convertRow}. */
    public static MetadataQuery sql(ResultShape shape, String sql) {
        return new MetadataQuery(shape, Objects.requireNonNull(sql, "sql"), List.of());
    }

    /** An answer known locally (possibly no rows). */
    public static MetadataQuery rows(ResultShape shape, List<List<Object>> rows) {
        return new MetadataQuery(shape, null, rows);
    }

    /** Whether {@link #sql()} must be run on the server; otherwise {@link #rows()} is the whole answer. */
    public boolean needsServer() {
        return sql != null;
    }
}
