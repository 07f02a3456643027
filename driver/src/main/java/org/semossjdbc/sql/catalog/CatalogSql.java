package org.semossjdbc.sql.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One backend's catalog SQL: each method gives a SELECT whose columns carry exactly the labels of the matching
 * {@link ResultShape}, in order, before any filtering. {@link CatalogQueries} wraps it as
 * {@code SELECT * FROM (<select>) m WHERE <filters on the labels> ORDER BY <javadoc order>}, so that filtering,
 * escaping and ordering are written once for all backends.
 *
 * <p>Numbers the JDBC result wants as INTEGER or SMALLINT are cast to a 32- or 64-bit integer type in the SQL,
 * because SEMOSS sends SMALLINT and TINYINT columns as JSON strings and DECIMAL columns as doubles.
 */
abstract class CatalogSql {

    private final UnaryOperator<String> stringLiteral;

    CatalogSql(UnaryOperator<String> stringLiteral) {
        this.stringLiteral = stringLiteral;
    }

    /** A string literal in this dialect, rendered by the {@code sql} package's literal renderer. */
    final String literal(String value) {
        return stringLiteral.apply(value);
    }

    /** A column label quoted so that the backend keeps its case ({@code "X"} or {@code `X`}). */
    abstract String quote(String label);

    /**
     * The expression to compare names with, given a quoted label. Names are case-sensitive in JDBC; the default
     * assumes the backend compares them so.
     */
    String caseSensitive(String quotedLabel) {
        return quotedLabel;
    }

    /**
     * A name condition: the label compared case-sensitively by {@code comparison} (e.g. {@code = 'X'} or
     * {@code LIKE 'X%' ESCAPE '\'}).
     */
    String nameCondition(String quotedLabel, String comparison) {
        return caseSensitive(quotedLabel) + " " + comparison;
    }

    /**
     * The ORDER BY expression for a text column, given its quoted label: byte order, so that results sort the same
     * on every backend whatever the database's collation.
     */
    String sortKey(String quotedLabel) {
        return quotedLabel;
    }

    /** A condition that is never true, for filters that can match nothing. */
    String never() {
        return "1 = 0";
    }

    /**
     * Adds the filter for an exact catalog name (JDBC: {@code ""} means "without a catalog", null "do not filter").
     */
    void filterCatalog(List<String> where, String label, String catalog) {
        if (catalog == null) {
            return;
        }
        where.add(catalog.isEmpty() ? never() : nameCondition(quote(label), "= " + literal(catalog)));
    }

    /** Adds the filter for a schema name or pattern; {@code ""} means "without a schema". */
    void filterSchema(List<String> where, String label, String schema, boolean isPattern) {
        if (schema == null) {
            return;
        }
        if (schema.isEmpty()) {
            where.add(never());
        } else if (isPattern) {
            filterPattern(where, label, schema);
        } else {
            filterName(where, label, schema);
        }
    }

    /** Adds the filter for a JDBC name pattern, unless it is null or matches everything. */
    final void filterPattern(List<String> where, String label, String pattern) {
        if (pattern == null) {
            return;
        }
        NamePattern parsed = NamePattern.parse(pattern);
        if (parsed.matchesAll()) {
            return;
        }
        if (parsed.exactName() != null) {
            where.add(nameCondition(quote(label), "= " + literal(parsed.exactName())));
        } else {
            where.add(nameCondition(quote(label),
                    "LIKE " + literal(parsed.likePattern()) + " ESCAPE " + literal(NamePattern.ESCAPE)));
        }
    }

    /** Adds the filter for an exact name (not a pattern), unless it is null. */
    final void filterName(List<String> where, String label, String name) {
        if (name != null) {
            where.add(nameCondition(quote(label), "= " + literal(name)));
        }
    }

    /** Wraps a select with filters on its labels and the order the javadoc requires. */
    final String wrap(ResultShape shape, String select, List<String> where, String... orderLabels) {
        return assemble("*", shape, select, where, orderLabels);
    }

    private String assemble(String projection, ResultShape shape, String select, List<String> where,
                            String... orderLabels) {
        StringBuilder sql = new StringBuilder("SELECT ").append(projection).append(" FROM (").append(select)
                .append(") m");
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        if (orderLabels.length > 0) {
            List<String> order = new ArrayList<>();
            for (String label : orderLabels) {
                boolean text = shape.columns().get(shape.indexOf(label)).jdbcType() == java.sql.Types.VARCHAR;
                order.add(text ? sortKey(quote(label)) : quote(label));
            }
            sql.append(" ORDER BY ").append(String.join(", ", order));
        }
        return sql.toString();
    }

    /**
     * The primary key columns with their types, in the shape of {@code getBestRowIdentifier} followed by the
     * TABLE_CAT, TABLE_SCHEM and TABLE_NAME to filter on. A primary key identifies a row for the whole session
     * (bestRowSession) and is a real column (bestRowNotPseudo).
     */
    final String bestRowIdentifier() {
        String c = "c.";
        String k = "k.";
        return "SELECT 2 AS " + quote("SCOPE") + ", " + c + quote("COLUMN_NAME") + ", " + c + quote("DATA_TYPE") + ", "
                + c + quote("TYPE_NAME") + ", " + c + quote("COLUMN_SIZE") + ", " + c + quote("BUFFER_LENGTH") + ", "
                + c + quote("DECIMAL_DIGITS") + ", 1 AS " + quote("PSEUDO_COLUMN") + ", "
                + c + quote("TABLE_CAT") + ", " + c + quote("TABLE_SCHEM") + ", " + c + quote("TABLE_NAME")
                + " FROM (" + columns() + ") c JOIN (" + primaryKeys() + ") k"
                + " ON " + k + quote("TABLE_CAT") + " = " + c + quote("TABLE_CAT")
                // MariaDB has no schemas: both sides are null there.
                + " AND COALESCE(" + k + quote("TABLE_SCHEM") + ", '') = COALESCE(" + c + quote("TABLE_SCHEM") + ", '')"
                + " AND " + k + quote("TABLE_NAME") + " = " + c + quote("TABLE_NAME")
                + " AND " + k + quote("COLUMN_NAME") + " = " + c + quote("COLUMN_NAME");
    }

    /** Like {@link #wrap}, but selecting only {@code shape}'s columns from a select that has more. */
    final String project(ResultShape shape, String select, List<String> where, String... orderLabels) {
        List<String> columns = new ArrayList<>();
        for (String label : shape.labels()) {
            columns.add(quote(label));
        }
        return assemble(String.join(", ", columns), shape, select, where, orderLabels);
    }

    abstract String catalogs();

    /** The schemas select, or null when the backend has no schemas (the answer is then always empty). */
    abstract String schemas();

    abstract String tables();

    /** The table types {@link #tables()} can report, sorted. */
    abstract List<String> tableTypes();

    abstract String columns();

    abstract String primaryKeys();

    /** Foreign key columns: one row per referencing column, shape of {@code getCrossReference}. */
    abstract String foreignKeys();

    abstract String indexInfo();

    /** Stored procedures (and, where the backend's driver does so, functions), shape of {@code getProcedures}. */
    abstract String procedures();

    /** Stored functions, shape of {@code getFunctions}. */
    abstract String functions();

    /** The complete {@code getTypeInfo} answer. */
    abstract MetadataQuery typeInfo(ResultShape shape);
}
