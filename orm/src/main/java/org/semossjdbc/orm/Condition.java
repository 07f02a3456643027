package org.semossjdbc.orm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable filter for {@link Query#where(Condition)}: a comparison of one column with a value, or an AND/OR
 * group of conditions. Columns are field or column names of the queried model and are checked against its
 * metadata when the query runs; values are always bound as JDBC parameters, never pasted into SQL.
 *
 * <pre>{@code
 * User.find.where(Condition.anyOf(Condition.eq("role", "admin"), Condition.of("age", ">=", 65))).all();
 * }</pre>
 */
public final class Condition {

    /** The comparison operators {@link #of(String, String, Object)} accepts (case-insensitive). */
    public static final Set<String> OPERATORS = Set.of("=", "!=", "<>", "<", "<=", ">", ">=", "LIKE", "NOT LIKE",
            "IN", "NOT IN", "IS NULL", "IS NOT NULL");

    private final String column;
    private final String operator;
    private final Object value;
    private final List<Condition> parts;

    private Condition(String column, String operator, Object value, List<Condition> parts) {
        this.column = column;
        this.operator = operator;
        this.value = value;
        this.parts = parts;
    }

    /** {@code column = value}; a null value means {@code column IS NULL}. */
    public static Condition eq(String column, Object value) {
        return value == null ? isNull(column) : of(column, "=", value);
    }

    /**
     * {@code column <operator> value} for one of {@link #OPERATORS}. {@code IN}/{@code NOT IN} take a collection or
     * an array; {@code IS NULL}/{@code IS NOT NULL} ignore the value. An unknown operator is an
     * IllegalArgumentException.
     */
    public static Condition of(String column, String operator, Object value) {
        Objects.requireNonNull(column, "column");
        String normalized = operator == null ? "" : operator.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        if (!OPERATORS.contains(normalized)) {
            throw new IllegalArgumentException("Unknown operator '" + operator + "'; use one of " + OPERATORS);
        }
        if (normalized.equals("IN") || normalized.equals("NOT IN")) {
            return new Condition(column, normalized, List.copyOf(valuesOf(value)), null);
        }
        if (normalized.startsWith("IS ")) {
            return new Condition(column, normalized, null, null);
        }
        if (value == null) {
            throw new IllegalArgumentException("Comparing " + column + " " + normalized
                    + " NULL matches nothing in SQL; use eq(column, null) or isNull(column)");
        }
        return new Condition(column, normalized, value, null);
    }

    /** {@code column IN (values...)}; an empty collection matches no row. Null elements are not allowed. */
    public static Condition in(String column, Collection<?> values) {
        return of(column, "IN", values);
    }

    /** {@code column LIKE pattern} ({@code %} and {@code _} are the SQL wildcards). */
    public static Condition like(String column, String pattern) {
        return of(column, "LIKE", pattern);
    }

    /** {@code column IS NULL}. */
    public static Condition isNull(String column) {
        return of(column, "IS NULL", null);
    }

    /** {@code column IS NOT NULL}. */
    public static Condition isNotNull(String column) {
        return of(column, "IS NOT NULL", null);
    }

    /** An OR group: true when any of {@code conditions} is. */
    public static Condition anyOf(Condition... conditions) {
        return group("OR", conditions);
    }

    /** An AND group: true when all of {@code conditions} are. */
    public static Condition allOf(Condition... conditions) {
        return group("AND", conditions);
    }

    /** {@code this OR other}. */
    public Condition or(Condition other) {
        return anyOf(this, other);
    }

    /** {@code this AND other}. */
    public Condition and(Condition other) {
        return allOf(this, other);
    }

    private static Condition group(String operator, Condition... conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException(operator + " group needs at least one condition");
        }
        for (Condition condition : conditions) {
            Objects.requireNonNull(condition, "condition");
        }
        return new Condition(null, operator, null, List.of(conditions));
    }

    private static List<?> valuesOf(Object value) {
        List<Object> values = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            values.addAll(collection);
        } else if (value instanceof Object[] array) {
            values.addAll(Arrays.asList(array));
        } else {
            throw new IllegalArgumentException("IN needs a collection or an array, got " + value);
        }
        if (values.contains(null)) {
            throw new IllegalArgumentException("IN lists cannot hold null (SQL never matches it); use isNull");
        }
        return values;
    }

    String column() {
        return column;
    }

    String operator() {
        return operator;
    }

    Object value() {
        return value;
    }

    /** The members of an AND/OR group, or null for a comparison. */
    List<Condition> parts() {
        return parts;
    }

    @Override
    public String toString() {
        if (parts != null) {
            return parts.stream().map(Condition::toString).reduce((a, b) -> a + " " + operator + " " + b)
                    .map(s -> "(" + s + ")").orElse("");
        }
        return column + " " + operator + (value == null ? "" : " " + value);
    }
}
