package org.semossjdbc.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * HikariCP in front of the driver, shared by several threads that insert concurrently. A pooled connection keeps its
 * SEMOSS session (login happens once per pooled connection, not per borrow), which is what makes many small
 * operations cheap.
 */
public final class HikariExample {

    /**
     * What happened, for the test.
     *
     * @param threads        writer threads
     * @param rowsPerThread  rows each thread inserted
     * @param updateCountSum sum of the update counts the driver reported
     * @param rowsInTable    rows counted in the table afterwards
     * @param rowsPerWorker  rows counted per worker, in worker order
     * @param millis         wall time of the inserts
     */
    public record Result(int threads, int rowsPerThread, int updateCountSum, long rowsInTable,
                         List<Long> rowsPerWorker, long millis) {
    }

    private HikariExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 4, pool -> run(pool, 4, 25, System.out));
    }

    /**
     * A HikariCP pool of {@code size} connections to {@code target}. The secret key goes to the pool as the password;
     * Hikari never logs it.
     */
    public static HikariDataSource pool(SemossTarget target, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("semoss");
        // The driver's DataSource is a JavaBean: Hikari sets "url", "user" and "password" (and any other connection
        // property, e.g. "fetchSize") through dataSource.* properties.
        config.setDataSourceClassName("org.semossjdbc.jdbc.SemossDataSource");
        config.addDataSourceProperty("url", target.jdbcUrl());
        config.addDataSourceProperty("user", target.accessKey());
        config.addDataSourceProperty("password", target.secretKey());
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        // SEMOSS commits every statement: keep Hikari's default auto-commit=true, so the pool has no transaction to
        // roll back when a connection is returned.
        config.setAutoCommit(true);
        // HikariCP evicts a connection on SQLState 0A000 (feature not supported); the driver's override keeps it, as
        // an unsupported call (a savepoint, an OUT parameter) leaves a SEMOSS connection as good as before.
        config.setExceptionOverrideClassName("org.semossjdbc.pool.HikariExceptionOverride");
        return new HikariDataSource(config);
    }

    /** {@code threads} workers each insert {@code rowsPerThread} rows through {@code pool}; then rows are counted. */
    public static Result run(DataSource pool, int threads, int rowsPerThread, PrintStream out) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE IF EXISTS example_pool_events");
            statement.executeUpdate("CREATE TABLE example_pool_events (worker INT NOT NULL, seq INT NOT NULL,"
                    + " payload VARCHAR(100), PRIMARY KEY (worker, seq))");
        }
        long started = System.nanoTime();
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> workers = new ArrayList<>();
        try {
            for (int worker = 0; worker < threads; worker++) {
                int id = worker;
                workers.add(executor.submit(() -> insertRows(pool, id, rowsPerThread)));
            }
            int counted = 0;
            for (Future<Integer> worker : workers) {
                counted += worker.get();
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            List<Long> perWorker = new ArrayList<>();
            long total;
            try (Connection connection = pool.getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT worker, COUNT(*) AS inserted, MIN(seq) AS first_seq, MAX(seq) AS last_seq"
                                 + " FROM example_pool_events GROUP BY worker ORDER BY worker")) {
                List<List<?>> table = new ArrayList<>();
                total = 0;
                while (rows.next()) {
                    long inserted = rows.getLong("inserted");
                    perWorker.add(inserted);
                    total += inserted;
                    table.add(List.of(rows.getInt("worker"), inserted, rows.getInt("first_seq"),
                            rows.getInt("last_seq")));
                }
                TablePrinter.print(List.of("worker", "inserted", "first_seq", "last_seq"), table, out);
            }
            out.printf("%d threads x %d rows through the pool in %d ms (%.0f rows/s); update counts summed to %d,"
                            + " table holds %d rows%n", threads, rowsPerThread, millis,
                    threads * rowsPerThread * 1000.0 / Math.max(1, millis), counted, total);
            return new Result(threads, rowsPerThread, counted, total, List.copyOf(perWorker), millis);
        } finally {
            executor.shutdownNow();
        }
    }

    private static int insertRows(DataSource pool, int worker, int rows) throws SQLException {
        int counted = 0;
        for (int seq = 0; seq < rows; seq++) {
            // Borrow per statement, as a web request would: the pool hands back a logged-in connection.
            try (Connection connection = pool.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO example_pool_events (worker, seq, payload) VALUES (?, ?, ?)")) {
                insert.setInt(1, worker);
                insert.setInt(2, seq);
                insert.setString(3, "worker " + worker + " event " + seq);
                counted += insert.executeUpdate();
            }
        }
        return counted;
    }
}
