package org.semossjdbc.emulator;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One registered database engine, run the way SEMOSS's RDBMSNativeEngine runs it: ONE JDBC connection for all
 * users (no pool), auto-commit on, every call serialised on {@link #lock()}. The write path prepares the SQL
 * ({@code prepareStatement(sql).execute()}, so a bare {@code ?} is a parameter marker), except text starting with
 * {@code CREATE} which goes through {@code Statement.executeUpdate}; the read path is a plain
 * {@code Statement.executeQuery}.
 */
final class Engine implements AutoCloseable {

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String name;
    private final String id;
    private final String jdbcUrl;
    private final EngineSubtype subtype;
    private final String createdBy;
    private final String dateCreated;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<String> executedSql = Collections.synchronizedList(new ArrayList<>());
    private final Connection connection;
    private volatile List<TableMetadata> tables;

    private Engine(String name, String id, String jdbcUrl, Properties credentials, String createdBy)
            throws SQLException {
        this.name = name;
        this.id = id;
        this.jdbcUrl = jdbcUrl;
        this.subtype = EngineSubtype.fromJdbcUrl(jdbcUrl);
        this.createdBy = createdBy;
        this.dateCreated = LocalDateTime.now(java.time.ZoneOffset.UTC).format(CREATED);
        this.connection = credentials == null ? DriverManager.getConnection(jdbcUrl)
                : DriverManager.getConnection(jdbcUrl, credentials);
        this.connection.setAutoCommit(true);
        if (subtype == EngineSubtype.POSTGRES) {
            // pgjdbc sets the session TimeZone from the JVM's default; the recorded server ran in UTC, and text
            // renderings of timestamptz (266) follow the session zone.
            try (java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SET TIME ZONE 'UTC'");
            }
        }
        this.tables = List.of();
    }

    /**
     * Connects and records the tables that exist now as the engine's OWL metadata (a registration names them).
     */
    static Engine open(String name, String id, String jdbcUrl, Properties credentials, String createdBy)
            throws SQLException {
        Engine engine = new Engine(name, id, jdbcUrl, credentials, createdBy);
        engine.tables = engine.readLiveTables(null);
        return engine;
    }

    /** Connects with the given declared metadata instead of the live tables. */
    static Engine openDeclared(String name, String id, String jdbcUrl, Properties credentials, String createdBy,
                               List<TableMetadata> declared) throws SQLException {
        Engine engine = new Engine(name, id, jdbcUrl, credentials, createdBy);
        engine.tables = List.copyOf(declared);
        return engine;
    }

    String name() {
        return name;
    }

    String id() {
        return id;
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    EngineSubtype subtype() {
        return subtype;
    }

    String createdBy() {
        return createdBy;
    }

    String dateCreated() {
        return dateCreated;
    }

    List<TableMetadata> tables() {
        return tables;
    }

    /** Replaces the OWL metadata (registration only; SQL never changes it). */
    void declareTables(List<TableMetadata> declared) {
        tables = List.copyOf(declared);
    }

    ReentrantLock lock() {
        return lock;
    }

    /** The shared connection; callers hold {@link #lock()}. */
    Connection connection() {
        return connection;
    }

    List<String> executedSql() {
        synchronized (executedSql) {
            return List.copyOf(executedSql);
        }
    }

    void clearExecutedSql() {
        executedSql.clear();
    }

    void recordSql(String sql) {
        executedSql.add(sql);
    }

    /** The write path of ExecQuery ({@code insertData}); the update count is discarded as on the server. */
    void executeWrite(String sql) throws SQLException {
        lock.lock();
        try {
            recordSql(sql);
            if (sql.startsWith("CREATE") && !sql.startsWith("CREATE DATABASE")) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate(sql);
                }
            } else {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.execute();
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code engine.commit()}: calls {@link Connection#commit()} even in auto-commit mode and ignores a refusal
     * (pgjdbc refuses). On MariaDB the COMMIT resets ROW_COUNT(), which is why 340 reads 0 after an UPDATE.
     */
    void commit() {
        lock.lock();
        try {
            connection.commit();
        } catch (SQLException ignored) {
            // the server's engine logs and carries on
        } finally {
            lock.unlock();
        }
    }

    /**
     * Reads the physical column list of one table through JDBC metadata (GetDatabaseTablePhysicalStructure):
     * type names as the driver reports them, with a length for character types.
     */
    List<String[]> physicalColumns(String table) throws SQLException {
        lock.lock();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(catalog(), schemaPattern(), table, null)) {
                while (rs.next()) {
                    String type = rs.getString("TYPE_NAME");
                    int size = rs.getInt("COLUMN_SIZE");
                    int digits = rs.getInt("DECIMAL_DIGITS");
                    columns.add(new String[] {rs.getString("COLUMN_NAME"), physicalType(type, size, digits)});
                }
            }
            return columns;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The type text GetDatabaseTablePhysicalStructure shows: PostgreSQL's own names with precision and scale for
     * floating and numeric types ({@code float4(24,0)}, {@code numeric(20,6)}) and a length for character types
     * (251); H2's names with a length for character types only (136).
     */
    private String physicalType(String type, int size, int digits) {
        String upper = type.toUpperCase(Locale.ROOT);
        if (upper.contains("CHAR") && size > 0 && size < Integer.MAX_VALUE) {
            return type + "(" + size + ")";
        }
        if (subtype == EngineSubtype.POSTGRES) {
            switch (type) {
                case "float4" -> {
                    return "float4(24,0)";
                }
                case "float8" -> {
                    return "float8(53,0)";
                }
                case "numeric", "decimal" -> {
                    return size > 0 && size < 1000 ? type + "(" + size + "," + digits + ")" : type;
                }
                default -> {
                    return type;
                }
            }
        }
        if ((upper.equals("NUMERIC") || upper.equals("DECIMAL")) && size > 0 && size < 1000) {
            return type + "(" + size + "," + digits + ")";
        }
        return type;
    }

    private String catalog() throws SQLException {
        return subtype == EngineSubtype.MARIA_DB ? connection.getCatalog() : null;
    }

    private String schemaPattern() {
        return switch (subtype) {
            case H2_DB -> "PUBLIC";
            case POSTGRES -> "public";
            case MARIA_DB -> null;
        };
    }

    /** The user tables of the database right now, as registration metadata. */
    List<TableMetadata> readLiveTables(List<String> only) throws SQLException {
        lock.lock();
        try {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(catalog(), schemaPattern(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            List<TableMetadata> result = new ArrayList<>();
            for (String table : names) {
                if (only != null && only.stream().noneMatch(table::equalsIgnoreCase)) {
                    continue;
                }
                List<TableMetadata.Column> columns = new ArrayList<>();
                try (ResultSet rs = meta.getColumns(catalog(), schemaPattern(), table, null)) {
                    while (rs.next()) {
                        String type = rs.getString("TYPE_NAME");
                        String declared = type.equalsIgnoreCase("INTEGER") ? "INT"
                                : physicalType(type, rs.getInt("COLUMN_SIZE"), rs.getInt("DECIMAL_DIGITS"));
                        columns.add(new TableMetadata.Column(rs.getString("COLUMN_NAME"), declared, false));
                    }
                }
                result.add(new TableMetadata(table, List.copyOf(columns)));
            }
            return List.copyOf(result);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at shutdown: nothing useful to do
        } finally {
            lock.unlock();
        }
    }
}
