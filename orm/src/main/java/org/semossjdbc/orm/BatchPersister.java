package org.semossjdbc.orm;

import static org.semossjdbc.orm.SemossModel.Callback.AFTER_CREATE;
import static org.semossjdbc.orm.SemossModel.Callback.AFTER_SAVE;
import static org.semossjdbc.orm.SemossModel.Callback.AFTER_UPDATE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_CREATE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_SAVE;
import static org.semossjdbc.orm.SemossModel.Callback.BEFORE_UPDATE;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SemossModel#saveAll}: the same statements as single saves, sent through
 * {@code PreparedStatement.addBatch/executeBatch}, one batch per statement shape.
 */
final class BatchPersister {
    private BatchPersister() {
    }

    static <T extends SemossModel> void saveAll(List<T> models) {
        for (T model : models) {
            if (model.isDeleted()) {
                throw new IllegalStateException("Cannot save " + model + ": it was deleted");
            }
            Persister.validateOrThrow(model, ModelMetadata.of(model.getClass()));
        }
        Map<Class<?>, List<SemossModel>> byType = new LinkedHashMap<>();
        for (T model : models) {
            byType.computeIfAbsent(model.getClass(), k -> new ArrayList<>()).add(model);
        }
        for (List<SemossModel> group : byType.values()) {
            saveGroup(group);
        }
    }

    private static void saveGroup(List<SemossModel> models) {
        Writes writes = new Writes(ModelMetadata.of(models.get(0).getClass()));
        List<SemossModel> created = new ArrayList<>();
        List<Writes.Insert> inserts = new ArrayList<>();
        List<Writes.Update> updates = new ArrayList<>();
        List<SemossModel> unchanged = new ArrayList<>();
        for (SemossModel model : models) {
            model.runCallback(BEFORE_SAVE);
            if (model.isNew()) {
                model.runCallback(BEFORE_CREATE);
                created.add(model);
                inserts.add(writes.prepareInsert(model));
            } else {
                model.runCallback(BEFORE_UPDATE);
                Writes.Update update = writes.prepareUpdate(model);
                if (update == null) {
                    unchanged.add(model);
                } else {
                    updates.add(update);
                }
            }
        }
        Map<SemossModel, StaleObjectException> stale = new IdentityHashMap<>();
        SemossOrm.database().runInTransaction("Batch save of " + writes.metadata().modelName(),
                (connection, dialect, atomic) -> {
                    insertBatches(connection, dialect, writes, created, inserts);
                    updateBatches(connection, dialect, writes, updates, stale);
                    if (atomic && !stale.isEmpty()) {
                        throw firstOf(stale); // rolls the whole batch back: nothing was saved
                    }
                    return null;
                });
        for (SemossModel model : created) {
            model.markPersisted();
            model.runCallback(AFTER_CREATE);
            model.runCallback(AFTER_SAVE);
        }
        for (SemossModel model : unchanged) {
            model.runCallback(AFTER_UPDATE);
            model.runCallback(AFTER_SAVE);
        }
        for (Writes.Update update : updates) {
            if (!stale.containsKey(update.model())) {
                writes.completeUpdate(update.model());
                update.model().markPersisted();
                update.model().runCallback(AFTER_UPDATE);
                update.model().runCallback(AFTER_SAVE);
            }
        }
        if (!stale.isEmpty()) {
            throw firstOf(stale);
        }
    }

    private static StaleObjectException firstOf(Map<SemossModel, StaleObjectException> stale) {
        List<StaleObjectException> failures = new ArrayList<>(stale.values());
        failures.stream().skip(1).forEach(failures.get(0)::addSuppressed);
        return failures.get(0);
    }

    private static void insertBatches(Connection connection, SqlDialect dialect, Writes writes,
                                      List<SemossModel> models, List<Writes.Insert> inserts) throws SQLException {
        // Records with a key and records needing a generated key use different column lists: two batches.
        for (boolean generated : new boolean[] {false, true}) {
            List<Integer> members = new ArrayList<>();
            for (int i = 0; i < inserts.size(); i++) {
                if (inserts.get(i).generatedKey() == generated) {
                    members.add(i);
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            String sql = new SqlBuilder(writes.metadata(), dialect).insert(inserts.get(members.get(0)).columns());
            if (generated && !SemossOrm.database().batchReturnsKeys()) {
                insertOneByOne(connection, dialect, writes, models, inserts, members, sql);
                continue;
            }
            try (PreparedStatement statement = generated
                    ? connection.prepareStatement(sql, new String[] {dialect.fold(writes.metadata().id().column())})
                    : connection.prepareStatement(sql)) {
                for (int i : members) {
                    writes.bind(statement, dialect, inserts.get(i).values());
                    statement.addBatch();
                }
                statement.executeBatch();
                if (generated) {
                    assignKeys(statement, writes, models, members);
                }
            }
        }
    }

    /** For drivers that may not return keys after a batch: one INSERT per row, each key read back at once. */
    private static void insertOneByOne(Connection connection, SqlDialect dialect, Writes writes,
                                       List<SemossModel> models, List<Writes.Insert> inserts, List<Integer> members,
                                       String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql,
                new String[] {dialect.fold(writes.metadata().id().column())})) {
            for (int i : members) {
                writes.bind(statement, dialect, inserts.get(i).values());
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SemossOrmException("The database returned no generated key for "
                                + models.get(i) + "; give the column a default/identity, set the id, or use a UUID id");
                    }
                    writes.assignKey(models.get(i), keys.getObject(1));
                }
            }
        }
    }

    private static void assignKeys(PreparedStatement statement, Writes writes, List<SemossModel> models,
                                   List<Integer> members) throws SQLException {
        int assigned = 0;
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next() && assigned < members.size()) {
                writes.assignKey(models.get(members.get(assigned++)), keys.getObject(1));
            }
        }
        if (assigned != members.size()) {
            throw new SemossOrmException("The driver returned " + assigned + " generated keys for a batch of "
                    + members.size() + " inserts into " + writes.metadata().table()
                    + "; the rows were written but their ids are unknown");
        }
    }

    private static void updateBatches(Connection connection, SqlDialect dialect, Writes writes,
                                      List<Writes.Update> updates, Map<SemossModel, StaleObjectException> stale)
            throws SQLException {
        Map<String, List<Writes.Update>> byShape = new LinkedHashMap<>();
        for (Writes.Update update : updates) {
            byShape.computeIfAbsent(update.shape(), k -> new ArrayList<>()).add(update);
        }
        for (List<Writes.Update> shape : byShape.values()) {
            Writes.Update first = shape.get(0);
            String sql = new SqlBuilder(writes.metadata(), dialect).update(first.columns(), first.versioned());
            int[] counts;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (Writes.Update update : shape) {
                    writes.bind(statement, dialect, update.values());
                    statement.addBatch();
                }
                counts = statement.executeBatch();
            }
            for (int i = 0; i < shape.size(); i++) {
                try {
                    writes.checkUpdated(connection, dialect, shape.get(i), counts[i]);
                } catch (StaleObjectException e) {
                    stale.put(shape.get(i).model(), e);
                }
            }
        }
    }
}
