package org.semossjdbc.jdbc;

import java.sql.Types;
import java.util.Locale;

/**
 * The JDBC type the driver reports for a column, from SEMOSS's {@code headerInfo.dataType}.
 *
 * <p>{@code INT} covers INTEGER, BIGINT, SMALLINT, TINYINT and COUNT(*) alike (docs/protocol.md, 'Column types'), so it
 * is reported as BIGINT: {@code getObject} then returns {@link Long} for every row, which never overflows and never
 * changes class between rows. {@code STRING} covers text, TIME, CLOB, binary and UUID columns and is reported as
 * VARCHAR.
 */
enum ColumnType {
    BIGINT(Types.BIGINT, "BIGINT", Long.class, 20),
    INTEGER(Types.INTEGER, "INTEGER", Integer.class, 11),
    SMALLINT(Types.SMALLINT, "SMALLINT", Short.class, 6),
    DOUBLE(Types.DOUBLE, "DOUBLE", Double.class, 24),
    BOOLEAN(Types.BOOLEAN, "BOOLEAN", Boolean.class, 5),
    DATE(Types.DATE, "DATE", java.sql.Date.class, 10),
    TIMESTAMP(Types.TIMESTAMP, "TIMESTAMP", java.sql.Timestamp.class, 29),
    VARCHAR(Types.VARCHAR, "VARCHAR", String.class, Integer.MAX_VALUE);

    final int jdbcType;
    final String typeName;
    final Class<?> javaClass;
    final int displaySize;

    ColumnType(int jdbcType, String typeName, Class<?> javaClass, int displaySize) {
        this.jdbcType = jdbcType;
        this.typeName = typeName;
        this.javaClass = javaClass;
        this.displaySize = displaySize;
    }

    /** From {@code headerInfo.dataType}; also accepts the driver's own names for local result sets. */
    static ColumnType fromDataType(String dataType) {
        if (dataType == null) {
            return VARCHAR;
        }
        return switch (dataType.toUpperCase(Locale.ROOT)) {
            case "INT", "BIGINT", "LONG" -> BIGINT;
            case "INTEGER" -> INTEGER;
            case "SMALLINT", "SHORT" -> SMALLINT;
            case "DOUBLE", "NUMBER" -> DOUBLE;
            case "BOOLEAN" -> BOOLEAN;
            case "DATE" -> DATE;
            case "TIMESTAMP" -> TIMESTAMP;
            default -> VARCHAR;
        };
    }

    boolean isNumeric() {
        return this == BIGINT || this == INTEGER || this == SMALLINT || this == DOUBLE;
    }
}
