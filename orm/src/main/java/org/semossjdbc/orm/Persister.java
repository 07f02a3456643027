package org.semossjdbc.orm;

import static org.semossjdbc.orm.SemossModel.Callback.AFTER_CREATE;
import static org.semossjdbc.orm.SemossModel.Callback.AFTER_DELETE;
import static org.semossjdbc.orm.SemossModel.Callback.AFTER_SAVE;
import static org.semossjdbc.orm.SemossModel.Callback.AFTER_UPDATE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_CREATE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_DELETE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_SAVE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_UPDATE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Writes one record: INSERT with its key read back, UPDATE of changed columns with the version check, DELETE. */
final class Persister {
    private Persister() {
    }

    static void save(SemossModel model) {
        ModelMetadata<?> metadata = ModelMetadata.of(model.getClass());
        if (model.isDeleted()) {
            throw new IllegalStateException("Cannot save " + model + ": it was deleted");
        }
        validateOrThrow(model, metadata);
        model.runCallback(BEFORE_SAVE);
        if (model.isNew()) {
            model.runCallback(BEFORE_CREATE);
            Writes writes = new Writes(metadata);
            SemossOrm.database().run("Insert into " + metadata.table(), (connection, dialect) -> {
                insert(connection, dialect, writes, model);
                return null;
            });
            model.markPersisted();
            model.runCallback(AFTER_CREATE);
        } else {
            model.runCallback(BEFORE_UPDATE);
            Writes writes = new Writes(metadata);
            Writes.Update update = writes.prepareUpdate(model);
            if (update != null) {
                SemossOrm.database().run("Update of " + model, (connection, dialect) -> {
                    update(connection, dialect, writes, update);
                    return null;
                });
                writes.completeUpdate(model);
            }
            model.markPersisted();
            model.runCallback(AFTER_UPDATE);
        }
        model.runCallback(AFTER_SAVE);
    }

    static void validateOrThrow(SemossModel model, ModelMetadata<?> metadata) {
        if (!model.isValid()) {
            throw new ValidationException(metadata.modelName(), model.errors());
        }
    }

    private static void insert(Connection connection, SqlDialect dialect, Writes writes, SemossModel model)
            throws SQLException {
        Writes.Insert insert = writes.prepareInsert(model);
        String sql = new SqlBuilder(writes.metadata(), dialect).insert(insert.columns());
        try (PreparedStatement statement = insert.generatedKey()
                ? connection.prepareStatement(sql, new String[] {dialect.fold(writes.metadata().id().column())})
                : connection.prepareStatement(sql)) {
            writes.bind(statement, dialect, insert.values());
            statement.executeUpdate();
            if (insert.generatedKey()) {
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SemossOrmException("The database returned no generated key for " + model
                                + "; give the column a default/identity, set the id, or use a UUID id");
                    }
                    writes.assignKey(model, keys.getObject(1));
                }
            }
        }
    }

    private static void update(Connection connection, SqlDialect dialect, Writes writes, Writes.Update update)
            throws SQLException {
        SqlBuilder sql = new SqlBuilder(writes.metadata(), dialect);
        int count;
        try (PreparedStatement statement = connection.prepareStatement(
                sql.update(update.columns(), update.versioned()))) {
            writes.bind(statement, dialect, update.values());
            count = statement.executeUpdate();
        }
        writes.checkUpdated(connection, dialect, update, count);
    }

    static void delete(SemossModel model) {
        ModelMetadata<?> metadata = ModelMetadata.of(model.getClass());
        if (model.isNew()) {
            throw new IllegalStateException("Cannot delete " + model + ": it was never saved");
        }
        model.runCallback(BEFORE_DELETE);
        Object id = metadata.id().get(model);
        boolean versioned = metadata.version() != null;
        SemossOrm.database().run("Delete of " + model, (connection, dialect) -> {
            SqlBuilder sql = new SqlBuilder(metadata, dialect);
            int count;
            try (PreparedStatement statement = connection.prepareStatement(sql.delete(versioned))) {
                metadata.id().codec().bind(statement, 1, id, dialect);
                if (versioned) {
                    metadata.version().codec().bind(statement, 2, model.snapshotValue(metadata.version().name()),
                            dialect);
                }
                count = statement.executeUpdate();
            }
            if (count == Statement.SUCCESS_NO_INFO) {
                // No count from the backend: the row being gone is what the caller asked for; it still being
                // there means the version check failed.
                count = rowExists(connection, dialect, metadata, id) ? 0 : 1;
            }
            if (count == 0 && versioned) {
                throw new StaleObjectException(model + " was changed or deleted by someone else (expected version "
                        + model.snapshotValue(metadata.version().name()) + ")");
            }
            return null;
        });
        model.markDeleted();
        model.runCallback(AFTER_DELETE);
    }

    static boolean rowExists(Connection connection, SqlDialect dialect, ModelMetadata<?> metadata, Object id)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                new SqlBuilder(metadata, dialect).countById())) {
            metadata.id().codec().bind(statement, 1, id, dialect);
            try (ResultSet resultSet = statement.executeQuery()) {
                return resultSet.next() && resultSet.getLong(1) > 0;
            }
        }
    }

    static void reload(SemossModel model) {
        ModelMetadata<?> metadata = ModelMetadata.of(model.getClass());
        Object id = metadata.id().get(model);
        if (model.isNew() || id == null) {
            throw new IllegalStateException("Cannot reload " + model + ": it was never saved");
        }
        SemossModel fresh = SemossModel.finder(metadata.type()).get(id)
                .orElseThrow(() -> new SemossOrmException(model + " no longer exists"));
        for (PropertyMapping property : metadata.properties()) {
            property.set(model, property.get(fresh));
        }
        for (RelationMapping relation : metadata.relationsByName().values()) {
            Object value = relation.relationOf(model);
            if (value instanceof HasMany<?> many) {
                many.reset();
            } else if (value instanceof BelongsTo<?> one) {
                one.reset();
            }
        }
        model.markPersisted();
        model.runAfterLoad();
    }
}
