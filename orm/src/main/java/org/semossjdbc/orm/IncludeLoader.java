package org.semossjdbc.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Eager loading: one query per relation for a whole page of rows ({@code WHERE key IN (...)}), never one per row.
 * Very long key lists are split so no statement exceeds the databases' parameter limits.
 */
final class IncludeLoader {

    /** Keeps each IN list well under every backend's parameter limit (PostgreSQL allows 32767). */
    private static final int MAX_KEYS_PER_QUERY = 1000;

    private IncludeLoader() {
    }

    static void load(ModelMetadata<?> owners, RelationMapping relation, List<? extends SemossModel> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (relation.many()) {
            loadChildren(owners, relation, rows);
        } else {
            loadParents(owners, relation, rows);
        }
    }

    private static <C extends SemossModel> void loadChildren(ModelMetadata<?> owners, RelationMapping relation,
                                                             List<? extends SemossModel> rows) {
        @SuppressWarnings("unchecked")
        ModelMetadata<C> children = ModelMetadata.of((Class<C>) relation.target());
        PropertyMapping foreignKey = children.property(relation.foreignKey());
        Set<Object> keys = new LinkedHashSet<>();
        for (SemossModel row : rows) {
            Object key = owners.id().get(row);
            if (key != null) {
                keys.add(key);
            }
        }
        Map<Object, List<C>> byOwner = new HashMap<>();
        for (List<Object> chunk : chunks(keys)) {
            for (C child : new Finder<>(children.type()).whereIn(foreignKey.name(), chunk).all()) {
                byOwner.computeIfAbsent(normalize(foreignKey.get(child)), k -> new ArrayList<>()).add(child);
            }
        }
        for (SemossModel row : rows) {
            @SuppressWarnings("unchecked")
            HasMany<C> many = (HasMany<C>) relation.relationOf(row);
            many.preload(byOwner.getOrDefault(normalize(owners.id().get(row)), List.of()));
        }
    }

    private static <P extends SemossModel> void loadParents(ModelMetadata<?> owners, RelationMapping relation,
                                                            List<? extends SemossModel> rows) {
        @SuppressWarnings("unchecked")
        ModelMetadata<P> parents = ModelMetadata.of((Class<P>) relation.target());
        PropertyMapping foreignKey = owners.property(relation.foreignKey());
        Set<Object> keys = new LinkedHashSet<>();
        for (SemossModel row : rows) {
            Object key = foreignKey.get(row);
            if (key != null) {
                keys.add(key);
            }
        }
        Map<Object, P> byKey = new HashMap<>();
        for (List<Object> chunk : chunks(keys)) {
            for (P parent : new Finder<>(parents.type()).whereIn(parents.id().name(), chunk).all()) {
                byKey.put(normalize(parents.id().get(parent)), parent);
            }
        }
        for (SemossModel row : rows) {
            @SuppressWarnings("unchecked")
            BelongsTo<P> one = (BelongsTo<P>) relation.relationOf(row);
            Object key = foreignKey.get(row);
            one.preload(key, key == null ? null : byKey.get(normalize(key)));
        }
    }

    private static List<List<Object>> chunks(Set<Object> keys) {
        List<List<Object>> chunks = new ArrayList<>();
        List<Object> current = new ArrayList<>();
        for (Object key : keys) {
            current.add(key);
            if (current.size() == MAX_KEYS_PER_QUERY) {
                chunks.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** Keys of different integer types (an Integer foreign key, a Long id) must still meet in the maps. */
    static Object normalize(Object key) {
        if (key instanceof Number number && !(key instanceof BigDecimal)) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        if (key instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros();
        }
        return key;
    }
}
