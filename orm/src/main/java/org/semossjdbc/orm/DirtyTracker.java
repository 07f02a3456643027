package org.semossjdbc.orm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dirty tracking without instrumentation: a copy of every persisted field is kept when a record is loaded or
 * saved, and an update sends only the fields that differ from it. Arrays are copied, so changing a byte[] in place
 * is noticed too.
 */
final class DirtyTracker {
    private DirtyTracker() {
    }

    static Map<String, Object> snapshot(SemossModel model, ModelMetadata<?> metadata) {
        Map<String, Object> values = new HashMap<>();
        for (PropertyMapping property : metadata.properties()) {
            Object value = property.get(model);
            values.put(property.name(), value instanceof byte[] bytes ? bytes.clone() : value);
        }
        return values;
    }

    /** The properties to send in an UPDATE: changed, excluding the key and the version (managed by the ORM). */
    static List<PropertyMapping> changed(SemossModel model, ModelMetadata<?> metadata) {
        List<PropertyMapping> changed = new ArrayList<>();
        for (PropertyMapping property : metadata.properties()) {
            if (property == metadata.id() || property == metadata.version()) {
                continue;
            }
            if (!same(property.get(model), model.snapshotValue(property.name()))) {
                changed.add(property);
            }
        }
        return changed;
    }

    /**
     * Equal values; BigDecimal by value and scale-insensitive (1.50 equals 1.5: the database holds one scale
     * anyway), arrays by content.
     */
    static boolean same(Object current, Object saved) {
        if (current instanceof java.math.BigDecimal a && saved instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.deepEquals(current, saved);
    }
}
