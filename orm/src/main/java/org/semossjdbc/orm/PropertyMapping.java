package org.semossjdbc.orm;

import java.lang.reflect.Field;

/**
 * One persisted field: its column and codec. Reflection on a field made accessible once, at metadata time.
 *
 * @param field  the field
 * @param column the column name, unquoted
 * @param codec  how its values travel through JDBC
 */
record PropertyMapping(Field field, String column, ValueCodec codec) {

    /** The field's Java name. */
    String name() {
        return field.getName();
    }

    Object get(Object model) {
        try {
            return field.get(model);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** Sets the field; SQL NULL leaves a primitive field at its Java default. */
    void set(Object model, Object value) {
        try {
            if (value == null && field.getType().isPrimitive()) {
                field.set(model, defaultOf(field.getType()));
            } else {
                field.set(model, value);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write " + field, e);
        }
    }

    private static Object defaultOf(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "boolean" -> false;
            case "char" -> '\0';
            case "byte" -> (byte) 0;
            case "short" -> (short) 0;
            case "int" -> 0;
            case "long" -> 0L;
            case "float" -> 0f;
            default -> 0d;
        };
    }
}
