package org.semossjdbc.orm;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The column lists, values and checks of INSERT and UPDATE statements for one model, shared by the single-record
 * and the batch persister.
 */
final class Writes {

    /** An INSERT's columns and values; {@code generatedKey} when the database must supply the id. */
    record Insert(List<String> columns, List<SqlStatement.Parameter> values, boolean generatedKey) {
    }

    /**
     * An UPDATE's changed columns and all its parameters (SET values, token, id, expected version), with what the
     * checks need.
     */
    record Update(SemossModel model, List<String> columns, List<SqlStatement.Parameter> values, boolean versioned,
                  Object id, Object expectedVersion, String token) {

        /** The batch groups updates by this: same columns, same SQL. */
        String shape() {
            return columns + (versioned ? "+version" : "");
        }
    }

    private final ModelMetadata<?> metadata;

    Writes(ModelMetadata<?> metadata) {
        this.metadata = metadata;
    }

    ModelMetadata<?> metadata() {
        return metadata;
    }

    Insert prepareInsert(SemossModel model) {
        PropertyMapping id = metadata.id();
        if (id.get(model) == null && id.codec().javaType() == UUID.class) {
            id.set(model, UUID.randomUUID()); // client-generated key: no round trip, works on every backend
        }
        boolean generated = id.get(model) == null;
        PropertyMapping version = metadata.version();
        if (version != null && version.get(model) == null) {
            version.set(model, version.codec().coerce(0));
        }
        List<String> columns = new ArrayList<>();
        List<SqlStatement.Parameter> values = new ArrayList<>();
        for (PropertyMapping property : metadata.properties()) {
            if (property == id && generated) {
                continue;
            }
            columns.add(property.column());
            values.add(new SqlStatement.Parameter(property.get(model), property.codec()));
        }
        if (metadata.tokenColumn() != null) {
            columns.add(metadata.tokenColumn());
            values.add(new SqlStatement.Parameter(UUID.randomUUID().toString(), StandardCodec.STRING));
        }
        return new Insert(columns, values, generated);
    }

    /** Sets the key the database generated; drivers answer Long, Integer, BigInteger or BigDecimal, even text. */
    void assignKey(SemossModel model, Object raw) {
        PropertyMapping id = metadata.id();
        Object key = raw instanceof String text && Number.class.isAssignableFrom(id.codec().javaType())
                ? new BigDecimal(text.trim()) : raw;
        id.set(model, id.codec().coerce(key));
    }

    /** The UPDATE for a record's changed columns, or null when nothing changed (no SQL is sent then). */
    Update prepareUpdate(SemossModel model) {
        PropertyMapping id = metadata.id();
        Object savedId = model.snapshotValue(id.name());
        if (!DirtyTracker.same(id.get(model), savedId)) {
            throw new IllegalStateException("The primary key of a saved " + metadata.modelName()
                    + " cannot change (was " + savedId + ")");
        }
        List<PropertyMapping> changed = DirtyTracker.changed(model, metadata);
        if (changed.isEmpty()) {
            return null;
        }
        List<String> columns = new ArrayList<>();
        List<SqlStatement.Parameter> values = new ArrayList<>();
        for (PropertyMapping property : changed) {
            columns.add(property.column());
            values.add(new SqlStatement.Parameter(property.get(model), property.codec()));
        }
        boolean versioned = metadata.version() != null;
        if (versioned && metadata.tokenColumn() == null && SemossOrm.database().updateCountsMissing()) {
            // Known from an earlier UPDATE: refuse before sending rather than after.
            throw new SemossOrmException("This backend reports no update counts, so the version check of " + model
                    + " cannot be verified; declare @Version(token = \"<column>\") for " + metadata.modelName());
        }
        String token = null;
        if (versioned && metadata.tokenColumn() != null) {
            token = UUID.randomUUID().toString();
            values.add(new SqlStatement.Parameter(token, StandardCodec.STRING));
        }
        values.add(new SqlStatement.Parameter(savedId, id.codec()));
        Object expectedVersion = null;
        if (versioned) {
            expectedVersion = model.snapshotValue(metadata.version().name());
            values.add(new SqlStatement.Parameter(expectedVersion, metadata.version().codec()));
        }
        return new Update(model, columns, values, versioned, savedId, expectedVersion, token);
    }

    void bind(PreparedStatement statement, SqlDialect dialect, List<SqlStatement.Parameter> values)
            throws SQLException {
        int index = 1;
        for (SqlStatement.Parameter value : values) {
            value.codec().bind(statement, index++, value.value(), dialect);
        }
    }

    /**
     * Checks the update count: exactly one row, else {@link StaleObjectException}. A backend that reports
     * {@link Statement#SUCCESS_NO_INFO} is checked by reading back the token this very UPDATE wrote: only the writer
     * whose UPDATE matched the expected version can find its own token, so two writers never both succeed.
     */
    void checkUpdated(Connection connection, SqlDialect dialect, Update update, int count) throws SQLException {
        if (count == Statement.SUCCESS_NO_INFO) {
            SemossOrm.database().noteUpdateCountsMissing();
            count = countByToken(connection, dialect, update);
        }
        if (count == 1) {
            return;
        }
        if (count == 0) {
            throw new StaleObjectException(update.versioned()
                    ? update.model() + " was changed or deleted by someone else since version "
                    + update.expectedVersion() + "; reload it and retry"
                    : update.model() + " no longer exists");
        }
        throw new SemossOrmException("Update of " + update.model() + " changed " + count
                + " rows; is " + metadata.id().column() + " really the primary key?");
    }

    private int countByToken(Connection connection, SqlDialect dialect, Update update) throws SQLException {
        if (!update.versioned()) {
            return 1; // nothing to verify against: an unversioned update of a vanished row is not detectable here
        }
        if (metadata.tokenColumn() == null) {
            throw new SemossOrmException("The backend reports no update count, so the version check of "
                    + update.model() + " cannot be verified (the UPDATE was sent and may have been applied); declare "
                    + "@Version(token = \"<column>\") for " + metadata.modelName());
        }
        try (PreparedStatement statement = connection.prepareStatement(
                new SqlBuilder(metadata, dialect).selectToken())) {
            metadata.id().codec().bind(statement, 1, update.id(), dialect);
            try (ResultSet resultSet = statement.executeQuery()) {
                if (!resultSet.next()) {
                    return 0;
                }
                String token = resultSet.getString(2);
                return update.token().equals(token == null ? null : token.trim()) ? 1 : 0;
            }
        }
    }

    /** After a successful versioned UPDATE the row holds version + 1; so does the record now. */
    void completeUpdate(SemossModel model) {
        PropertyMapping version = metadata.version();
        if (version != null) {
            Object current = model.snapshotValue(version.name());
            long next = ((Number) current).longValue() + 1;
            version.set(model, version.codec().coerce(next));
        }
    }
}
