package org.semossjdbc.orm;

import java.util.Objects;
import java.util.Optional;

/**
 * The "many-to-one" side of a relation: this model holds a foreign key to a parent. Declare it as a field
 * initialised with {@link SemossModel#belongsTo(Class, String)}:
 *
 * <pre>{@code
 * public class Book extends SemossModel {
 *     @Id Long id;
 *     Long authorId;
 *     final BelongsTo<Author> author = belongsTo(Author.class, "authorId");
 * }
 * book.author.get()   // loads the author on first access, then caches it until authorId changes
 * }</pre>
 *
 * <p>Loaded lazily (one query on first {@link #get()}), or for a whole page at once with
 * {@code Book.find.include("author")}. Not thread-safe, like the model that owns it.
 *
 * @param <P> the parent model
 */
public final class BelongsTo<P extends SemossModel> {

    private final SemossModel owner;
    private final Class<P> type;
    private final String foreignKey;
    private boolean loaded;
    private Object loadedKey;
    private P parent;

    BelongsTo(SemossModel owner, Class<P> type, String foreignKey) {
        this.owner = owner;
        this.type = Objects.requireNonNull(type, "type");
        this.foreignKey = Objects.requireNonNull(foreignKey, "foreignKey");
    }

    /**
     * The parent, or empty when the foreign key is null or names no row. Cached; a changed foreign key is noticed
     * and loads the new parent.
     */
    public Optional<P> get() {
        Object key = currentKey();
        if (!loaded || !Objects.equals(IncludeLoader.normalize(key), IncludeLoader.normalize(loadedKey))) {
            parent = key == null ? null : SemossModel.finder(type).get(key).orElse(null);
            loadedKey = key;
            loaded = true;
        }
        return Optional.ofNullable(parent);
    }

    /** Points the foreign key at {@code newParent} (which must be saved: its id is copied), or clears it for null. */
    public void set(P newParent) {
        PropertyMapping key = ownerMetadata().property(foreignKey);
        if (newParent == null) {
            key.set(owner, null);
        } else {
            Object id = ModelMetadata.of(type).id().get(newParent);
            if (id == null) {
                throw new IllegalStateException("Save the " + type.getSimpleName() + " before linking to it");
            }
            key.set(owner, key.codec().coerce(id));
        }
        parent = newParent;
        loadedKey = key.get(owner);
        loaded = true;
    }

    /** Whether the parent is in memory (after {@link #get()}, {@link #set}, or an {@code include}). */
    public boolean isLoaded() {
        return loaded && Objects.equals(IncludeLoader.normalize(currentKey()), IncludeLoader.normalize(loadedKey));
    }

    void preload(Object key, P value) {
        loadedKey = key;
        parent = value;
        loaded = true;
    }

    void reset() {
        loaded = false;
        parent = null;
        loadedKey = null;
    }

    Class<P> type() {
        return type;
    }

    String foreignKey() {
        return foreignKey;
    }

    private Object currentKey() {
        return ownerMetadata().property(foreignKey).get(owner);
    }

    @SuppressWarnings("unchecked")
    private ModelMetadata<?> ownerMetadata() {
        return ModelMetadata.of(owner.getClass());
    }
}
