package org.semossjdbc.orm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The codecs for the JDK types a model field may have. Numbers, booleans and text are read with the typed getters;
 * DECIMAL, temporal types and UUIDs are selected as text and parsed, bytes as hexadecimal, because SEMOSS's read
 * path turns DECIMAL into a double, drops fractional seconds and decodes bytes as UTF-8.
 */
enum StandardCodec implements ValueCodec {
    STRING(String.class, Types.VARCHAR) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setString(i, (String) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            return r.getString(i);
        }
    },
    INTEGER(Integer.class, Types.INTEGER) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setInt(i, (Integer) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            int value = r.getInt(i);
            return r.wasNull() ? null : value;
        }
    },
    LONG(Long.class, Types.BIGINT) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setLong(i, (Long) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            long value = r.getLong(i);
            return r.wasNull() ? null : value;
        }
    },
    SHORT(Short.class, Types.SMALLINT) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setShort(i, (Short) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            short value = r.getShort(i);
            return r.wasNull() ? null : value;
        }
    },
    BYTE(Byte.class, Types.TINYINT) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setByte(i, (Byte) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            byte value = r.getByte(i);
            return r.wasNull() ? null : value;
        }
    },
    DOUBLE(Double.class, Types.DOUBLE) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setDouble(i, (Double) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            double value = r.getDouble(i);
            return r.wasNull() ? null : value;
        }
    },
    FLOAT(Float.class, Types.REAL) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setFloat(i, (Float) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            float value = r.getFloat(i);
            return r.wasNull() ? null : value;
        }
    },
    BOOLEAN(Boolean.class, Types.BOOLEAN) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setBoolean(i, (Boolean) v);
        }
        @Override Object readValue(ResultSet r, int i) throws SQLException {
            boolean value = r.getBoolean(i);
            return r.wasNull() ? null : value;
        }
    },
    BIG_DECIMAL(BigDecimal.class, Types.DECIMAL) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setBigDecimal(i, (BigDecimal) v);
        }
        @Override Object readText(String text) {
            return new BigDecimal(text.trim());
        }
    },
    BIG_INTEGER(BigInteger.class, Types.DECIMAL) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setBigDecimal(i, new BigDecimal((BigInteger) v));
        }
        @Override Object readText(String text) {
            return new BigDecimal(text.trim()).toBigIntegerExact();
        }
    },
    LOCAL_DATE(LocalDate.class, Types.DATE) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            bindTemporal(s, i, v, d, java.sql.Date.valueOf((LocalDate) v));
        }
        @Override Object readText(String text) {
            return LocalDate.parse(text.trim());
        }
    },
    LOCAL_DATE_TIME(LocalDateTime.class, Types.TIMESTAMP) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            bindTemporal(s, i, v, d, Timestamp.valueOf((LocalDateTime) v));
        }
        @Override Object readText(String text) {
            return parseTimestamp(text);
        }
    },
    /** An instant is stored as a TIMESTAMP without time zone holding UTC wall-clock time. */
    INSTANT(Instant.class, Types.TIMESTAMP) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            LOCAL_DATE_TIME.bindValue(s, i, LocalDateTime.ofInstant((Instant) v, ZoneOffset.UTC), d);
        }
        @Override Object readText(String text) {
            return parseTimestamp(text).toInstant(ZoneOffset.UTC);
        }
    },
    LOCAL_TIME(LocalTime.class, Types.TIME) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            bindTemporal(s, i, v, d, java.sql.Time.valueOf((LocalTime) v));
        }
        @Override Object readText(String text) {
            return LocalTime.parse(text.trim());
        }
    },
    UUID_TEXT(UUID.class, Types.OTHER) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            // PostgreSQL has a uuid type that refuses varchar parameters; elsewhere UUIDs live in text columns
            // (H2's own UUID type also converts from text).
            if (d == SqlDialect.POSTGRESQL) {
                s.setObject(i, v);
            } else {
                s.setString(i, v.toString());
            }
        }
        @Override Object readText(String text) {
            return UUID.fromString(text.trim());
        }
    },
    BYTES(byte[].class, Types.VARBINARY) {
        @Override void bindValue(PreparedStatement s, int i, Object v, SqlDialect d) throws SQLException {
            s.setBytes(i, (byte[]) v);
        }
        @Override public String selectExpression(String quotedColumn, SqlDialect dialect) {
            return dialect.asHex(quotedColumn);
        }
        @Override public Object read(ResultSet r, int i, SqlDialect d) throws SQLException {
            if (!d.readsBytesAsHex()) {
                return r.getBytes(i);
            }
            String hex = r.getString(i);
            return hex == null ? null : HexFormat.of().parseHex(hex.trim().toLowerCase(Locale.ROOT));
        }
    };

    private final Class<?> javaType;
    private final int sqlType;

    StandardCodec(Class<?> javaType, int sqlType) {
        this.javaType = javaType;
        this.sqlType = sqlType;
    }

    static StandardCodec forType(Class<?> type) {
        Class<?> boxed = box(type);
        for (StandardCodec codec : values()) {
            if (codec.javaType == boxed) {
                return codec;
            }
        }
        throw new IllegalArgumentException("Unsupported field type " + type.getName());
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            default -> throw new IllegalArgumentException("Unsupported field type " + type.getName());
        };
    }

    @Override
    public Class<?> javaType() {
        return javaType;
    }

    /** Text-read codecs cast the column to text; the others select it as it is. */
    @Override
    public String selectExpression(String quotedColumn, SqlDialect dialect) {
        return readsText() ? dialect.asText(quotedColumn) : quotedColumn;
    }

    private boolean readsText() {
        return switch (this) {
            case BIG_DECIMAL, BIG_INTEGER, LOCAL_DATE, LOCAL_DATE_TIME, INSTANT, LOCAL_TIME, UUID_TEXT -> true;
            default -> false;
        };
    }

    @Override
    public void bind(PreparedStatement statement, int index, Object value, SqlDialect dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, this == UUID_TEXT && dialect != SqlDialect.POSTGRESQL ? Types.VARCHAR : sqlType);
        } else {
            bindValue(statement, index, value, dialect);
        }
    }

    abstract void bindValue(PreparedStatement statement, int index, Object value, SqlDialect dialect)
            throws SQLException;

    @Override
    public Object read(ResultSet resultSet, int index, SqlDialect dialect) throws SQLException {
        if (!readsText()) {
            return readValue(resultSet, index);
        }
        String text = resultSet.getString(index);
        return text == null ? null : readText(text);
    }

    Object readValue(ResultSet resultSet, int index) throws SQLException {
        throw new IllegalStateException(name() + " reads text");
    }

    Object readText(String text) {
        throw new IllegalStateException(name() + " reads typed values");
    }

    @Override
    public Object coerce(Object value) {
        if (value == null || javaType.isInstance(value)) {
            return value;
        }
        Object converted = NumberCoercion.convert(value, javaType);
        if (converted == null) {
            throw new IllegalArgumentException("Expected " + javaType.getSimpleName() + ", got "
                    + value.getClass().getSimpleName() + " (" + value + ")");
        }
        return converted;
    }

    /**
     * Temporal values go in as JDBC 4.2 objects on H2 and PostgreSQL. MariaDB's old client (1.1.9, the one SEMOSS
     * bundles) predates java.time and can drop fractional seconds of a Timestamp, so it gets the ISO text, which
     * MariaDB converts exactly; other databases get the java.sql type.
     */
    static void bindTemporal(PreparedStatement s, int i, Object value, SqlDialect d, Object legacy)
            throws SQLException {
        switch (d) {
            case H2, POSTGRESQL -> s.setObject(i, value);
            case MARIADB -> s.setString(i, value.toString().replace('T', ' '));
            case GENERIC -> s.setObject(i, legacy);
        }
    }

    /** Accepts {@code yyyy-MM-dd HH:mm:ss[.f...]} (the databases' text form) and the ISO {@code T} form. */
    static LocalDateTime parseTimestamp(String text) {
        return LocalDateTime.parse(text.trim().replace(' ', 'T'));
    }
}
