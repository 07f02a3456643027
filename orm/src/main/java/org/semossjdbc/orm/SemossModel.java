package org.semossjdbc.orm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The base class of active-record models. A subclass maps to one table; its fields map to columns by snake_case
 * convention unless annotated (see {@link Table}, {@link Id}, {@link Column}, {@link Version}, {@link Transient}).
 *
 * <pre>{@code
 * public class User extends SemossModel {
 *     public static final Finder<User> find = SemossModel.finder(User.class);
 *     @Id Long id;
 *     String name;
 *     Instant createdAt;
 *     @Version long lockVersion;
 *     final HasMany<Post> posts = hasMany(Post.class, "userId");
 *
 *     protected void validate(Validations check) { check.presence("name"); }
 * }
 *
 * User user = new User(); user.name = "Ada"; user.save();      // INSERT, id read back
 * user.name = "Ada L."; user.save();                            // UPDATE of the name column only
 * User.find.where("name", "LIKE", "Ada%").orderBy("-created_at").first();
 * }</pre>
 *
 * <p>A subclass needs a no-argument constructor (any visibility). Instances are not thread-safe; the metadata and
 * finders are. Each operation borrows a connection from {@link SemossOrm} and returns it.
 */
public abstract class SemossModel {

    private boolean persisted;
    private boolean deleted;
    private Map<String, Object> snapshot = Map.of();
    private Map<String, List<String>> errors = Map.of();

    /** Creates a new, unsaved record. */
    protected SemossModel() {
    }

    /** The class-level entry point of a model: {@code public static final Finder<User> find = finder(User.class);}. */
    public static <T extends SemossModel> Finder<T> finder(Class<T> type) {
        return new Finder<>(Objects.requireNonNull(type, "type"));
    }

    /**
     * Inserts this record when it is new, otherwise updates the columns that changed since it was loaded or last
     * saved (nothing is sent when none did). Runs validations first ({@link ValidationException}, nothing written)
     * and the callbacks around the write. With a {@link Version} field the update checks and increments the version
     * ({@link StaleObjectException} when another writer got there first).
     */
    public final void save() {
        Persister.save(this);
    }

    /**
     * Saves many records with the driver's batch path ({@code addBatch/executeBatch}): one batch for the new records
     * and one per distinct set of changed columns. New records whose key the database generates are batched only
     * with drivers known to return keys after a batch (JDBC leaves that optional); otherwise they are inserted one
     * statement at a time, each key read back. Validations run for all records before anything is written.
     * Atomic where the data source supports transactions (a failure or a stale record rolls every row back and no
     * record is marked saved); through SEMOSS, which has no transactions across requests, rows written before a
     * failure stay written and the records saved so far are marked saved.
     */
    public static <T extends SemossModel> void saveAll(List<T> models) {
        BatchPersister.saveAll(models);
    }

    /** Deletes this record's row ({@link StaleObjectException} if versioned and changed by someone else). */
    public final void delete() {
        Persister.delete(this);
    }

    /** Reads this record's row again, discarding unsaved changes and loaded relations. */
    public final void reload() {
        Persister.reload(this);
    }

    /** True until the record is saved (or when it was built with {@code new} rather than loaded). */
    public final boolean isNew() {
        return !persisted;
    }

    /** True once {@link #delete()} has removed the row. */
    public final boolean isDeleted() {
        return deleted;
    }

    /** The fields changed since the record was loaded or saved (all persisted fields of a new record). */
    public final Set<String> changedFields() {
        ModelMetadata<?> metadata = ModelMetadata.of(getClass());
        Set<String> changed = new LinkedHashSet<>();
        for (PropertyMapping property : metadata.properties()) {
            if (!persisted || !DirtyTracker.same(property.get(this), snapshot.get(property.name()))) {
                changed.add(property.name());
            }
        }
        return changed;
    }

    /** Runs the validations and reports whether they all passed; details in {@link #errors()}. */
    public final boolean isValid() {
        Validations check = new Validations(this, ModelMetadata.of(getClass()));
        validate(check);
        errors = check.errors();
        return errors.isEmpty();
    }

    /** Field name to messages from the last {@link #isValid()} or {@link #save()}; empty when valid. */
    public final Map<String, List<String>> errors() {
        return errors;
    }

    /** Declares this model's validations; the default declares none. */
    protected void validate(Validations check) {
    }

    /** Called before every save, after validation. */
    protected void beforeSave() {
    }

    /** Called after every successful save. */
    protected void afterSave() {
    }

    /** Called before the INSERT of a new record (after {@link #beforeSave()}). */
    protected void beforeCreate() {
    }

    /** Called after the INSERT (the generated id is set). */
    protected void afterCreate() {
    }

    /** Called before the UPDATE of an existing record (after {@link #beforeSave()}). */
    protected void beforeUpdate() {
    }

    /** Called after the UPDATE (also when nothing had changed and no SQL was sent). */
    protected void afterUpdate() {
    }

    /** Called before the DELETE. */
    protected void beforeDelete() {
    }

    /** Called after the DELETE. */
    protected void afterDelete() {
    }

    /** Called after the record was read from the database (by a query or {@link #reload()}). */
    protected void afterLoad() {
    }

    /** Declares a many-to-one relation; {@code foreignKey} is a field or column of this model. */
    protected final <P extends SemossModel> BelongsTo<P> belongsTo(Class<P> type, String foreignKey) {
        return new BelongsTo<>(this, type, foreignKey);
    }

    /** Declares a many-to-one relation with the conventional key: {@code Author} gives {@code author_id}. */
    protected final <P extends SemossModel> BelongsTo<P> belongsTo(Class<P> type) {
        return belongsTo(type, Names.snakeCase(type.getSimpleName()) + "_id");
    }

    /** Declares a one-to-many relation; {@code foreignKey} is a field or column of the child model. */
    protected final <C extends SemossModel> HasMany<C> hasMany(Class<C> type, String foreignKey) {
        return new HasMany<>(this, type, foreignKey);
    }

    /** Declares a one-to-many relation with the conventional key: children of {@code Author} hold {@code author_id}. */
    protected final <C extends SemossModel> HasMany<C> hasMany(Class<C> type) {
        return hasMany(type, Names.snakeCase(getClass().getSimpleName()) + "_id");
    }

    // State transitions used by the package's machinery.

    void markPersisted() {
        persisted = true;
        deleted = false;
        snapshot = DirtyTracker.snapshot(this, ModelMetadata.of(getClass()));
    }

    void markDeleted() {
        persisted = false;
        deleted = true;
    }

    Object snapshotValue(String field) {
        return snapshot.get(field);
    }

    void setErrors(Map<String, List<String>> errors) {
        this.errors = errors;
    }

    void runAfterLoad() {
        afterLoad();
    }

    void runCallback(Callback callback) {
        switch (callback) {
            case BEFORE_SAVE -> beforeSave();
            case AFTER_SAVE -> afterSave();
            case BEFORE_CREATE -> beforeCreate();
            case AFTER_CREATE -> afterCreate();
            case BEFORE_UPDATE -> beforeUpdate();
            case AFTER_UPDATE -> afterUpdate();
            case BEFORE_DELETE -> beforeDelete();
            case AFTER_DELETE -> afterDelete();
        }
    }

    /** The lifecycle points the persisters call back at. */
    enum Callback {
        BEFORE_SAVE, AFTER_SAVE, BEFORE_CREATE, AFTER_CREATE, BEFORE_UPDATE, AFTER_UPDATE, BEFORE_DELETE, AFTER_DELETE
    }

    /** A short description with the primary key, for messages. */
    @Override
    public String toString() {
        ModelMetadata<?> metadata = ModelMetadata.of(getClass());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(metadata.id().name(), metadata.id().get(this));
        return getClass().getSimpleName() + values;
    }
}
