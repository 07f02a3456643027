package org.semossjdbc.benchmarks;

import okhttp3.OkHttpClient;
import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.emulator.SemossEmulator;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * The one emulator and backend every benchmark of a run shares, its tables, and the ways to reach it: driver
 * connections and floor clients. The engine is an in-memory H2 database in this JVM, loaded directly through H2
 * (loading a million rows through the emulator would only slow the set-up).
 */
final class BenchEnvironment implements AutoCloseable {

    static final String ENGINE = "bench";
    static final String ENGINE_JDBC_URL = "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1";
    static final String ACCESS_KEY = "KEY";
    static final String SECRET_KEY = "SECRET";
    /** The real server's own work per {@code Database|Query|...} pixel (calibration in benchmarks/README.md). */
    static final Duration SERVER_PIXEL_TIME = Duration.ofMillis(6);
    static final String DRIVER_CLASS = "org.semossjdbc.jdbc.SemossDriver";

    /** The one-row table of the statement benchmarks. */
    static final String ONE_ROW_SELECT = "SELECT ID, NAME, AMOUNT, TS FROM ONE_ROW WHERE ID = 1";
    static final String ONE_ROW_UPDATE = "UPDATE ONE_ROW SET AMOUNT = AMOUNT + 1 WHERE ID = 1";

    private final SemossEmulator emulator;
    private final OkHttpClient sharedHttp = FloorClient.sharedHttpClient();
    private final Connection loader;

    private BenchEnvironment(SemossEmulator emulator, Connection loader) {
        this.emulator = emulator;
        this.loader = loader;
    }

    /** Starts the emulator with the real server's per-pixel time and creates the small tables. */
    static BenchEnvironment start() throws SQLException {
        loadDriverClass();
        SemossEmulator emulator = SemossEmulator.builder()
                .engine(ENGINE, ENGINE_JDBC_URL)
                .accessKeyUser("bench", ACCESS_KEY, SECRET_KEY, SemossEmulator.Permission.OWNER)
                .perPixelDelay(SERVER_PIXEL_TIME)
                .start();
        // Kept open for the whole run: it pins the in-memory database and loads tables without the emulator.
        Connection loader = DriverManager.getConnection(ENGINE_JDBC_URL);
        BenchEnvironment environment = new BenchEnvironment(emulator, loader);
        environment.execute("DROP TABLE IF EXISTS ONE_ROW",
                "CREATE TABLE ONE_ROW (ID INT PRIMARY KEY, NAME VARCHAR(20), AMOUNT DOUBLE, TS TIMESTAMP)",
                "INSERT INTO ONE_ROW VALUES (1, 'first', 1.5, TIMESTAMP '2024-02-29 13:45:56')");
        return environment;
    }

    /** Registers the driver even when its jar's service file is missing (e.g. a partial build). */
    static void loadDriverClass() {
        try {
            Class.forName(DRIVER_CLASS);
        } catch (ClassNotFoundException e) {
            // DriverManager's service loading may still find it; the first connection reports a clear error if not.
        }
    }

    /** Creates (or replaces) the wide table of the large-read benchmark with {@code rows} rows. */
    void createWideTable(String name, int rows) throws SQLException {
        execute("DROP TABLE IF EXISTS " + name,
                "CREATE TABLE " + name + " (ID INT PRIMARY KEY, NAME VARCHAR(20), AMOUNT DOUBLE, TS TIMESTAMP) AS "
                        + "SELECT X, CONCAT('name-', X), X * 1.25, DATEADD('SECOND', X, TIMESTAMP '2024-01-01 00:00:00') "
                        + "FROM SYSTEM_RANGE(1, " + rows + ")");
    }

    /** Runs SQL on the engine's database directly (set-up only). */
    void execute(String... sql) throws SQLException {
        try (Statement statement = loader.createStatement()) {
            for (String each : sql) {
                statement.execute(each);
            }
        }
    }

    /** The emulator's counters and switches. */
    EmulatorHooks hooks() {
        return emulator.hooks();
    }

    /** {@code jdbc:semoss:...?database=<id>} of the bench engine. */
    String jdbcUrl() {
        return emulator.jdbcUrl(ENGINE);
    }

    /** The API base URL. */
    String apiBaseUrl() {
        return emulator.apiBaseUrl();
    }

    /** The same JDBC URL, but through a proxy at {@code proxyOrigin} (for recording the driver's requests). */
    String jdbcUrlVia(String proxyOrigin) {
        URI api = URI.create(apiBaseUrl());
        String origin = api.getScheme() + "://" + api.getAuthority();
        return jdbcUrl().replace(origin, proxyOrigin);
    }

    /** The emulator's origin, {@code http://127.0.0.1:<port>}. */
    String origin() {
        URI api = URI.create(apiBaseUrl());
        return api.getScheme() + "://" + api.getAuthority();
    }

    /** A new driver connection. */
    Connection connect() throws SQLException {
        return connect(jdbcUrl());
    }

    /** A new driver connection to {@code url} with the bench user's access key. */
    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, credentials());
    }

    /** The bench user's access key pair as driver properties. */
    static Properties credentials() {
        Properties properties = new Properties();
        properties.setProperty("user", ACCESS_KEY);
        properties.setProperty("password", SECRET_KEY);
        return properties;
    }

    /** A logged-in floor client with its own session, sharing this run's connection pool. */
    FloorClient floorClient(PixelScript script) throws java.io.IOException {
        FloorClient client = new FloorClient(sharedHttp, apiBaseUrl(), ACCESS_KEY, SECRET_KEY);
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

    /** Something done on a driver connection. */
    @FunctionalInterface
    interface SqlAction {
        void run(Connection connection) throws Exception;
    }

    @Override
    public void close() throws SQLException {
        try {
            emulator.close();
        } finally {
            loader.close();
            sharedHttp.dispatcher().executorService().shutdown();
            sharedHttp.connectionPool().evictAll();
        }
    }
}
