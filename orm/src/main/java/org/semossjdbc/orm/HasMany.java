package org.semossjdbc.orm;

import java.util.List;
import java.util.Objects;

/**
 * The "one-to-many" side of a relation: rows of another model hold a foreign key to this one. Declare it as a field
 * initialised with {@link SemossModel#hasMany(Class, String)}:
 *
 * <pre>{@code
 * public class Author extends SemossModel {
 *     @Id Long id;
 *     final HasMany<Book> books = hasMany(Book.class, "authorId");
 * }
 * author.books.get()                                  // lazily loaded once, in primary-key order
 * Author.find.include("books").limit(100).all()       // 100 authors and all their books in two queries
 * }</pre>
 *
 * <p>Not thread-safe, like the model that owns it.
 *
 * @param <C> the child model
 */
public final class HasMany<C extends SemossModel> {

    private final SemossModel owner;
    private final Class<C> type;
    private final String foreignKey;
    private List<C> children;

    HasMany(SemossModel owner, Class<C> type, String foreignKey) {
        this.owner = owner;
        this.type = Objects.requireNonNull(type, "type");
        this.foreignKey = Objects.requireNonNull(foreignKey, "foreignKey");
    }

    /** The children (unmodifiable, primary-key order), loaded on first call and cached until {@link #reset()}. */
    public List<C> get() {
        if (children == null) {
            children = List.copyOf(query().all());
        }
        return children;
    }

    /** A fresh query for the children, to filter, order or count them without loading all. */
    public Query<C> query() {
        Object id = ModelMetadata.of(owner.getClass()).id().get(owner);
        if (id == null) {
            throw new IllegalStateException("An unsaved " + owner.getClass().getSimpleName() + " has no children");
        }
        return SemossModel.finder(type).where(foreignKey, id);
    }

    /** Whether the children are in memory. */
    public boolean isLoaded() {
        return children != null;
    }

    /** Forgets the loaded children; the next {@link #get()} queries again. */
    public void reset() {
        children = null;
    }

    void preload(List<C> loaded) {
        children = List.copyOf(loaded);
    }

    Class<C> type() {
        return type;
    }

    String foreignKey() {
        return foreignKey;
    }
}
