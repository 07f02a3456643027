package org.semossjdbc.benchmarks;

import okhttp3.OkHttpClient;
import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.emulator.ServerCosts;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The backend every benchmark of a run shares, its tables, and the ways to reach it: driver connections, floor
 * clients, recordings of what the driver sends and counts of its HTTP requests. Two kinds:
 * <ul>
 *   <li>{@link #emulator()}: a {@link SemossEmulator} in this JVM charging a real SEMOSS 4.3 server's costs
 *       ({@link ServerCosts#semoss43()}), over an in-memory H2 database loaded directly (loading a million rows
 *       through the emulator would only slow the set-up). Its costs can be switched off to expose a client's own.</li>
 *   <li>{@link #server}: any SEMOSS server given by URL, keys and engine. Its tables get names unique to the run
 *       ({@code SJB_<random>_<NAME>}), are created and loaded through the driver, and are dropped at {@link #close()};
 *       nothing else on the server is touched.</li>
 * </ul>
 * HTTP requests are counted the same way on both: through a counting proxy in front of the backend, in a pass that is
 * not timed ({@link #countRequests}).
 */
final class BenchEnvironment implements AutoCloseable {

    static final String EMULATOR_ENGINE = "bench";
    static final String EMULATOR_ENGINE_JDBC_URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
    static final String EMULATOR_ACCESS_KEY = "KEY";
    static final String EMULATOR_SECRET_KEY = "SECRET";
    /** What the emulator charges in the benchmarks: a real server's costs (benchmarks/CALIBRATION.md). */
    static final ServerCosts SERVER_COSTS = ServerCosts.semoss43();
    static final String DRIVER_CLASS = "org.semossjdbc.jdbc.SemossDriver";

    private final SemossEmulator emulator;
    private final String apiBaseUrl;
    private final String engineId;
    private final String engineLabel;
    private final String accessKey;
    private final String secretKey;
    private final String tablePrefix;
    private final Dialect dialect;
    private final OkHttpClient sharedHttp = FloorClient.sharedHttpClient();
    private final Connection loader;
    private final List<String> createdTables = new ArrayList<>();

    /** The SQL the benchmarks' tables need that differs between backends. */
    enum Dialect {
        H2("DOUBLE"), POSTGRESQL("DOUBLE PRECISION"), MARIADB("DOUBLE");

        private final String doubleType;

        Dialect(String doubleType) {
            this.doubleType = doubleType;
        }

        /** The DOUBLE column type. */
        String doubleType() {
            return doubleType;
        }

        /** From the database product name the driver reports for the engine. */
        static Dialect of(String productName) {
            String name = productName.toLowerCase(Locale.ROOT);
            if (name.contains("postgres")) {
                return POSTGRESQL;
            }
            if (name.contains("maria") || name.contains("mysql")) {
                return MARIADB;
            }
            return H2;
        }

        /**
         * {@code INSERT INTO table SELECT ...} of rows 1..rows: (n, 'name-n', n * 1.25, 2024-01-01 00:00:00 + n
         * seconds), from the backend's own row generator.
         */
        String fillWide(String table, int rows) {
            return switch (this) {
                case H2 -> "INSERT INTO " + table + " SELECT X, CONCAT('name-', X), X * 1.25, "
                        + "DATEADD('SECOND', X, TIMESTAMP '2024-01-01 00:00:00') FROM SYSTEM_RANGE(1, " + rows + ")";
                case POSTGRESQL -> "INSERT INTO " + table + " SELECT x, 'name-' || x, x * 1.25, "
                        + "TIMESTAMP '2024-01-01 00:00:00' + x * INTERVAL '1 second' FROM generate_series(1, "
                        + rows + ") AS g(x)";
                case MARIADB -> "INSERT INTO " + table + " SELECT seq, CONCAT('name-', seq), seq * 1.25, "
                        + "TIMESTAMP '2024-01-01 00:00:00' + INTERVAL seq SECOND FROM seq_1_to_" + rows;
            };
        }
    }

    private BenchEnvironment(SemossEmulator emulator, String apiBaseUrl, String engineId, String engineLabel,
                             String accessKey, String secretKey, String tablePrefix, Dialect dialect,
                             Connection loader) {
        this.emulator = emulator;
        this.apiBaseUrl = apiBaseUrl;
        this.engineId = engineId;
        this.engineLabel = engineLabel;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
        this.tablePrefix = tablePrefix;
        this.dialect = dialect;
        this.loader = loader;
    }

    /** Starts the emulator with a real server's costs and creates the small tables. */
    static BenchEnvironment emulator() throws SQLException {
        loadDriverClass();
        SemossEmulator emulator = SemossEmulator.builder()
                .engine(EMULATOR_ENGINE, EMULATOR_ENGINE_JDBC_URL)
                .accessKeyUser("bench", EMULATOR_ACCESS_KEY, EMULATOR_SECRET_KEY, SemossEmulator.Permission.OWNER)
                .costs(SERVER_COSTS)
                .start();
        // Kept open for the whole run: it pins the in-memory database and loads tables without the emulator.
        Connection loader = DriverManager.getConnection(EMULATOR_ENGINE_JDBC_URL);
        BenchEnvironment environment = new BenchEnvironment(emulator, emulator.apiBaseUrl(),
                emulator.engineId(EMULATOR_ENGINE), "emulator (H2 in memory)", EMULATOR_ACCESS_KEY,
                EMULATOR_SECRET_KEY, "", Dialect.H2, loader);
        environment.createOneRowTable();
        return environment;
    }

    /**
     * Connects to a SEMOSS server and creates the small tables on {@code engineId}.
     *
     * @param apiBaseUrl  e.g. {@code http://127.0.0.1:18080/Monolith/api}
     * @param engineId    the engine's id (not its name)
     * @param engineLabel how the results name the engine
     */
    static BenchEnvironment server(String apiBaseUrl, String engineId, String engineLabel, String accessKey,
                                   String secretKey) throws SQLException {
        loadDriverClass();
        String url = "jdbc:semoss:" + apiBaseUrl + "?database=" + engineId;
        Connection loader = DriverManager.getConnection(url, credentials(accessKey, secretKey));
        try {
            Dialect dialect = Dialect.of(loader.getMetaData().getDatabaseProductName());
            String prefix = String.format(Locale.ROOT, "SJB_%06X_", ThreadLocalRandom.current().nextInt(1 << 24));
            BenchEnvironment environment = new BenchEnvironment(null, apiBaseUrl, engineId, engineLabel, accessKey,
                    secretKey, prefix, dialect, loader);
            environment.createOneRowTable();
            return environment;
        } catch (SQLException | RuntimeException e) {
            loader.close();
            throw e;
        }
    }

    private void createOneRowTable() throws SQLException {
        createTable("ONE_ROW", "(ID INT PRIMARY KEY, NAME VARCHAR(20), AMOUNT " + dialect.doubleType()
                + ", TS TIMESTAMP)");
        execute("INSERT INTO " + table("ONE_ROW") + " VALUES (1, 'first', 1.5, TIMESTAMP '2024-02-29 13:45:56')");
    }

    /** Registers the driver even when its jar's service file is missing (e.g. a partial build). */
    static void loadDriverClass() {
        try {
            Class.forName(DRIVER_CLASS);
        } catch (ClassNotFoundException e) {
            // DriverManager's service loading may still find it; the first connection reports a clear error if not.
        }
    }

    /** The name the run's table {@code name} has on the backend (unique to the run on a server). */
    String table(String name) {
        return tablePrefix + name;
    }

    /** The one-row SELECT of the statement benchmarks. */
    String oneRowSelect() {
        return "SELECT ID, NAME, AMOUNT, TS FROM " + table("ONE_ROW") + " WHERE ID = 1";
    }

    /** The one-row UPDATE of the statement benchmarks. */
    String oneRowUpdate() {
        return "UPDATE " + table("ONE_ROW") + " SET AMOUNT = AMOUNT + 1 WHERE ID = 1";
    }

    /** Creates (or replaces) the run's table {@code name} with {@code columns}, e.g. {@code (ID INT, ...)}. */
    void createTable(String name, String columns) throws SQLException {
        String table = table(name);
        execute("DROP TABLE IF EXISTS " + table, "CREATE TABLE " + table + " " + columns);
        if (!createdTables.contains(table)) {
            createdTables.add(table);
        }
    }

    /** Creates (or replaces) the wide table of the large-read benchmark with {@code rows} rows. */
    void createWideTable(String name, int rows) throws SQLException {
        createTable(name, "(ID INT PRIMARY KEY, NAME VARCHAR(20), AMOUNT " + dialect.doubleType()
                + ", TS TIMESTAMP)");
        execute(dialect.fillWide(table(name), rows));
    }

    /** Runs SQL on the engine (set-up only): directly on the emulator's database, through the driver on a server. */
    void execute(String... sql) throws SQLException {
        try (Statement statement = loader.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** True on the emulator, whose costs the benchmarks can switch off. */
    boolean isEmulator() {
        return emulator != null;
    }

    /** The emulator's switches; only on the emulator. */
    EmulatorHooks hooks() {
        if (emulator == null) {
            throw new IllegalStateException("a real server has no emulator hooks");
        }
        return emulator.hooks();
    }

    /** The emulator charges a real server's costs (they are on unless a benchmark switched them off). */
    void chargeServerCosts() {
        if (emulator != null) {
            emulator.hooks().costs(SERVER_COSTS);
        }
    }

    /** The emulator charges nothing, so that only the clients' own costs remain; only on the emulator. */
    void chargeNothing() {
        hooks().costs(ServerCosts.NONE);
    }

    /** How the results name the backend, e.g. {@code pgdemo}. */
    String label() {
        return engineLabel;
    }

    /** The dialect of the engine. */
    Dialect dialect() {
        return dialect;
    }

    /** {@code jdbc:semoss:...?database=<id>} of the engine. */
    String jdbcUrl() {
        return "jdbc:semoss:" + apiBaseUrl + "?database=" + engineId;
    }

    /** The engine's id. */
    String engineId() {
        return engineId;
    }

    /** The API base URL. */
    String apiBaseUrl() {
        return apiBaseUrl;
    }

    String accessKey() {
        return accessKey;
    }

    String secretKey() {
        return secretKey;
    }

    /** The same JDBC URL, but through a proxy at {@code proxyOrigin} (for recording the driver's requests). */
    String jdbcUrlVia(String proxyOrigin) {
        return jdbcUrl().replace(origin(), proxyOrigin);
    }

    /** The backend's origin, e.g. {@code http://127.0.0.1:<port>}. */
    String origin() {
        URI api = URI.create(apiBaseUrl);
        return api.getScheme() + "://" + api.getAuthority();
    }

    /** A new driver connection. */
    Connection connect() throws SQLException {
        return connect(jdbcUrl());
    }

    /** A new driver connection to {@code url} with this backend's keys. */
    Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, credentials(accessKey, secretKey));
    }

    /** An access key pair as driver properties. */
    static Properties credentials(String accessKey, String secretKey) {
        Properties properties = new Properties();
        properties.setProperty("user", accessKey);
        properties.setProperty("password", secretKey);
        return properties;
    }

    /** A logged-in floor client with its own session, sharing this run's connection pool. */
    FloorClient floorClient(PixelScript script) throws java.io.IOException {
        FloorClient client = new FloorClient(sharedHttp, apiBaseUrl, accessKey, secretKey);
        client.login();
        if (script.usesStoredInsight()) {
            client.openInsight();
        }
        return client;
    }

    /** Records what the driver sends for {@code action} when it repeats it (its steady state). */
    PixelScript capture(SqlAction action) throws Exception {
        return capture(action, action);
    }

    /**
     * Records what the driver sends for {@code action} right after {@code prime} on a connection opened through a
     * recording proxy. The prime takes the connection's one-time work (login, engine lookup, insight creation) and
     * leaves the state the action meets in the measured loop (e.g. an exhausted task the driver removes lazily).
     */
    PixelScript capture(SqlAction prime, SqlAction action) throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(origin());
             Connection connection = connect(jdbcUrlVia(proxy.origin()))) {
            prime.run(connection);
            int mark = proxy.mark();
            action.run(connection);
            return PixelScript.of(proxy.since(mark));
        }
    }

    /**
     * How many HTTP requests (any endpoint) the driver sends for {@code action} right after {@code prime}, on a
     * connection through a counting proxy. Never timed: the proxy adds a hop.
     */
    long countRequests(SqlAction prime, SqlAction action) throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(origin());
             Connection connection = connect(jdbcUrlVia(proxy.origin()))) {
            prime.run(connection);
            int mark = proxy.mark();
            action.run(connection);
            return proxy.since(mark).size();
        }
    }

    /** Something done on a driver connection. */
    @FunctionalInterface
    interface SqlAction {
        void run(Connection connection) throws Exception;
    }

    /** Drops the run's tables on a server (the emulator's vanish with it), then lets go of the backend. */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        try {
            if (emulator == null) {
                for (String table : createdTables) {
                    try {
                        execute("DROP TABLE IF EXISTS " + table);
                    } catch (SQLException e) {
                        System.err.println("[bench] could not drop " + table + " on " + engineLabel + ": "
                                + e.getMessage());
                        failure = e;
                    }
                }
            } else {
                emulator.close();
            }
        } finally {
            loader.close();
            sharedHttp.dispatcher().executorService().shutdown();
            sharedHttp.connectionPool().evictAll();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
