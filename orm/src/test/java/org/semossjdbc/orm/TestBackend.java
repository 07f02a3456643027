package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * A database the ORM suites run on, parameterised by a DataSource supplier: direct JDBC to H2, PostgreSQL and
 * MariaDB now; the same databases through jdbc:semoss and the emulator once the driver works. Tables are created
 * with plain DDL straight on the database (the ORM itself never needs schema).
 *
 * <p>Scratch databases are created on first use and shared by all suites of one JVM; a shutdown hook drops them,
 * because parameterised arguments have no JUnit lifecycle to hang the cleanup on.
 */
abstract class TestBackend {

    private static final Map<ScratchDatabase.Backend, ScratchDatabase> DATABASES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DATABASES.values().forEach(ScratchDatabase::close)));
    }

    private final String name;
    private final ScratchDatabase.Backend product;
    private RecordingDataSource recorder;

    TestBackend(String name, ScratchDatabase.Backend product) {
        this.name = name;
        this.product = product;
    }

    /**
     * Every backend, for {@code @MethodSource}: direct JDBC first, then through SEMOSS. Unavailable ones are skipped
     * (visibly) by {@link #use()}.
     */
    static Stream<TestBackend> all() {
        return Stream.of(
                Stream.of(ScratchDatabase.Backend.values()).<TestBackend>map(DirectBackend::new),
                Stream.<TestBackend>of(new PooledBackend(new DirectBackend(ScratchDatabase.Backend.H2))),
                EmulatedBackend.all())
                .flatMap(s -> s);
    }

    /** Skips the test (visibly) when this backend is not configured; otherwise points the ORM at it. */
    final void use() {
        assumeTrue(product.isAvailable(), () -> name + " not configured: run Maven with -Pservices");
        assumeTrue(ready(), () -> name + " unavailable: " + unavailableReason());
        recorder = new RecordingDataSource(dataSource());
        SemossOrm.configure(recorder);
        resetLog();
    }

    /** Whether this backend can run now (the emulated ones need a working driver). */
    boolean ready() {
        return true;
    }

    String unavailableReason() {
        return "";
    }

    /** The data source the ORM uses (before recording). */
    abstract DataSource dataSource();

    /** SELECT statements sent to the database since the last {@link #resetLog()}. */
    List<String> selectsSent() {
        return recorder.selects();
    }

    /** All statements the ORM executed through JDBC since the last reset. */
    List<String> executed() {
        return recorder.executed();
    }

    void resetLog() {
        recorder.reset();
    }

    RecordingDataSource recorder() {
        return recorder;
    }

    ScratchDatabase.Backend product() {
        return product;
    }

    ScratchDatabase database() {
        return DATABASES.computeIfAbsent(product, ScratchDatabase::create);
    }

    /**
     * Drops and creates a table. The column list may use placeholders: {@code {pk}} a generated BIGINT key,
     * {@code {ts}} a timestamp with the backend's finest fraction, {@code {bytes}} a binary column, {@code {text}}
     * a long text, {@code {uuid}} a column for UUIDs.
     */
    void createTable(String table, String columns) {
        String ddl = "CREATE TABLE " + table + " (" + expand(columns) + ")"
                + (product == ScratchDatabase.Backend.MARIADB ? " DEFAULT CHARSET=utf8mb4" : "");
        ddl("DROP TABLE IF EXISTS " + table + (product == ScratchDatabase.Backend.POSTGRES ? " CASCADE" : ""), ddl);
    }

    private String expand(String columns) {
        Map<String, String> types = switch (product) {
            case H2 -> Map.of("{pk}", "BIGINT AUTO_INCREMENT PRIMARY KEY", "{ts}", "TIMESTAMP(9)",
                    "{bytes}", "VARBINARY(1000)", "{text}", "VARCHAR(10000)", "{uuid}", "UUID");
            case POSTGRES -> Map.of("{pk}", "BIGSERIAL PRIMARY KEY", "{ts}", "TIMESTAMP(6)",
                    "{bytes}", "BYTEA", "{text}", "TEXT", "{uuid}", "UUID");
            case MARIADB -> Map.of("{pk}", "BIGINT AUTO_INCREMENT PRIMARY KEY", "{ts}", "DATETIME(6)",
                    "{bytes}", "VARBINARY(1000)", "{text}", "TEXT", "{uuid}", "CHAR(36)");
        };
        String result = columns;
        for (Map.Entry<String, String> type : types.entrySet()) {
            result = result.replace(type.getKey(), type.getValue());
        }
        return result;
    }

    /** Whether UPDATE reports its row count (jdbc:semoss does on every backend for an OWNER/EDIT user). */
    boolean reportsUpdateCounts() {
        return true;
    }

    /** Whether the driver returns generated keys after executeBatch. */
    boolean batchReturnsKeys() {
        return true;
    }

    /** Whether the ORM can make saveAll atomic here (not through SEMOSS: no transactions across requests). */
    boolean supportsTransactions() {
        return true;
    }

    /** Fractional-second digits the backend keeps in {@code {ts}} columns. */
    int timestampDigits() {
        return product == ScratchDatabase.Backend.H2 ? 9 : 6;
    }

    /** Runs DDL or test fixtures straight on the database, bypassing the ORM (and SEMOSS). */
    void ddl(String... statements) {
        try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture SQL failed on " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a query straight on the database and returns the first column of the first row as text. */
    String queryDirect(String sql) {
        try (Connection connection = database().connect(); Statement statement = connection.createStatement();
             var resultSet = statement.executeQuery(sql)) {
            return resultSet.next() ? resultSet.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Fixture query failed on " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Plain JDBC to the scratch database. */
    static final class DirectBackend extends TestBackend {
        DirectBackend(ScratchDatabase.Backend product) {
            super(product.name().toLowerCase(Locale.ROOT), product);
        }

        @Override
        DataSource dataSource() {
            ScratchDatabase database = database();
            return new DriverManagerSource(database::connect);
        }
    }

    /** A DataSource over a connection supplier, for tests. */
    record DriverManagerSource(ConnectionSupplier supplier) implements DataSource {
        interface ConnectionSupplier {
            Connection get() throws SQLException;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return supplier.get();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return supplier.get();
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger("test");
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
