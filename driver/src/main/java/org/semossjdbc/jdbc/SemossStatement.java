package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.ServerErrorException;
import org.semossjdbc.protocol.TaskPage;
import org.semossjdbc.protocol.TaskRef;
import org.semossjdbc.sql.JdbcEscapes;
import org.semossjdbc.protocol.CallFailedException;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A JDBC statement. Each execution translates JDBC escapes, classifies the SQL and routes it (see
 * {@link StatementRunner}).
 *
 * <p>Threads: a statement is used by one thread, except {@link #cancel()} and {@link #close()}, which may come from
 * any thread; they touch only {@link #inFlight} (an atomic holding the call in progress) and {@link #closed}.
 */
class SemossStatement implements Statement {
    private final SemossConnection connection;
    private final AtomicReference<CallScope> inFlight = new AtomicReference<>();
    private volatile boolean closed;
    private final Deque<Outcome> pending = new ArrayDeque<>();
    private AbstractSemossResultSet currentResultSet;
    private long currentUpdateCount = -1;
    private SQLWarning warnings;
    private int fetchSize;
    private long maxRows;
    private int queryTimeoutSeconds;
    private boolean closeOnCompletion;
    private final List<String> batch = new ArrayList<>();
    private AbstractSemossResultSet generatedKeys;
    /** Key columns asked for by position (1-based), or null: every returned column is a key. */
    private int[] keyIndexes;

    SemossStatement(SemossConnection connection) {
        this.connection = connection;
        this.queryTimeoutSeconds = (int) connection.settings().seconds(DriverProperty.QUERY_TIMEOUT).toSeconds();
    }

    SemossConnection connection() {
        return connection;
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("Statement");
        }
        connection.checkOpen();
    }

    int effectiveFetchSize() {
        return fetchSize > 0 ? fetchSize : connection.settings().fetchSize();
    }

    long maxRowsLimit() {
        return maxRows;
    }

    synchronized void addWarning(SQLWarning warning) {
        if (warnings == null) {
            warnings = warning;
        } else {
            warnings.setNextWarning(warning);
        }
    }

    // ---- execution core

    /** Runs {@code sql} under one call scope (query timeout, cancel) and installs its results. */
    List<Outcome> runSql(String sql, StatementRunner.Expect expect) throws SQLException {
        checkOpen();
        clearResults();
        CallScope call = beginCall();
        try {
            String translated = JdbcEscapes.translate(sql, connection.context().dialect());
            List<Outcome> outcomes = new StatementRunner(this, call).run(translated, expect);
            install(outcomes);
            return outcomes;
        } finally {
            inFlight.compareAndSet(call, null);
        }
    }

    CallScope beginCall() {
        CallScope call = connection.newCall(queryTimeoutSeconds);
        inFlight.set(call);
        return call;
    }

    void endCall(CallScope call) {
        inFlight.compareAndSet(call, null);
    }

    void install(List<Outcome> outcomes) {
        pending.addAll(outcomes);
        advance();
    }

    /** Moves to the next pending outcome; false when it is not a result set. */
    private boolean advance() {
        Outcome next = pending.poll();
        currentResultSet = next == null ? null : next.resultSet();
        currentUpdateCount = next == null || next.resultSet() != null ? -1 : next.updateCount();
        return currentResultSet != null;
    }

    /** Fetches a result page under a fresh call scope, so cancel and the query timeout also bound paging. */
    TaskPage fetchPage(TaskRef task, int size) throws SQLException {
        CallScope call = beginCall();
        try {
            return connection.engine().nextPage(task, size, call);
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, false);
        } catch (ServerErrorException e) {
            throw SqlExceptions.from(e);
        } finally {
            endCall(call);
        }
    }

    void clearResults() {
        if (currentResultSet != null) {
            currentResultSet.close();
        }
        for (Outcome outcome : pending) {
            if (outcome.resultSet() != null) {
                outcome.resultSet().close();
            }
        }
        pending.clear();
        generatedKeys = null;
        currentResultSet = null;
        currentUpdateCount = -1;
        warnings = null;
    }

    void setGeneratedKeys(AbstractSemossResultSet keys) {
        generatedKeys = keys;
    }

    void keyIndexes(int[] indexes) {
        keyIndexes = indexes == null ? null : indexes.clone();
    }

    /**
     * The generated keys from an INSERT's RETURNING rows: all their columns, or those at the positions asked for by
     * index (the RETURNING form returns the table's columns in order). A position past the last column is left out
     * with a warning rather than failing a statement that has already run.
     */
    AbstractSemossResultSet keys(List<org.semossjdbc.protocol.ColumnHeader> columns, List<Object[]> rows) {
        if (keyIndexes == null) {
            return new InMemoryResultSet(this, columns, rows);
        }
        List<Integer> kept = new ArrayList<>();
        for (int index : keyIndexes) {
            if (index >= 1 && index <= columns.size()) {
                kept.add(index - 1);
            } else {
                addWarning(new SQLWarning("Generated key column index " + index + " is not a column of the table; "
                        + "left out", "01000"));
            }
        }
        List<org.semossjdbc.protocol.ColumnHeader> projected = new ArrayList<>();
        kept.forEach(i -> projected.add(columns.get(i)));
        List<Object[]> projectedRows = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] out = new Object[kept.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = row[kept.get(i)];
            }
            projectedRows.add(out);
        }
        return new InMemoryResultSet(this, projected, projectedRows);
    }

    /** Runs {@code sql} as an update that returns its generated keys (see {@link StatementRunner#runReturningKeys}). */
    long runWithKeys(String sql, List<String> keyColumns) throws SQLException {
        checkOpen();
        clearResults();
        CallScope call = beginCall();
        try {
            var context = connection.context();
            String translated = JdbcEscapes.translate(sql, context.dialect());
            var classification = org.semossjdbc.sql.StatementClassifier.shared().classify(translated,
                    context.dialect());
            Outcome outcome = new StatementRunner(this, call).runReturningKeys(translated, classification, keyColumns);
            install(List.of(outcome));
            return outcome.updateCount();
        } finally {
            endCall(call);
        }
    }

    void resultSetClosed(AbstractSemossResultSet resultSet) {
        if (closeOnCompletion && resultSet == currentResultSet && pending.isEmpty()) {
            closeQuietly();
        }
    }

    static int toIntCount(long count) {
        return count > Integer.MAX_VALUE ? Statement.SUCCESS_NO_INFO : (int) count;
    }

    // ---- Statement

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        runSql(sql, StatementRunner.Expect.ROWS);
        return requireResultSet();
    }

    ResultSet requireResultSet() throws SQLException {
        if (currentResultSet == null) {
            throw new SQLException("The statement returned no rows", "02000");
        }
        return currentResultSet;
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return toIntCount(executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        List<Outcome> outcomes = runSql(sql, StatementRunner.Expect.COUNT);
        return totalCount(outcomes);
    }

    static long totalCount(List<Outcome> outcomes) {
        long total = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.resultSet() != null) {
                outcome.resultSet().close();
                continue;
            }
            if (outcome.updateCount() < 0) {
                return Statement.SUCCESS_NO_INFO;
            }
            total += outcome.updateCount();
        }
        return total;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        runSql(sql, StatementRunner.Expect.ANY);
        return currentResultSet != null;
    }

    @Override
    public void close() throws SQLException {
        closeQuietly();
    }

    void closeQuietly() {
        if (closed) {
            return;
        }
        closed = true;
        clearResults();
        connection.statementClosed(this);
    }

    void cancelQuietly() {
        CallScope call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw new SQLException("max must be >= 0", "HY024");
        }
    }

    @Override
    public int getMaxRows() throws SQLException {
        checkOpen();
        return (int) Math.min(maxRows, Integer.MAX_VALUE);
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw new SQLException("maxRows must be >= 0", "HY024");
        }
        maxRows = max;
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    /** Bounds the whole call (waiting for the connection, the request and reading the answer), HYT00 when it expires. */
    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw new SQLException("seconds must be >= 0", "HY024");
        }
        queryTimeoutSeconds = seconds;
    }

    /** Cancels the call in flight from any thread; it fails with 57014. A write may then have been applied. */
    @Override
    public void cancel() throws SQLException {
        checkOpen();
        cancelQuietly();
    }

    @Override
    public synchronized SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public synchronized void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw SqlExceptions.unsupported("Named cursors");
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        checkOpen();
        return currentResultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        checkOpen();
        return currentUpdateCount == -1 ? -1 : toIntCount(currentUpdateCount);
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return currentUpdateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        return getMoreResults(CLOSE_CURRENT_RESULT);
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        checkOpen();
        if (currentResultSet != null && current != KEEP_CURRENT_RESULT) {
            currentResultSet.close();
        }
        return advance();
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw new SQLException("Only FETCH_FORWARD is supported", "HY024");
        }
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    /** Rows per request; 0 means the connection's {@code fetchSize} property. */
    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("Fetch size must be >= 0", "HY024");
        }
        fetchSize = Math.min(rows, 100_000);
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] counts = executeLargeBatch();
        int[] result = new int[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = toIntCount(counts[i]);
        }
        return result;
    }

    /**
     * Runs the batch in order with several statements per request (see {@link BatchRunner}): exact counts where a
     * counting form exists and the user may edit, SUCCESS_NO_INFO for other writes, 0 for DDL. A query in the batch is
     * refused before anything is sent. A failure ends the batch after its request with a
     * {@link BatchUpdateException} whose counts cover every statement sent ({@code EXECUTE_FAILED} for failed ones;
     * later statements of the same request did run). {@link #getGeneratedKeys()} is empty after a batch.
     */
    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String> statements = new ArrayList<>(batch);
        batch.clear();
        clearResults();
        if (statements.isEmpty()) {
            return new long[0];
        }
        CallScope call = beginCall();
        try {
            var dialect = connection.context().dialect();
            List<BatchRunner.Item> items = new ArrayList<>(statements.size());
            for (String sql : statements) {
                String translated = JdbcEscapes.translate(sql, dialect);
                items.add(new BatchRunner.Item(translated,
                        org.semossjdbc.sql.StatementClassifier.shared().classify(translated, dialect), 1));
            }
            return new BatchRunner(this, call, null).run(items);
        } finally {
            endCall(call);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection;
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        return generatedKeys != null ? generatedKeys : InMemoryResultSet.empty(this);
    }

    /** With RETURN_GENERATED_KEYS an INSERT runs in its RETURNING form and every returned column is a key. */
    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys != RETURN_GENERATED_KEYS) {
            return executeUpdate(sql);
        }
        return toIntCount(runWithKeys(sql, List.of()));
    }

    @Override
    public long executeLargeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return autoGeneratedKeys == RETURN_GENERATED_KEYS ? runWithKeys(sql, List.of()) : executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return runWithKeyIndexes(sql, columnIndexes);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] columnNames) throws SQLException {
        return runWithKeys(sql, List.of(columnNames));
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return toIntCount(runWithKeyIndexes(sql, columnIndexes));
    }

    private long runWithKeyIndexes(String sql, int[] columnIndexes) throws SQLException {
        keyIndexes(columnIndexes);
        try {
            return runWithKeys(sql, List.of());
        } finally {
            keyIndexes = null;
        }
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return toIntCount(runWithKeys(sql, List.of(columnNames)));
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        if (autoGeneratedKeys != RETURN_GENERATED_KEYS) {
            return execute(sql);
        }
        runWithKeys(sql, List.of());
        return false;
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        runWithKeyIndexes(sql, columnIndexes);
        return false;
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        runWithKeys(sql, List.of(columnNames));
        return false;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return false;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
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
