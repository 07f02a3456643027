package org.semossjdbc.orm;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * SQL text with its parameters, each bound by the codec of the column it is compared with.
 *
 * @param sql        the text, with {@code ?} for every value
 * @param parameters values in order
 */
record SqlStatement(String sql, List<Parameter> parameters) {

    /** One bound value. */
    record Parameter(Object value, ValueCodec codec) {
    }

    void bind(PreparedStatement statement, SqlDialect dialect) throws SQLException {
        int index = 1;
        for (Parameter parameter : parameters) {
            parameter.codec().bind(statement, index++, parameter.value(), dialect);
        }
    }

    @Override
    public String toString() {
        return sql;
    }
}
