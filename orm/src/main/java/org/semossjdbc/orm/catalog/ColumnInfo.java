package org.semossjdbc.orm.catalog;

import java.util.Objects;

/**
 * One column of a {@link TableInfo}, as {@code DatabaseMetaData.getColumns} and {@code getPrimaryKeys} describe it.
 *
 * @param position      1-based position in the table ({@code ORDINAL_POSITION})
 * @param name          the column name as the database stores it
 * @param sqlType       the {@link java.sql.Types} code ({@code DATA_TYPE})
 * @param typeName      the database's type name ({@code TYPE_NAME}), e.g. {@code VARCHAR}, {@code int4}
 * @param length        {@code COLUMN_SIZE}: characters for text, precision for numbers, bytes for binary; null when
 *                      the driver reports none
 * @param decimalDigits {@code DECIMAL_DIGITS} (the scale of a number); null when not applicable
 * @param nullability   whether NULL is allowed ({@code NULLABLE})
 * @param defaultValue  the default as SQL text ({@code COLUMN_DEF}), e.g. {@code 'new'} or {@code 0}; null without one (also for
 *                      {@code DEFAULT NULL})
 * @param keySequence   1-based position in the primary key ({@code KEY_SEQ}), or 0 when not part of it
 */
public record ColumnInfo(int position, String name, int sqlType, String typeName, Integer length,
                         Integer decimalDigits, Nullability nullability, String defaultValue, int keySequence) {

    /** Checks the non-null parts. */
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nullability, "nullability");
    }

    /** Whether the column is part of the table's primary key. */
    public boolean primaryKey() {
        return keySequence > 0;
    }

    /** Whether the column accepts NULL ({@code false} also when unknown). */
    public boolean nullable() {
        return nullability == Nullability.NULLABLE;
    }
}
