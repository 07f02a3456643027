package org.semossjdbc.orm.catalog;

import java.sql.DatabaseMetaData;

/** Whether a column accepts NULL, as {@code getColumns} reports it in {@code NULLABLE}. */
public enum Nullability {
    /** {@code columnNoNulls}: NOT NULL (also every primary key column). */
    NOT_NULL,
    /** {@code columnNullable}. */
    NULLABLE,
    /** {@code columnNullableUnknown}: the driver does not know. */
    UNKNOWN;

    /** Maps a {@code NULLABLE} code of {@code getColumns}; any other code is {@link #UNKNOWN}. */
    public static Nullability fromJdbc(int code) {
        return switch (code) {
            case DatabaseMetaData.columnNoNulls -> NOT_NULL;
            case DatabaseMetaData.columnNullable -> NULLABLE;
            default -> UNKNOWN;
        };
    }
}
