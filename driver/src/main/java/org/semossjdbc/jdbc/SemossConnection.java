package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.CallScope;
import org.semossjdbc.protocol.EngineInfo;
import org.semossjdbc.protocol.ErrorCategory;
import org.semossjdbc.protocol.EngineUnavailableException;
import org.semossjdbc.protocol.RemoteDatabaseEngine;
import org.semossjdbc.protocol.ServerErrorException;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.LiteralRenderer;
import org.semossjdbc.protocol.CallFailedException;
import org.semossjdbc.transport.Log;

import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A JDBC connection to one SEMOSS database engine, as one user, through one HTTP session and one insight.
 *
 * <p>SEMOSS engines share one database connection among all SEMOSS users and commit every statement at once
 * (§6.3-6.4), so this connection is always in auto-commit mode and never sends transaction control or session
 * statements of its own.
 *
 * <p>Threads: requests are serialised by the {@link RemoteDatabaseEngine}'s lock. {@link #closed},
 * {@link #readOnlyHint} and {@link #warnings} are atomics/volatile so that {@code close()},
 * {@code abort()} and {@code Statement.cancel()} may come from other threads; {@link #statements} is a synchronized
 * weak set, so a statement the application forgets can still be garbage-collected.
 */
final class SemossConnection implements Connection {
    private static final Log LOG = Log.of(SemossConnection.class);
    private final ConnectionSettings settings;
    private final RemoteDatabaseEngine engine;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<SemossStatement> statements = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));
    private final ConnectionContext context;
    private final PackedReads packedReads = new PackedReads();
    private volatile boolean readOnlyHint;
    private volatile SQLWarning warnings;
    private volatile int networkTimeoutMillis;
    private volatile String serverVersion;
    private volatile BackendSession backendSession;
    /** False only after {@code setAutoCommit(false)} with {@code transactions=lenient}. */
    private volatile boolean autoCommit = true;
    /** A write was sent since auto-commit was turned off or since the last commit/rollback (lenient mode). */
    private volatile boolean wroteSinceCommit;
    private final Map<String, String> clientInfo = new java.util.concurrent.ConcurrentHashMap<>();

    private SemossConnection(ConnectionSettings settings, RemoteDatabaseEngine engine, EngineInfo info) {
        this.settings = settings;
        this.engine = engine;
        for (String warning : settings.warnings()) {
            addWarning(new SQLWarning(warning, "01000"));
        }
        Dialect dialect = settings.dialectOverride();
        Dialect described = info.subtype() == null ? null : Dialect.fromEngineSubtype(info.subtype());
        if (dialect != null && described != null && described != Dialect.GENERIC && described != dialect) {
            addWarning(new SQLWarning("dialect=" + dialect + " overrides SEMOSS's description of engine "
                    + settings.database() + " (" + info.subtype() + "): SQL the driver writes itself (metadata, "
                    + "counting forms, literals) follows " + dialect, "01000"));
        }
        if (dialect == null) {
            dialect = Dialect.fromEngineSubtype(info.subtype());
            if (info.subtype() == null) {
                addWarning(new SQLWarning("SEMOSS does not say which database backs engine " + settings.database()
                        + " (MyEngines does not describe it, e.g. because the user hid it from their catalog), so "
                        + "generic SQL is used; the dialect property can name the backend", "01000"));
            }
        }
        this.context = new ConnectionContext(info, dialect, new LiteralRenderer(dialect, settings.sessionZone()));
        LOG.debug("engine {}: subtype {}, dialect {}, permission {}", info.id(), info.subtype(), dialect,
                info.permission());
    }

    /**
     * Logs in (credentials are checked now: a refusal is 28000 from getConnection), checks that the engine exists and
     * that the user may use it (3D000 otherwise), and returns the connection.
     *
     * <p>The engine is checked here rather than at the first statement, which is when it used to be looked up: a
     * mistyped database otherwise connected, passed {@code isValid} and showed an empty catalog, and only the first
     * real statement failed. The look-up ({@code MyEngines}) is the same one request it was, only moved to
     * getConnection, so a connection that runs a statement makes as many requests as before; it runs in a temporary
     * insight, so the connection's insight is still created by its first statement and an idle pooled connection
     * holds none.
     */
    static SemossConnection open(ConnectionSettings settings) throws SQLException {
        Duration connect = settings.seconds(DriverProperty.CONNECT_TIMEOUT);
        Duration loginBound = connect.isZero() ? Duration.ZERO : connect.multipliedBy(3);
        RemoteDatabaseEngine engine = null;
        try {
            long started = System.nanoTime();
            engine = RemoteDatabaseEngine.open(
                    settings.transportConfig(settings.credentials()), settings.database(), loginBound);
            EngineInfo info = engine.lookUpEngine(CallScope.of(loginBound));
            LOG.debug("connected to {} in {} ms", settings.redactedUrl(), (System.nanoTime() - started) / 1_000_000);
            return new SemossConnection(settings, engine, info);
        } catch (CallFailedException e) {
            closeQuietly(engine, settings);
            SQLException mapped = SqlExceptions.from(e, false);
            if ("08006".equals(mapped.getSQLState())) {
                // Nothing was established yet (e.g. the server answered the login with an error page): 08001.
                throw new java.sql.SQLNonTransientConnectionException(
                        "Cannot connect to the SEMOSS server: " + e.getMessage(), "08001", e);
            }
            throw mapped;
        } catch (ServerErrorException e) {
            closeQuietly(engine, settings);
            throw SqlExceptions.from(e);
        } catch (EngineUnavailableException e) {
            closeQuietly(engine, settings);
            // pgjdbc answers a missing database with 3D000; SEMOSS does not say whether the engine is missing or
            // only closed to this user, so the message quotes its words.
            throw new java.sql.SQLNonTransientConnectionException("Cannot connect to SEMOSS database "
                    + e.database() + ": the server answered \"" + e.serverMessage() + "\"", "3D000", e);
        } catch (IllegalArgumentException e) {
            closeQuietly(engine, settings);
            // A trust store that cannot be read, or a header value OkHttp refuses (CR, LF or NUL in a token):
            // the settings cannot make a connection, and nothing was sent.
            throw new java.sql.SQLNonTransientConnectionException(
                    "Cannot connect with these settings: " + e.getMessage(), "08001", e);
        } catch (RuntimeException | Error e) {
            closeQuietly(engine, settings);
            throw e;
        }
    }

    /** Ends a session that getConnection opened but will not hand out; no insight exists yet to drop. */
    private static void closeQuietly(RemoteDatabaseEngine engine, ConnectionSettings settings) {
        if (engine != null) {
            engine.close(settings.logoutOnClose());
        }
    }

    RemoteDatabaseEngine engine() {
        return engine;
    }

    ConnectionSettings settings() {
        return settings;
    }

    /** The packed-read machinery and its cache of statement descriptions. */
    PackedReads packedReads() {
        return packedReads;
    }

    /** The call scope for one JDBC call: the statement's query timeout, else the connection's network timeout. */
    CallScope newCall(int queryTimeoutSeconds) {
        if (queryTimeoutSeconds > 0) {
            return CallScope.of(Duration.ofSeconds(queryTimeoutSeconds));
        }
        return CallScope.of(Duration.ofMillis(networkTimeoutMillis));
    }

    /** The engine description, dialect and renderer, established when the connection opened. */
    ConnectionContext context() {
        return context;
    }

    /** Runs a read to the end and returns its rows (for metadata queries, whose results are small). */
    java.util.List<Object[]> readAll(String sql) throws SQLException {
        CallScope call = newCall(0);
        java.util.List<Object[]> rows = new ArrayList<>();
        try {
            RemoteDatabaseEngine.OpenTask open = engine.query(sql, 10_000, call);
            try {
                org.semossjdbc.protocol.TaskPage page = open.page();
                rows.addAll(page.rows());
                while (!page.isLast() && open.task() != null) {
                    page = engine.nextPage(open.task(), 10_000, call);
                    rows.addAll(page.rows());
                }
            } finally {
                engine.release(open.task());
            }
        } catch (CallFailedException e) {
            throw SqlExceptions.from(e, false);
        } catch (ServerErrorException e) {
            throw SqlExceptions.from(e, dialectHint(e));
        }
        return rows;
    }

    String serverVersion() throws SQLException {
        if (serverVersion == null) {
            try {
                var config = engine.serverConfig(newCall(0));
                String version = config == null ? null : config.path("version").path("version").asText(null);
                serverVersion = version == null ? "unknown" : version;
            } catch (CallFailedException e) {
                throw SqlExceptions.from(e, false);
            }
        }
        return serverVersion;
    }

    /**
     * The backend's version, catalog and schema, read once (one small read through the read path); unknown for the
     * generic dialect.
     */
    BackendSession backendSession() throws SQLException {
        BackendSession known = backendSession;
        if (known == null) {
            java.util.Optional<String> query = BackendSession.query(context().dialect());
            if (query.isEmpty()) {
                known = BackendSession.UNKNOWN;
            } else {
                List<Object[]> rows = readAll(query.get());
                known = BackendSession.fromRow(rows.isEmpty() ? null : rows.get(0));
            }
            backendSession = known;
        }
        return known;
    }

    /**
     * The driver's own SQL (catalog and session queries, all read through {@link #readAll}) failed: when the dialect
     * property overrides the engine's description, a note says it may be the cause (a PostgreSQL catalog query on an
     * H2 engine fails with an H2 error that names no property); null otherwise.
     */
    private String dialectHint(ServerErrorException e) {
        Dialect override = settings.dialectOverride();
        if (override == null || e.error().category() == ErrorCategory.CONNECTION) {
            return null;
        }
        return "the driver wrote this SQL for dialect=" + override + ", set on the connection; SEMOSS describes engine "
                + settings.database()
                + (context.engine().subtype() == null ? " without a backend" : " as " + context.engine().subtype())
                + ": is the dialect property right for it?";
    }

    /** Called before a data-changing statement is sent, so rollback() can say that it was not undone. */
    void noteWrite() {
        if (!autoCommit) {
            wroteSinceCommit = true;
        }
    }

    void checkOpen() throws SQLException {
        if (closed.get()) {
            throw SqlExceptions.closed("Connection");
        }
    }

    void addWarning(SQLWarning warning) {
        synchronized (this) {
            if (warnings == null) {
                warnings = warning;
            } else {
                warnings.setNextWarning(warning);
            }
        }
    }

    void statementClosed(SemossStatement statement) {
        statements.remove(statement);
    }

    private <T extends SemossStatement> T register(T statement) {
        statements.add(statement);
        return statement;
    }

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return register(new SemossStatement(this));
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return register(new SemossPreparedStatement(this, sql, false));
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        checkOpen();
        throw SqlExceptions.unsupported("CallableStatement (stored procedure calls)");
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return org.semossjdbc.sql.JdbcEscapes.translate(sql, context().dialect());
    }

    /**
     * SEMOSS commits every statement on its own (§6.3-6.4). With {@code transactions=lenient} (the default) turning
     * auto-commit off is accepted, as pools and transaction managers expect, and a warning on the connection says that
     * statements are still committed one by one; with {@code transactions=strict} it throws 0A000.
     */
    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (autoCommit == this.autoCommit) {
            return;
        }
        if (!autoCommit) {
            if (settings.strictTransactions()) {
                throw new SQLFeatureNotSupportedException("SEMOSS commits every statement at once and has no "
                        + "transactions across statements; auto-commit cannot be turned off (transactions=strict)",
                        "0A000");
            }
            addWarning(new SQLWarning("SEMOSS has no transactions: each statement is committed on its own as it "
                    + "runs, so statements run with auto-commit off are committed one by one", "01000"));
        }
        this.autoCommit = autoCommit;
        wroteSinceCommit = false;
    }

    /** The mode last set: always true with {@code transactions=strict}. */
    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return autoCommit;
    }

    /**
     * Nothing to commit: the server already committed every statement. Lenient mode accepts the call (with a warning
     * when statements ran); strict mode throws 0A000.
     */
    @Override
    public void commit() throws SQLException {
        checkOpen();
        if (settings.strictTransactions()) {
            throw new SQLFeatureNotSupportedException("SEMOSS has no transactions: every statement was committed "
                    + "as it ran (transactions=strict)", "0A000");
        }
        if (wroteSinceCommit) {
            addWarning(new SQLWarning("commit(): SEMOSS had already committed each statement on its own, one by one",
                    "01000"));
        }
        wroteSinceCommit = false;
    }

    /**
     * Cannot undo anything: the server committed every statement as it ran. Lenient mode accepts the call and, when
     * writes ran since auto-commit was turned off or the last commit, adds a warning that they were not undone; strict
     * mode throws 0A000.
     */
    @Override
    public void rollback() throws SQLException {
        checkOpen();
        if (settings.strictTransactions()) {
            throw new SQLFeatureNotSupportedException("SEMOSS has no transactions: every statement is committed at "
                    + "once, so there is nothing to roll back (transactions=strict)", "0A000");
        }
        if (wroteSinceCommit) {
            addWarning(new SQLWarning("rollback(): nothing was undone; SEMOSS had already committed each statement "
                    + "on its own", "01000"));
        }
        wroteSinceCommit = false;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<SemossStatement> open;
        synchronized (statements) {
            open = new ArrayList<>(statements);
            statements.clear();
        }
        // A statement still running in another thread is cancelled, so close() never waits out a long call.
        open.forEach(SemossStatement::cancelQuietly);
        for (SemossStatement statement : open) {
            statement.closeQuietly();
        }
        engine.close(settings.logoutOnClose());
    }

    @Override
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new SemossDatabaseMetaData(this);
    }

    /**
     * A hint the driver enforces: while set, data-changing statements fail (25006) before anything is sent. A user who
     * holds only READ_ONLY on the engine always gets true.
     */
    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        readOnlyHint = readOnly;
        if (!readOnly && context().engine().isReadOnly()) {
            addWarning(new SQLWarning("This user holds only READ_ONLY on the engine; the connection stays read-only",
                    "01000"));
        }
    }

    boolean readOnlyHint() {
        return readOnlyHint;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnlyHint || context().engine().isReadOnly();
    }

    /**
     * Ignored (JDBC allows it): the engine's database connection is shared by every SEMOSS user, so the driver never
     * sends session-changing SQL. A different catalog adds a warning; {@link #getCatalog()} keeps its value.
     */
    @Override
    public void setCatalog(String catalog) throws SQLException {
        checkOpen();
        if (catalog != null && !catalog.equals(getCatalog())) {
            addWarning(new SQLWarning("setCatalog is ignored: the SEMOSS engine's catalog cannot be changed", "01000"));
        }
    }

    /** The catalog statements run in (H2 and PostgreSQL: the database; MariaDB: the current database). */
    @Override
    public String getCatalog() throws SQLException {
        checkOpen();
        return backendSession().catalog();
    }

    /** Isolation cannot be chosen: statements run on the engine's shared connection at its level. */
    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        if (level != TRANSACTION_NONE) {
            addWarning(new SQLWarning("SEMOSS has no transactions; the isolation level is ignored", "01000"));
        }
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return TRANSACTION_NONE;
    }

    @Override
    public SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return warnings;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
        warnings = null;
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency, ResultSet.HOLD_CURSORS_OVER_COMMIT);
        return prepareStatement(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public Statement createStatement(int type, int concurrency, int holdability) throws SQLException {
        checkResultSetOptions(type, concurrency, holdability);
        return createStatement();
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int type, int concurrency, int holdability)
            throws SQLException {
        checkResultSetOptions(type, concurrency, holdability);
        return prepareStatement(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int type, int concurrency, int holdability) throws SQLException {
        return prepareCall(sql);
    }

    /** Scrollable types are downgraded with a warning, as JDBC allows; updatable results are refused. */
    private void checkResultSetOptions(int type, int concurrency, int holdability) throws SQLException {
        checkOpen();
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw new SQLFeatureNotSupportedException("SEMOSS results are read-only (CONCUR_READ_ONLY)", "0A000");
        }
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            addWarning(new SQLWarning("SEMOSS results are forward-only; TYPE_FORWARD_ONLY is used", "01000"));
        }
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        checkOpen();
        return register(new SemossPreparedStatement(this, sql, autoGeneratedKeys == Statement.RETURN_GENERATED_KEYS));
    }

    /** Keys by position: the INSERT runs in its RETURNING form and the columns at those positions are returned. */
    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        checkOpen();
        SemossPreparedStatement statement = new SemossPreparedStatement(this, sql, true);
        statement.keyIndexes(columnIndexes);
        return register(statement);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        checkOpen();
        SemossPreparedStatement statement = new SemossPreparedStatement(this, sql, true);
        statement.keyColumns(List.of(columnNames));
        return register(statement);
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return Map.of();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
        if (map != null && !map.isEmpty()) {
            throw SqlExceptions.unsupported("Type maps");
        }
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw SqlExceptions.unsupported("Savepoints");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        throw SqlExceptions.unsupported("Savepoints");
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        throw SqlExceptions.unsupported("Savepoints");
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw SqlExceptions.unsupported("Savepoints");
    }

    @Override
    public Clob createClob() throws SQLException {
        throw SqlExceptions.unsupported("Clob (use String)");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw SqlExceptions.unsupported("Blob (use byte[])");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw SqlExceptions.unsupported("NClob (use String)");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw SqlExceptions.unsupported("SQLXML");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        throw SqlExceptions.unsupported("Arrays");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw SqlExceptions.unsupported("Structs");
    }

    /**
     * Sends {@code META | true;} (which also carries pending task removals) within the timeout. False without a request
     * once a statement was told that the engine does not exist or is closed to this user (deleted or access revoked
     * since the connection opened): no statement can succeed on it, so a pool should replace it.
     */
    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw new SQLException("timeout must be >= 0", "HY024");
        }
        if (closed.get() || engine.refusal() != null) {
            return false;
        }
        try {
            engine.ping(CallScope.of(Duration.ofSeconds(timeout)));
            return true;
        } catch (CallFailedException | ServerErrorException e) {
            return false;
        }
    }

    /**
     * Stores the value on this connection ({@code getClientInfo} returns it); nothing is sent to SEMOSS, which has no
     * place for it. A null value removes the name. Never throws for an open connection.
     */
    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (closed.get()) {
            throw new SQLClientInfoException("Connection is closed", "08003", 0, Map.of());
        }
        if (name == null) {
            return;
        }
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.put(name, value);
        }
    }

    /** Replaces all stored client info with {@code properties} (JDBC: a null or empty set clears it). */
    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        if (closed.get()) {
            throw new SQLClientInfoException("Connection is closed", "08003", 0, Map.of());
        }
        clientInfo.clear();
        if (properties != null) {
            for (String name : properties.stringPropertyNames()) {
                clientInfo.put(name, properties.getProperty(name));
            }
        }
    }

    @Override
    public String getClientInfo(String name) throws SQLException {
        checkOpen();
        return name == null ? null : clientInfo.get(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    /**
     * Ignored (JDBC allows it): the engine's database connection is shared by every SEMOSS user, so the driver never
     * sends session-changing SQL; qualify names instead. A different schema adds a warning.
     */
    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
        if (schema != null && !schema.equals(getSchema())) {
            addWarning(new SQLWarning("setSchema is ignored: the SEMOSS engine's schema cannot be changed; qualify "
                    + "table names instead", "01000"));
        }
    }

    /** The schema statements run in (H2: usually PUBLIC; PostgreSQL: current_schema(); MariaDB: null). */
    @Override
    public String getSchema() throws SQLException {
        checkOpen();
        return backendSession().schema();
    }

    /** Marks the connection closed and drops its HTTP resources without a request; the server session times out. */
    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw new SQLException("executor must not be null", "HY009");
        }
        if (closed.compareAndSet(false, true)) {
            List<SemossStatement> open;
            synchronized (statements) {
                open = new ArrayList<>(statements);
            }
            open.forEach(SemossStatement::cancelQuietly);
            executor.execute(engine::abandon);
        }
    }

    /** Bounds every call that has no query timeout of its own. */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw new SQLException("timeout must be >= 0", "HY024");
        }
        networkTimeoutMillis = milliseconds;
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public String toString() {
        return "SemossConnection[" + settings.redactedUrl() + (closed.get() ? ", closed" : "") + "]";
    }
}
