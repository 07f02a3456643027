package org.semossjdbc.orm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * An immutable query over one model: every method that refines it returns a new query and leaves this one as it
 * was, so a chain can be kept and reused. Nothing runs until a terminal method ({@link #all()}, {@link #first()},
 * {@link #count()}, {@link #exists()}, {@link #pluck(String)}, {@link #findEach(int, Consumer)}).
 *
 * <p>Column names are field names ({@code createdAt}) or column names ({@code created_at}); an unknown name is an
 * {@link IllegalArgumentException} at the call that used it. Values are always bound as parameters. Rows come in
 * primary-key order unless {@link #orderBy(String...)} says otherwise.
 *
 * @param <T> the model type
 */
public sealed class Query<T extends SemossModel> permits Finder {

    final ModelMetadata<T> metadata;
    private final List<Condition> conditions;
    private final List<OrderTerm> order;
    private final Long limit;
    private final Long offset;
    private final List<String> includes;

    Query(ModelMetadata<T> metadata, List<Condition> conditions, List<OrderTerm> order, Long limit, Long offset,
          List<String> includes) {
        this.metadata = metadata;
        this.conditions = List.copyOf(conditions);
        this.order = List.copyOf(order);
        this.limit = limit;
        this.offset = offset;
        this.includes = List.copyOf(includes);
    }

    /** Rows where {@code column = value} ({@code IS NULL} when value is null). */
    public Query<T> where(String column, Object value) {
        return where(Condition.eq(column, value));
    }

    /**
     * Rows where {@code column <operator> value}: {@code =, !=, <>, <, <=, >, >=, LIKE, NOT LIKE, IN, NOT IN,
     * IS NULL, IS NOT NULL} (see {@link Condition#of}).
     */
    public Query<T> where(String column, String operator, Object value) {
        return where(Condition.of(column, operator, value));
    }

    /** Rows matching {@code condition}, ANDed with the conditions already present. */
    public Query<T> where(Condition condition) {
        Objects.requireNonNull(condition, "condition");
        check(condition);
        List<Condition> more = new ArrayList<>(conditions);
        more.add(condition);
        return new Query<>(metadata, more, order, limit, offset, includes);
    }

    /** Rows matching at least one of {@code conditions} (an OR group). */
    public Query<T> whereAny(Condition... conditions) {
        return where(Condition.anyOf(conditions));
    }

    /** Rows whose {@code column} is one of {@code values}. */
    public Query<T> whereIn(String column, Collection<?> values) {
        return where(Condition.in(column, values));
    }

    /**
     * Orders by the given columns; {@code "-name"} sorts descending, {@code "name"} or {@code "+name"} ascending.
     * Replaces any previous order.
     */
    public Query<T> orderBy(String... terms) {
        List<OrderTerm> parsed = new ArrayList<>();
        for (String term : terms) {
            parsed.add(OrderTerm.parse(metadata, term));
        }
        return new Query<>(metadata, conditions, parsed, limit, offset, includes);
    }

    /** At most {@code rows} rows. */
    public Query<T> limit(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("limit must be >= 0: " + rows);
        }
        return new Query<>(metadata, conditions, order, rows, offset, includes);
    }

    /** Skips the first {@code rows} rows of the ordered result. */
    public Query<T> offset(long rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("offset must be >= 0: " + rows);
        }
        return new Query<>(metadata, conditions, order, limit, rows, includes);
    }

    /**
     * Loads the named relations (fields declared with {@code belongsTo}/{@code hasMany}) of every returned row with
     * one extra query per relation ({@code WHERE key IN (...)}), instead of one per row when accessed lazily.
     */
    public Query<T> include(String... relations) {
        List<String> more = new ArrayList<>(includes);
        for (String relation : relations) {
            metadata.relation(relation);
            more.add(relation);
        }
        return new Query<>(metadata, conditions, order, limit, offset, more);
    }

    /** Every matching row. */
    public List<T> all() {
        return QueryRunner.all(this);
    }

    /** The first matching row in the query's order (primary-key order when none was given), if any. */
    public Optional<T> first() {
        List<T> rows = limit(1).all();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** The number of matching rows (respecting limit and offset). */
    public long count() {
        return QueryRunner.count(this);
    }

    /** Whether any row matches. */
    public boolean exists() {
        return QueryRunner.exists(this);
    }

    /**
     * One column of the matching rows, as the field's Java type (read exactly, like whole rows).
     *
     * @param <V> the field's type; a mismatch is a ClassCastException where the values are used
     */
    public <V> List<V> pluck(String column) {
        return QueryRunner.pluck(this, metadata.property(column));
    }

    /**
     * Walks every matching row in primary-key order, {@code batchSize} rows per query, calling {@code consumer} for
     * each. Batches continue after the last key seen ({@code WHERE id > ?}), not with OFFSET, so rows are neither
     * skipped nor repeated when earlier rows are deleted meanwhile, and late batches cost no more than early ones.
     * The query must have no order, limit or offset of its own.
     */
    public void findEach(int batchSize, Consumer<? super T> consumer) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
        }
        if (!order.isEmpty() || limit != null || offset != null) {
            throw new IllegalStateException("findEach walks the primary key; remove orderBy/limit/offset");
        }
        Objects.requireNonNull(consumer, "consumer");
        String key = metadata.id().name();
        Object last = null;
        while (true) {
            Query<T> batch = (last == null ? this : where(key, ">", last)).limit(batchSize);
            List<T> rows = batch.all();
            rows.forEach(consumer);
            if (rows.size() < batchSize) {
                return;
            }
            last = metadata.id().get(rows.get(rows.size() - 1));
        }
    }

    private void check(Condition condition) {
        if (condition.parts() != null) {
            condition.parts().forEach(this::check);
            return;
        }
        PropertyMapping property = metadata.property(condition.column());
        if (condition.value() instanceof Collection<?> values) {
            values.forEach(property.codec()::coerce);
        } else if (condition.value() != null && !condition.operator().contains("LIKE")) {
            property.codec().coerce(condition.value());
        }
    }

    List<Condition> conditions() {
        return conditions;
    }

    List<OrderTerm> order() {
        return order;
    }

    Long limit() {
        return limit;
    }

    Long offset() {
        return offset;
    }

    List<String> includes() {
        return includes;
    }

    @Override
    public String toString() {
        return "Query[" + metadata.modelName() + " where " + conditions + " order " + order.size() + " terms, limit "
                + limit + ", offset " + offset + ", include " + includes + "]";
    }
}
