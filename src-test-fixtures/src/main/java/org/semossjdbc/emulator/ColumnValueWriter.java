package org.semossjdbc.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.SimpleDateFormat;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Writes one cell the way SEMOSS's RawRDBMSSelectWrapper reads it and Gson writes it: INTEGER getInt, BIGINT
 * getLong, FLOAT/DOUBLE/NUMERIC/DECIMAL/REAL getDouble (NaN and infinities become null), DATE
 * {@code yyyy-MM-dd}, TIMESTAMP {@code yyyy-MM-dd HH:mm:ss} (fraction dropped), CLOB/BLOB flushed to a string,
 * binary bytes decoded as UTF-8 (lossy, as recorded), ARRAY as a JSON array, BOOLEAN/BIT getBoolean, OTHER
 * getObject dumped like Gson's reflection, and every other type, SMALLINT and TINYINT included, getString.
 */
final class ColumnValueWriter {

    private ColumnValueWriter() {
    }

    static void write(JsonGenerator json, ResultSet rs, int index, ColumnInfo column) throws SQLException,
            IOException {
        switch (column.jdbcType()) {
            case Types.INTEGER -> {
                int value = rs.getInt(index);
                writeOrNull(json, rs, () -> json.writeNumber(value));
            }
            case Types.BIGINT -> {
                long value = rs.getLong(index);
                writeOrNull(json, rs, () -> json.writeNumber(value));
            }
            case Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL, Types.REAL -> {
                double value = rs.getDouble(index);
                if (rs.wasNull()) {
                    json.writeNull();
                } else {
                    writeDouble(json, value);
                }
            }
            case Types.DATE -> {
                java.sql.Date value = rs.getDate(index);
                writeString(json, value == null ? null : new SimpleDateFormat("yyyy-MM-dd").format(value));
            }
            case Types.TIMESTAMP -> {
                java.sql.Timestamp value = rs.getTimestamp(index);
                writeString(json, value == null ? null
                        : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(value));
            }
            case Types.CLOB, Types.NCLOB -> {
                Clob clob = rs.getClob(index);
                writeString(json, clob == null ? null : readClob(clob));
            }
            case Types.BLOB -> {
                Blob blob = rs.getBlob(index);
                writeString(json, blob == null ? null
                        : new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8));
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = rs.getBytes(index);
                writeString(json, bytes == null ? null : new String(bytes, StandardCharsets.UTF_8));
            }
            case Types.ARRAY -> {
                Array array = rs.getArray(index);
                if (array == null) {
                    json.writeNull();
                } else {
                    json.writeStartArray();
                    for (Object item : (Object[]) array.getArray()) {
                        writeObject(json, item);
                    }
                    json.writeEndArray();
                }
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rs.getBoolean(index);
                writeOrNull(json, rs, () -> json.writeBoolean(value));
            }
            case Types.OTHER -> writeObject(json, rs.getObject(index));
            default -> writeString(json, rs.getString(index));
        }
    }

    private interface Writer {
        void write() throws IOException;
    }

    private static void writeOrNull(JsonGenerator json, ResultSet rs, Writer writer)
            throws SQLException, IOException {
        if (rs.wasNull()) {
            json.writeNull();
        } else {
            writer.write();
        }
    }

    private static void writeString(JsonGenerator json, String value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    /** Gson prints doubles with {@link Double#toString(double)} and turns non-finite values into null. */
    static void writeDouble(JsonGenerator json, double value) throws IOException {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            json.writeNull();
        } else {
            json.writeNumber(Double.toString(value));
        }
    }

    private static String readClob(Clob clob) throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = clob.getCharacterStream()) {
            char[] buffer = new char[8192];
            int read;
            while ((read = reader.read(buffer)) > 0) {
                text.append(buffer, 0, read);
            }
        }
        return text.toString();
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
