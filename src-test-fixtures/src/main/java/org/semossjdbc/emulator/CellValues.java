package org.semossjdbc.emulator;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.text.SimpleDateFormat;

/**
 * Reads one cell the way SEMOSS's RawRDBMSSelectWrapper does: INTEGER getInt, BIGINT getLong,
 * FLOAT/DOUBLE/NUMERIC/DECIMAL/REAL getDouble, DATE as {@code yyyy-MM-dd}, TIMESTAMP as
 * {@code yyyy-MM-dd HH:mm:ss} (fraction dropped), CLOB/BLOB flushed to a string, binary bytes decoded as UTF-8
 * (lossy, as recorded), ARRAY as its element array, BOOLEAN/BIT getBoolean, OTHER getObject, and every other
 * type, SMALLINT and TINYINT included, getString. SQL NULL is null.
 */
final class CellValues {

    private CellValues() {
    }

    static Object read(ResultSet rs, int index, ColumnInfo column) throws SQLException {
        switch (column.jdbcType()) {
            case Types.INTEGER -> {
                int value = rs.getInt(index);
                return rs.wasNull() ? null : value;
            }
            case Types.BIGINT -> {
                long value = rs.getLong(index);
                return rs.wasNull() ? null : value;
            }
            case Types.FLOAT, Types.DOUBLE, Types.NUMERIC, Types.DECIMAL, Types.REAL -> {
                double value = rs.getDouble(index);
                return rs.wasNull() ? null : value;
            }
            case Types.DATE -> {
                if ("YEAR".equalsIgnoreCase(column.typeName())) {
                    // Recorded on MariaDB (307): every YEAR value arrived as 1970-01-01, i.e. the year number was
                    // taken as epoch milliseconds. The same rule reproduces it.
                    long year = rs.getLong(index);
                    SimpleDateFormat utc = new SimpleDateFormat("yyyy-MM-dd");
                    utc.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
                    return rs.wasNull() ? null : utc.format(new java.sql.Date(year));
                }
                java.sql.Date value = rs.getDate(index);
                return value == null ? null : new SimpleDateFormat("yyyy-MM-dd").format(value);
            }
            case Types.TIMESTAMP -> {
                java.sql.Timestamp value = rs.getTimestamp(index);
                if (value == null) {
                    return null;
                }
                SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd HH:mm:ss");
                if ("timestamptz".equalsIgnoreCase(column.typeName())) {
                    // An instant: the recorded server ran in UTC and wrote it in UTC (206), whatever this JVM's zone.
                    format.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
                }
                return format.format(value);
            }
            case Types.CLOB, Types.NCLOB -> {
                Clob clob = rs.getClob(index);
                return clob == null ? null : readClob(clob);
            }
            case Types.BLOB -> {
                Blob blob = rs.getBlob(index);
                return blob == null ? null
                        : new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
                byte[] bytes = rs.getBytes(index);
                return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
            }
            case Types.ARRAY -> {
                Array array = rs.getArray(index);
                return array == null ? null : array.getArray();
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = rs.getBoolean(index);
                return rs.wasNull() ? null : value;
            }
            case Types.OTHER -> {
                Object value = rs.getObject(index);
                if (value instanceof byte[] bytes) {
                    // H2's JSON type: its value is the JSON text's bytes, which the server's Gson writes as an array
                    // of byte values (170).
                    Object[] numbers = new Object[bytes.length];
                    for (int i = 0; i < bytes.length; i++) {
                        numbers[i] = (int) bytes[i];
                    }
                    return numbers;
                }
                return value;
            }
            default -> {
                return rs.getString(index);
            }
        }
    }

    private static String readClob(Clob clob) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Reader reader = clob.getCharacterStream()) {
            char[] buffer = new char[8192];
            int read;
            while ((read = reader.read(buffer)) > 0) {
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new SQLException("Cannot read CLOB: " + e.getMessage(), e);
        }
        return text.toString();
    }
}
