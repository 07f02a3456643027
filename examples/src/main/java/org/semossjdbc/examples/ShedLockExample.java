package org.semossjdbc.examples;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbc.JdbcLockProvider;

/**
 * ShedLock's plain-JDBC lock provider on SEMOSS: two nodes fire the same daily report at the same instant, for many
 * days; for each day exactly one node runs it. The lock is a row: the first node INSERTs it; the other's INSERT fails
 * with a duplicate key (SQLState 23505 from the driver), and its {@code UPDATE ... WHERE lock_until <= now} matches no
 * row (update count 0), so it skips.
 */
public final class ShedLockExample {

    /**
     * What happened, for the test.
     *
     * @param days        report runs attempted by each node
     * @param runsPerDay  how many nodes ran each day's report (all 1 when correct)
     * @param runsPerNode reports per node
     * @param lockRows    rows in the shedlock table afterwards (one per day)
     */
    public record Result(int days, Map<String, Integer> runsPerDay, Map<String, Integer> runsPerNode, long lockRows) {
    }

    /** The lock table (ShedLock's default name is shedlock; the example keeps to its own). */
    public static final String TABLE = "example_shedlock";

    private ShedLockExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 4, pool -> run(pool, 60, System.out));
    }

    /** Both nodes try to run the report for each of {@code days} days at the same moment. */
    public static Result run(DataSource dataSource, int days, PrintStream out) throws Exception {
        createTable(dataSource);
        ConcurrentMap<String, AtomicInteger> runsPerDay = new ConcurrentHashMap<>();
        ConcurrentMap<String, AtomicInteger> runsPerNode = new ConcurrentHashMap<>();
        // Each node has its own lock provider, as it would in its own process.
        Map<String, LockingTaskExecutor> nodes = Map.of(
                "node-a", new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, TABLE)),
                "node-b", new DefaultLockingTaskExecutor(new JdbcLockProvider(dataSource, TABLE)));
        CyclicBarrier sameInstant = new CyclicBarrier(nodes.size());
        LocalDate firstDay = LocalDate.of(2026, 1, 1);

        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Object>> running = nodes.entrySet().stream().map(node -> threads.submit(() -> {
                for (int day = 0; day < days; day++) {
                    String lockName = "daily-report-" + firstDay.plusDays(day);
                    sameInstant.await();                       // both nodes' schedulers fire together
                    // Held for at least 10 minutes: the slower node finds the lock taken even after the report ends.
                    LockConfiguration lock = new LockConfiguration(ClockProvider.now(), lockName,
                            Duration.ofMinutes(10), Duration.ofMinutes(10));
                    node.getValue().executeWithLock((Runnable) () -> {
                        runsPerDay.computeIfAbsent(lockName, k -> new AtomicInteger()).incrementAndGet();
                        runsPerNode.computeIfAbsent(node.getKey(), k -> new AtomicInteger()).incrementAndGet();
                    }, lock);
                }
                return null;
            })).toList();
            for (Future<Object> node : running) {
                node.get();
            }
        } finally {
            threads.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<String, Integer> perDay = new TreeMap<>();
        runsPerDay.forEach((day, runs) -> perDay.put(day, runs.get()));
        Map<String, Integer> perNode = new TreeMap<>();
        runsPerNode.forEach((node, runs) -> perNode.put(node, runs.get()));
        long rows = countRows(dataSource);
        TablePrinter.print(List.of("node", "reports run"),
                perNode.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList(), out);
        out.printf("%d days, %d reports run (%d days ran twice), %d lock rows, %d ms%n", days,
                perDay.values().stream().mapToInt(Integer::intValue).sum(),
                perDay.values().stream().filter(runs -> runs > 1).count(), rows, millis);
        return new Result(days, perDay, perNode, rows);
    }

    private static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("DROP TABLE IF EXISTS example_shedlock");
            // ShedLock's documented schema; the primary key is what makes the INSERT race safe.
            statement.executeUpdate("CREATE TABLE example_shedlock (name VARCHAR(64) NOT NULL,"
                    + " lock_until TIMESTAMP(3) NOT NULL, locked_at TIMESTAMP(3) NOT NULL,"
                    + " locked_by VARCHAR(255) NOT NULL, PRIMARY KEY (name))");
        }
    }

    private static long countRows(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM example_shedlock")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
