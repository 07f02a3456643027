package org.semossjdbc.sql.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Types;
import java.util.Locale;

/**
 * One column of a {@link java.sql.DatabaseMetaData} result: its label as the JDBC 4.3 javadoc spells it, the
 * {@link java.sql.Types} code the JDBC result must declare, and that type's name.
 *
 * <p>The catalog SQL cannot make SEMOSS deliver these types exactly: SEMOSS reads SMALLINT and TINYINT with
 * {@code getString} (JSON strings), DECIMAL with {@code getDouble}, and MariaDB has no real BOOLEAN. So the SQL delivers
 * integers, strings and 0/1 flags, and {@link #convert(Object)} turns whatever arrived into the Java class JDBC
 * promises for {@link #jdbcType()}: {@code String} for VARCHAR, {@code Integer} for INTEGER, {@code Short} for
 * SMALLINT, {@code Long} for BIGINT and {@code Boolean} for BOOLEAN.
 *
 * @param name     the column label, e.g. {@code TABLE_NAME}
 * @param jdbcType the {@link Types} code, e.g. {@link Types#VARCHAR}
 * @param typeName the name of that type, e.g. {@code VARCHAR}
 */
public record MetadataColumn(String name, int jdbcType, String typeName) {

    /** Builds a column from its label and {@link Types} code; the type name is derived from the code. */
    public static MetadataColumn of(String name, int jdbcType) {
        return new MetadataColumn(name, jdbcType, typeNameOf(jdbcType));
    }

    /** The Java class {@link #convert(Object)} returns (and {@code ResultSet.getObject} should return). */
    public Class<?> javaClass() {
        return switch (jdbcType) {
            case Types.VARCHAR -> String.class;
            case Types.INTEGER -> Integer.class;
            case Types.SMALLINT -> Short.class;
            case Types.BIGINT -> Long.class;
            case Types.BOOLEAN -> Boolean.class;
            default -> throw new IllegalStateException("no metadata column has type " + jdbcType);
        };
    }

    /**
     * Converts one value as it arrived from SEMOSS (a decoded JSON value: null, String, Boolean or any Number) or
     * from a plain JDBC driver into the class of {@link #javaClass()}.
     *
     * <ul>
     *   <li>VARCHAR: strings pass; numbers and booleans become their text (integral doubles without ".0").</li>
     *   <li>INTEGER / SMALLINT / BIGINT: numbers are narrowed (SEMOSS sends DECIMAL as a double), strings are parsed
     *       (SEMOSS sends SMALLINT as a string), booleans become 1 or 0.</li>
     *   <li>BOOLEAN: booleans pass; numbers are {@code != 0} (MariaDB flags are 0/1); strings {@code true},
     *       {@code false}, {@code 1}, {@code 0}, {@code YES}, {@code NO} in any case.</li>
     * </ul>
     *
     * @throws IllegalArgumentException when the value cannot mean a value of this column's type
     */
    public Object convert(Object value) {
        if (value == null) {
            return null;
        }
        return switch (jdbcType) {
            case Types.VARCHAR -> asText(value);
            case Types.INTEGER -> narrowToInt(asLong(value));
            case Types.SMALLINT -> narrowToShort(asLong(value));
            case Types.BIGINT -> asLong(value);
            case Types.BOOLEAN -> asBoolean(value);
            default -> throw new IllegalStateException("no metadata column has type " + jdbcType);
        };
    }

    private static String asText(Object value) {
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private long asLong(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.longValue();
        }
        if (value instanceof BigInteger big) {
            return big.longValueExact();
        }
        if (value instanceof Number number) {
            // Whole values only: SEMOSS turns DECIMAL into a double, which is exact for catalog-sized integers.
            return value instanceof Double || value instanceof Float ? Math.round(number.doubleValue()) : number.longValue();
        }
        String text = value.toString().trim();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notAnInteger) {
            try {
                return new BigDecimal(text).longValue();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + ": '" + text + "' is not a number", e);
            }
        }
    }

    private int narrowToInt(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + value + " does not fit an INTEGER");
        }
        return (int) value;
    }

    private short narrowToShort(long value) {
        if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
            throw new IllegalArgumentException(name + ": " + value + " does not fit a SMALLINT");
        }
        return (short) value;
    }

    private Boolean asBoolean(Object value) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return switch (value.toString().trim().toUpperCase(Locale.ROOT)) {
            case "TRUE", "1", "YES", "T", "Y" -> true;
            case "FALSE", "0", "NO", "F", "N" -> false;
            default -> throw new IllegalArgumentException(name + ": '" + value + "' is not a boolean");
        };
    }

    private static String typeNameOf(int jdbcType) {
        return switch (jdbcType) {
            case Types.VARCHAR -> "VARCHAR";
            case Types.INTEGER -> "INTEGER";
            case Types.SMALLINT -> "SMALLINT";
            case Types.BIGINT -> "BIGINT";
            case Types.BOOLEAN -> "BOOLEAN";
            default -> throw new IllegalArgumentException("no metadata column has type " + jdbcType);
        };
    }
}
