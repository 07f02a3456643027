package org.semossjdbc.orm;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a {@link Query}'s SQL on a borrowed connection and turns rows into models. */
final class QueryRunner {
    private QueryRunner() {
    }

    static <T extends SemossModel> List<T> all(Query<T> query) {
        ModelMetadata<T> metadata = query.metadata;
        List<T> rows = SemossOrm.database().run("Query " + metadata.modelName(), (connection, dialect) -> {
            SqlStatement statement = new SqlBuilder(metadata, dialect).select(query);
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                statement.bind(prepared, dialect);
                try (ResultSet resultSet = prepared.executeQuery()) {
                    List<T> models = new ArrayList<>();
                    while (resultSet.next()) {
                        models.add(load(metadata, resultSet, dialect));
                    }
                    return models;
                }
            }
        });
        for (String relation : query.includes()) {
            IncludeLoader.load(metadata, metadata.relation(relation), rows);
        }
        rows.forEach(SemossModel::runAfterLoad);
        return rows;
    }

    /** A model from the current row, columns in metadata order; it starts clean (nothing changed). */
    static <T extends SemossModel> T load(ModelMetadata<T> metadata, ResultSet resultSet, SqlDialect dialect)
            throws SQLException {
        T model = metadata.instantiate();
        int index = 1;
        for (PropertyMapping property : metadata.properties()) {
            property.set(model, property.codec().read(resultSet, index++, dialect));
        }
        model.markPersisted();
        return model;
    }

    static long count(Query<?> query) {
        return SemossOrm.database().run("Count " + query.metadata.modelName(), (connection, dialect) -> {
            SqlStatement statement = new SqlBuilder(query.metadata, dialect).count(query);
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                statement.bind(prepared, dialect);
                try (ResultSet resultSet = prepared.executeQuery()) {
                    resultSet.next();
                    return resultSet.getLong(1);
                }
            }
        });
    }

    static boolean exists(Query<?> query) {
        return SemossOrm.database().run("Exists " + query.metadata.modelName(), (connection, dialect) -> {
            SqlStatement statement = new SqlBuilder(query.metadata, dialect).exists(query);
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                statement.bind(prepared, dialect);
                try (ResultSet resultSet = prepared.executeQuery()) {
                    return resultSet.next();
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    static <V> List<V> pluck(Query<?> query, PropertyMapping property) {
        return SemossOrm.database().run("Pluck " + property.column(), (connection, dialect) -> {
            SqlStatement statement = new SqlBuilder(query.metadata, dialect).pluck(query, property);
            try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
                statement.bind(prepared, dialect);
                try (ResultSet resultSet = prepared.executeQuery()) {
                    List<V> values = new ArrayList<>();
                    while (resultSet.next()) {
                        values.add((V) property.codec().read(resultSet, 1, dialect));
                    }
                    return values;
                }
            }
        });
    }
}
