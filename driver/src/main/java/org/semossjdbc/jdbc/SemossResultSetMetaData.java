package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.ColumnHeader;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.List;

/**
 * Column descriptions from SEMOSS's {@code headers}, {@code rawHeaders} and {@code headerInfo}. SEMOSS sends no
 * precision, scale, nullability or table names (docs/protocol.md, 'Column types'), so those are reported as unknown
 * rather than guessed.
 */
final class SemossResultSetMetaData implements ResultSetMetaData {
    private final List<ColumnHeader> headers;
    private final ColumnType[] types;

    SemossResultSetMetaData(List<ColumnHeader> headers, ColumnType[] types) {
        this.headers = headers;
        this.types = types.clone();
    }

    private ColumnHeader header(int column) throws SQLException {
        if (column < 1 || column > headers.size()) {
            throw new SQLException("Column index " + column + " out of range 1.." + headers.size(), "07009");
        }
        return headers.get(column - 1);
    }

    private ColumnType type(int column) throws SQLException {
        header(column);
        return types[column - 1];
    }

    @Override
    public int getColumnCount() {
        return headers.size();
    }

    @Override
    public boolean isAutoIncrement(int column) throws SQLException {
        header(column);
        return false;
    }

    @Override
    public boolean isCaseSensitive(int column) throws SQLException {
        return type(column) == ColumnType.VARCHAR;
    }

    @Override
    public boolean isSearchable(int column) throws SQLException {
        header(column);
        return true;
    }

    @Override
    public boolean isCurrency(int column) throws SQLException {
        header(column);
        return false;
    }

    @Override
    public int isNullable(int column) throws SQLException {
        header(column);
        return columnNullableUnknown;
    }

    @Override
    public boolean isSigned(int column) throws SQLException {
        return type(column).isNumeric();
    }

    @Override
    public int getColumnDisplaySize(int column) throws SQLException {
        return type(column).displaySize;
    }

    @Override
    public String getColumnLabel(int column) throws SQLException {
        String label = header(column).label();
        return label == null ? header(column).name() : label;
    }

    @Override
    public String getColumnName(int column) throws SQLException {
        String name = header(column).name();
        return name == null ? getColumnLabel(column) : name;
    }

    @Override
    public String getSchemaName(int column) throws SQLException {
        header(column);
        return "";
    }

    @Override
    public int getPrecision(int column) throws SQLException {
        return switch (type(column)) {
            case BIGINT -> 19;
            case INTEGER -> 10;
            case SMALLINT -> 5;
            case DOUBLE -> 17;
            case BOOLEAN -> 1;
            case DATE -> 10;
            case TIMESTAMP -> 19;
            case VARCHAR -> 0;
        };
    }

    @Override
    public int getScale(int column) throws SQLException {
        header(column);
        return 0;
    }

    @Override
    public String getTableName(int column) throws SQLException {
        header(column);
        return "";
    }

    @Override
    public String getCatalogName(int column) throws SQLException {
        header(column);
        return "";
    }

    @Override
    public int getColumnType(int column) throws SQLException {
        return type(column).jdbcType;
    }

    @Override
    public String getColumnTypeName(int column) throws SQLException {
        return type(column).typeName;
    }

    @Override
    public boolean isReadOnly(int column) throws SQLException {
        header(column);
        return true;
    }

    @Override
    public boolean isWritable(int column) throws SQLException {
        header(column);
        return false;
    }

    @Override
    public boolean isDefinitelyWritable(int column) throws SQLException {
        header(column);
        return false;
    }

    @Override
    public String getColumnClassName(int column) throws SQLException {
        return type(column).javaClass.getName();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
