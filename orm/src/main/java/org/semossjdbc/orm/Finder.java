package org.semossjdbc.orm;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Class-level access to one model, without bytecode instrumentation: declare it once per model and use it like a
 * static API.
 *
 * <pre>{@code
 * public class User extends SemossModel {
 *     public static final Finder<User> find = SemossModel.finder(User.class);
 *     ...
 * }
 * User.find.get(1);
 * User.find.where("active", true).orderBy("-created_at").limit(10).all();
 * }</pre>
 *
 * <p>A finder is a {@link Query} with no conditions, so every query method starts from it. It is immutable and
 * safe to share between threads; the models it returns are not.
 *
 * @param <T> the model type
 */
public final class Finder<T extends SemossModel> extends Query<T> {

    private final Class<T> type;

    Finder(Class<T> type) {
        // Metadata is read on first use, not here: a finder is created during the model's own class
        // initialisation, when reflecting on the class would be premature.
        super(null, List.of(), List.of(), null, null, List.of());
        this.type = type;
    }

    /** The row with primary key {@code id}, if any. */
    public Optional<T> get(Object id) {
        return start().where(start().metadata.id().name(), id).first();
    }

    /** Rows whose columns equal the given values ({@code Map.of("name", "Ada", "active", true)}), all ANDed. */
    public List<T> find(Map<String, ?> conditions) {
        Query<T> query = start();
        for (Map.Entry<String, ?> condition : conditions.entrySet()) {
            query = query.where(condition.getKey(), condition.getValue());
        }
        return query.all();
    }

    /** The model class this finder serves. */
    public Class<T> modelType() {
        return type;
    }

    private Query<T> start() {
        return new Query<>(ModelMetadata.of(type), List.of(), List.of(), null, null, List.of());
    }

    @Override
    public Query<T> where(Condition condition) {
        return start().where(condition);
    }

    @Override
    public Query<T> orderBy(String... terms) {
        return start().orderBy(terms);
    }

    @Override
    public Query<T> limit(long rows) {
        return start().limit(rows);
    }

    @Override
    public Query<T> offset(long rows) {
        return start().offset(rows);
    }

    @Override
    public Query<T> include(String... relations) {
        return start().include(relations);
    }

    @Override
    public List<T> all() {
        return start().all();
    }

    @Override
    public long count() {
        return start().count();
    }

    @Override
    public boolean exists() {
        return start().exists();
    }

    @Override
    public <V> List<V> pluck(String column) {
        return start().pluck(column);
    }

    @Override
    public void findEach(int batchSize, java.util.function.Consumer<? super T> consumer) {
        start().findEach(batchSize, consumer);
    }

    @Override
    public String toString() {
        return "Finder[" + type.getSimpleName() + "]";
    }
}
