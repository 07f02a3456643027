package org.semossjdbc.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Writes values as the server's Gson does: a cell as {@link CellValues} reads it, doubles with
 * {@link Double#toString(double)} and non-finite ones as null, other objects like Gson's reflection.
 */
final class ColumnValueWriter {

    private ColumnValueWriter() {
    }

    static void write(JsonGenerator json, ResultSet rs, int index, ColumnInfo column) throws SQLException,
            IOException {
        writeObject(json, CellValues.read(rs, index, column));
    }

    /** Gson prints doubles with {@link Double#toString(double)} and turns non-finite values into null. */
    static void writeDouble(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNull();
        } else {
            json.writeNumber(Double.toString(value));
        }
    }

    /**
     * Writes a Java object as Gson's default serialisation would: JSON scalars for numbers, booleans and
     * strings, UUID as text, collections and maps structurally, anything else field by field (subclass fields
     * first, null fields left out), which is how PGInterval and PGobject reach the client (transcript 206).
     */
    static void writeObject(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Double number) {
            writeDouble(json, number);
        } else if (value instanceof Float number) {
            writeDouble(json, number.doubleValue());
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof UUID || value instanceof Character || value instanceof Enum<?>) {
            json.writeString(value.toString());
        } else if (value instanceof Object[] items) {
            json.writeStartArray();
            for (Object item : items) {
                writeObject(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Collection<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                writeObject(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (entry.getValue() != null) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    writeObject(json, entry.getValue());
                }
            }
            json.writeEndObject();
        } else if (value.getClass().getName().startsWith("java.")) {
            json.writeString(value.toString());
        } else {
            writeFields(json, value);
        }
    }

    private static void writeFields(JsonGenerator json, Object value) throws IOException {
        json.writeStartObject();
        for (Class<?> type = value.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                    continue;
                }
                Object fieldValue;
                try {
                    field.setAccessible(true);
                    fieldValue = field.get(value);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                if (fieldValue != null) {
                    json.writeFieldName(field.getName());
                    writeObject(json, fieldValue);
                }
            }
        }
        json.writeEndObject();
    }
}
