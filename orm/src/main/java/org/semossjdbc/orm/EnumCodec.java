package org.semossjdbc.orm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/** Stores an enum constant by its name in a text column. */
record EnumCodec(Class<?> javaType) implements ValueCodec {

    @Override
    public void bind(PreparedStatement statement, int index, Object value, SqlDialect dialect) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, ((Enum<?>) value).name());
        }
    }

    @Override
    public Object read(ResultSet resultSet, int index, SqlDialect dialect) throws SQLException {
        String name = resultSet.getString(index);
        return name == null ? null : coerce(name);
    }

    @Override
    public Object coerce(Object value) {
        if (value == null || javaType.isInstance(value)) {
            return value;
        }
        if (value instanceof String name) {
            for (Object constant : javaType.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(name)) {
                    return constant;
                }
            }
            throw new IllegalArgumentException("'" + name + "' is not a constant of " + javaType.getSimpleName());
        }
        throw new IllegalArgumentException("Expected " + javaType.getSimpleName() + ", got "
                + value.getClass().getSimpleName());
    }
}
