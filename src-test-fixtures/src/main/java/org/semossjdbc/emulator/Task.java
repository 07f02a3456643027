package org.semossjdbc.emulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * An open result cursor in an insight's task store. Its SQL runs lazily, when the first page is written (the
 * server creates the iterator while streaming the response, after every statement of the request has run). The
 * ResultSet then stays open on the engine's shared connection until the rows run out, the task is removed, or the
 * insight is dropped; an exhausted task stays in the store and answers empty pages (transcripts 041, 043).
 * Methods are synchronized: concurrent requests on one insight may page the same task.
 */
final class Task {

    private final String id;
    private final Engine engine;
    private final String sql;
    private Statement statement;
    private ResultSet resultSet;
    private List<ColumnInfo> columns;
    private boolean exhausted;
    private boolean closed;

    Task(String id, Engine engine, String sql) {
        this.id = id;
        this.engine = engine;
        this.sql = sql;
    }

    String id() {
        return id;
    }

    Engine engine() {
        return engine;
    }

    synchronized boolean executed() {
        return columns != null;
    }

    /** Runs the query through a plain Statement on the shared connection. */
    synchronized void execute() throws SQLException {
        engine.lock().lock();
        try {
            engine.recordSql(sql);
            Statement created = engine.connection().createStatement();
            try {
                resultSet = created.executeQuery(sql);
                statement = created;
                columns = ColumnInfo.of(resultSet.getMetaData());
            } catch (SQLException | RuntimeException e) {
                closeQuietly(created);
                throw e;
            }
        } finally {
            engine.lock().unlock();
        }
    }

    synchronized List<ColumnInfo> columns() {
        return columns;
    }

    /**
     * Writes up to {@code limit} rows ({@code -1} for all) as JSON arrays and returns how many were written;
     * {@code afterRow} runs after each (the emulator's cost model charges rendering there). The engine is locked
     * while rows are fetched, because the connection is shared.
     */
    synchronized int writeRows(JsonGenerator json, int limit, Runnable afterRow) throws SQLException, IOException {
        if (exhausted || closed || limit == 0) {
            return 0;
        }
        int written = 0;
        engine.lock().lock();
        try {
            while (limit < 0 || written < limit) {
                if (!resultSet.next()) {
                    exhausted = true;
                    releaseCursor();
                    break;
                }
                json.writeStartArray();
                for (int i = 0; i < columns.size(); i++) {
                    ColumnValueWriter.write(json, resultSet, i + 1, columns.get(i));
                }
                json.writeEndArray();
                written++;
                afterRow.run();
            }
        } finally {
            engine.lock().unlock();
        }
        return written;
    }

    /** Closes the cursor; the task itself answers empty pages afterwards. */
    private void releaseCursor() {
        closeQuietly(resultSet);
        closeQuietly(statement);
        resultSet = null;
        statement = null;
    }

    synchronized void close() {
        closed = true;
        engine.lock().lock();
        try {
            releaseCursor();
        } finally {
            engine.lock().unlock();
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // a cursor that cannot close is gone anyway
        }
    }
}
