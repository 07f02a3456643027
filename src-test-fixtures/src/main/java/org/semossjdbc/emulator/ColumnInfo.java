package org.semossjdbc.emulator;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * One result column as the server describes it.
 *
 * @param label {@code getColumnLabel}: {@code headers}, {@code alias}, {@code header}
 * @param name {@code getColumnName}: {@code rawHeaders}
 * @param jdbcType {@link java.sql.Types} code, which picks the value conversion
 * @param typeName the driver's type name, which picks {@code dataType}
 */
record ColumnInfo(String label, String name, int jdbcType, String typeName) {

    static List<ColumnInfo> of(ResultSetMetaData meta) throws SQLException {
        List<ColumnInfo> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new ColumnInfo(meta.getColumnLabel(i), meta.getColumnName(i), meta.getColumnType(i),
                    meta.getColumnTypeName(i)));
        }
        return List.copyOf(columns);
    }

    String dataType() {
        return SemossTypes.dataType(typeName, jdbcType);
    }
}
