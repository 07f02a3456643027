package org.semossjdbc.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds the ORM's SQL. Every identifier comes from {@link ModelMetadata} and is quoted by the dialect; every value
 * becomes a {@code ?} with its codec, so neither a name nor a value supplied by a caller can change the statement.
 */
final class SqlBuilder {

    private final ModelMetadata<?> metadata;
    private final SqlDialect dialect;

    SqlBuilder(ModelMetadata<?> metadata, SqlDialect dialect) {
        this.metadata = metadata;
        this.dialect = dialect;
    }

    String quote(String name) {
        return dialect.quote(name);
    }

    String table() {
        return quote(metadata.table());
    }

    /** The lossless select expression of one property. */
    String selectExpression(PropertyMapping property) {
        return property.codec().selectExpression(quote(property.column()), dialect);
    }

    /** Every property, in metadata order (rows are read by position). */
    String selectList() {
        List<String> expressions = new ArrayList<>();
        for (PropertyMapping property : metadata.properties()) {
            expressions.add(selectExpression(property));
        }
        return String.join(", ", expressions);
    }

    /** {@code SELECT <all columns> FROM t WHERE ... ORDER BY ... LIMIT ... OFFSET ...}. */
    SqlStatement select(Query<?> query) {
        return selectOf(selectList(), query, true);
    }

    /** One column of the matching rows. */
    SqlStatement pluck(Query<?> query, PropertyMapping property) {
        return selectOf(selectExpression(property), query, true);
    }

    /** {@code SELECT COUNT(*)}, over a limited subquery when the query has a limit or offset. */
    SqlStatement count(Query<?> query) {
        if (query.limit() == null && query.offset() == null) {
            return selectOf("COUNT(*)", query, false);
        }
        SqlStatement inner = selectOf(quote(metadata.id().column()), query, true);
        return new SqlStatement("SELECT COUNT(*) FROM (" + inner.sql() + ") counted", inner.parameters());
    }

    /** {@code SELECT 1 ... LIMIT 1}. */
    SqlStatement exists(Query<?> query) {
        return selectOf("1", query.limit(1), false);
    }

    private SqlStatement selectOf(String selectList, Query<?> query, boolean ordered) {
        StringBuilder sql = new StringBuilder("SELECT ").append(selectList).append(" FROM ").append(table());
        List<SqlStatement.Parameter> parameters = new ArrayList<>();
        where(query.conditions(), sql, parameters);
        if (ordered) {
            List<OrderTerm> order = query.order().isEmpty()
                    ? List.of(new OrderTerm(metadata.id(), false)) // deterministic rows and pages by default
                    : query.order();
            sql.append(" ORDER BY ");
            for (int i = 0; i < order.size(); i++) {
                OrderTerm term = order.get(i);
                sql.append(i == 0 ? "" : ", ").append(quote(term.property().column()))
                        .append(term.descending() ? " DESC" : " ASC");
            }
        }
        List<Long> limits = new ArrayList<>();
        dialect.appendLimitOffset(sql, query.limit(), query.offset(), limits);
        for (Long value : limits) {
            parameters.add(new SqlStatement.Parameter(value, StandardCodec.LONG));
        }
        return new SqlStatement(sql.toString(), parameters);
    }

    private void where(List<Condition> conditions, StringBuilder sql, List<SqlStatement.Parameter> parameters) {
        if (conditions.isEmpty()) {
            return;
        }
        sql.append(" WHERE ");
        for (int i = 0; i < conditions.size(); i++) {
            sql.append(i == 0 ? "" : " AND ");
            render(conditions.get(i), sql, parameters);
        }
    }

    private void render(Condition condition, StringBuilder sql, List<SqlStatement.Parameter> parameters) {
        if (condition.parts() != null) {
            sql.append('(');
            for (int i = 0; i < condition.parts().size(); i++) {
                sql.append(i == 0 ? "" : " " + condition.operator() + " ");
                render(condition.parts().get(i), sql, parameters);
            }
            sql.append(')');
            return;
        }
        PropertyMapping property = metadata.property(condition.column());
        String column = quote(property.column());
        switch (condition.operator()) {
            case "IS NULL", "IS NOT NULL" -> sql.append(column).append(' ').append(condition.operator());
            case "IN", "NOT IN" -> {
                Collection<?> values = (Collection<?>) condition.value();
                if (values.isEmpty()) {
                    // x IN () is not SQL; an empty IN matches nothing and an empty NOT IN everything.
                    sql.append(condition.operator().equals("IN") ? "1 = 0" : "1 = 1");
                    return;
                }
                sql.append(column).append(' ').append(condition.operator()).append(" (");
                int n = 0;
                for (Object value : values) {
                    sql.append(n++ == 0 ? "?" : ", ?");
                    parameters.add(new SqlStatement.Parameter(property.codec().coerce(value), property.codec()));
                }
                sql.append(')');
            }
            case "LIKE", "NOT LIKE" -> {
                sql.append(column).append(' ').append(condition.operator()).append(" ?");
                // A pattern is text even when the column is not (e.g. LIKE on a numeric column is not offered).
                parameters.add(new SqlStatement.Parameter(String.valueOf(condition.value()), StandardCodec.STRING));
            }
            default -> {
                sql.append(column).append(' ').append(condition.operator()).append(" ?");
                parameters.add(new SqlStatement.Parameter(property.codec().coerce(condition.value()),
                        property.codec()));
            }
        }
    }

    /** {@code INSERT INTO t (c1, c2) VALUES (?, ?)}. */
    String insert(List<String> columns) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table()).append(" (");
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
            values.append(i == 0 ? "?" : ", ?");
        }
        return sql.append(") VALUES (").append(values).append(')').toString();
    }

    /**
     * {@code UPDATE t SET c1 = ?, ... [, version = version + 1][, token = ?] WHERE id = ? [AND version = ?]}.
     */
    String update(List<String> columns, boolean versioned) {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table()).append(" SET ");
        for (int i = 0; i < columns.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i))).append(" = ?");
        }
        if (versioned) {
            String version = quote(metadata.version().column());
            sql.append(columns.isEmpty() ? "" : ", ").append(version).append(" = ").append(version).append(" + 1");
            if (metadata.tokenColumn() != null) {
                sql.append(", ").append(quote(metadata.tokenColumn())).append(" = ?");
            }
        }
        return sql.append(whereIdentity(versioned)).toString();
    }

    /** {@code DELETE FROM t WHERE id = ? [AND version = ?]}. */
    String delete(boolean versioned) {
        return "DELETE FROM " + table() + whereIdentity(versioned);
    }

    /** Reads back the version and token of one row, for backends that report no update count. */
    String selectToken() {
        return "SELECT " + selectExpression(metadata.version()) + ", " + dialect.asText(quote(metadata.tokenColumn()))
                + " FROM " + table() + " WHERE " + quote(metadata.id().column()) + " = ?";
    }

    /** {@code SELECT COUNT(*) FROM t WHERE id = ?}. */
    String countById() {
        return "SELECT COUNT(*) FROM " + table() + " WHERE " + quote(metadata.id().column()) + " = ?";
    }

    private String whereIdentity(boolean versioned) {
        String where = " WHERE " + quote(metadata.id().column()) + " = ?";
        return versioned ? where + " AND " + quote(metadata.version().column()) + " = ?" : where;
    }
}
