package org.semossjdbc.orm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Moves one Java type between a model field and JDBC. Because the ORM knows each field's type, it can select lossy
 * types (DECIMAL, fractional-second timestamps, bytes) in an exact textual form and parse them back; the same code
 * path runs on every backend, so what passes on a direct connection also holds through SEMOSS.
 */
interface ValueCodec {

    /** The Java type of the field (boxed for primitives). */
    Class<?> javaType();

    /** The select-list expression that reads {@code quotedColumn} without loss on this dialect. */
    default String selectExpression(String quotedColumn, SqlDialect dialect) {
        return quotedColumn;
    }

    /** Binds {@code value} (already {@linkplain #coerce coerced}; may be null) as parameter {@code index}. */
    void bind(PreparedStatement statement, int index, Object value, SqlDialect dialect) throws SQLException;

    /** Reads column {@code index} as selected by {@link #selectExpression}; null for SQL NULL. */
    Object read(ResultSet resultSet, int index, SqlDialect dialect) throws SQLException;

    /**
     * Converts a caller's value (a condition value, say) to this codec's type; throws IllegalArgumentException when
     * it cannot be converted without loss, so a wrong type is an error before any SQL is sent.
     */
    Object coerce(Object value);

    /** The codec for a field type, or IllegalArgumentException naming the unsupported type. */
    static ValueCodec forType(Class<?> type) {
        if (type.isEnum()) {
            return new EnumCodec(type);
        }
        return StandardCodec.forType(type);
    }
}
