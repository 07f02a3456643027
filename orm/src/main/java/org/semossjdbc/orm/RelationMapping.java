package org.semossjdbc.orm;

import java.lang.reflect.Field;

/**
 * A relation field of a model, as declared by its initializer ({@code belongsTo(...)} / {@code hasMany(...)}).
 *
 * @param field      the {@link BelongsTo} or {@link HasMany} field
 * @param many       true for {@link HasMany}
 * @param target     the related model class
 * @param foreignKey the foreign-key field or column: in this model for belongsTo, in the target for hasMany
 */
record RelationMapping(Field field, boolean many, Class<? extends SemossModel> target, String foreignKey) {

    String name() {
        return field.getName();
    }

    Object relationOf(Object model) {
        try {
            return field.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
