package org.semossjdbc.examples;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * db-scheduler with two scheduler instances ("nodes") sharing one SEMOSS engine. Both poll the same table; an execution
 * is claimed with an optimistic {@code UPDATE ... WHERE version = ?}, and only the node whose update count is 1 runs
 * it.
 * That is why the driver's exact update counts matter: a count guessed as "1" would let both nodes run everything.
 */
public final class DbSchedulerExample {

    /** The task both nodes know. */
    public static final String TASK = "send-receipt";

    /**
     * What happened, for the test.
     *
     * @param scheduled       executions scheduled
     * @param runsPerInstance how many times each task instance ran (all 1 when correct)
     * @param runsPerNode     executions per node
     * @param leftInTable     rows left in scheduled_tasks once done (0: every execution completed and was removed)
     * @param millis          time from starting the nodes until both had stopped
     */
    public record Result(int scheduled, Map<String, Integer> runsPerInstance, Map<String, Integer> runsPerNode,
                         long leftInTable, long millis) {
    }

    private DbSchedulerExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 8, pool -> run(pool, 60, System.out));
    }

    /** Schedules {@code executions} one-time tasks and lets two scheduler instances race for them. */
    public static Result run(DataSource dataSource, int executions, PrintStream out) throws Exception {
        createTable(dataSource);
        ConcurrentMap<String, AtomicInteger> runsPerInstance = new ConcurrentHashMap<>();
        ConcurrentMap<String, AtomicInteger> runsPerNode = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();

        Scheduler nodeA = node("node-a", dataSource, runsPerInstance, runsPerNode, done);
        Scheduler nodeB = node("node-b", dataSource, runsPerInstance, runsPerNode, done);
        long started = System.nanoTime();
        try {
            List<TaskInstance<?>> instances = new ArrayList<>();
            for (int i = 1; i <= executions; i++) {
                instances.add(new TaskInstance<Void>(TASK, String.format("receipt-%03d", i)));
            }
            // One JDBC batch of INSERTs, due now: both nodes find all of them on their next poll.
            nodeA.scheduleBatch(instances, Instant.now());
            out.printf("Scheduled %d executions of '%s'; starting node-a and node-b (polling every 100 ms)%n",
                    executions, TASK);
            nodeA.start();
            nodeB.start();

            // Done when every execution ran and its row is gone: with no row left, no node can claim it again.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((done.get() < executions || countRows(dataSource) > 0) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            nodeA.stop();
            nodeB.stop();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        Map<String, Integer> perInstance = new TreeMap<>();
        runsPerInstance.forEach((instance, runs) -> perInstance.put(instance, runs.get()));
        Map<String, Integer> perNode = new TreeMap<>();
        runsPerNode.forEach((node, runs) -> perNode.put(node, runs.get()));
        long left = countRows(dataSource);
        long duplicates = perInstance.values().stream().filter(runs -> runs > 1).count();
        TablePrinter.print(List.of("node", "executions"),
                perNode.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList(), out);
        out.printf("%d of %d executions ran, %d more than once, %d rows left in example_scheduled_tasks, %d ms%n",
                perInstance.size(), executions, duplicates, left, millis);
        return new Result(executions, perInstance, perNode, left, millis);
    }

    private static Scheduler node(String name, DataSource dataSource, ConcurrentMap<String, AtomicInteger> perInstance,
                                  ConcurrentMap<String, AtomicInteger> perNode, AtomicInteger done) {
        // Each node registers its own handler for the same task name, as separate processes would.
        OneTimeTask<Void> task = Tasks.oneTime(TASK).execute((instance, context) -> {
            perInstance.computeIfAbsent(instance.getId(), id -> new AtomicInteger()).incrementAndGet();
            perNode.computeIfAbsent(name, id -> new AtomicInteger()).incrementAndGet();
            done.incrementAndGet();
        });
        return Scheduler.create(dataSource, task)
                .schedulerName(new SchedulerName.Fixed(name))
                .tableName("example_scheduled_tasks")
                .threads(4)
                // Fast polling keeps the example short; production would poll every few seconds.
                .pollingInterval(Duration.ofMillis(100))
                // One customization for every backend: timestamps as UTC in plain TIMESTAMP columns and FETCH FIRST
                // limits, which H2, PostgreSQL and MariaDB all accept, so the example's table is the same everywhere.
                .jdbcCustomization(new DefaultJdbcCustomization(true))
                // SEMOSS commits every statement itself; there is never a transaction to commit.
                .commitWhenAutocommitDisabled(false)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
    }

    private static void createTable(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            EngineDialect dialect = EngineDialect.of(connection);
            statement.executeUpdate("DROP TABLE IF EXISTS example_scheduled_tasks");
            // db-scheduler's schema with zone-less timestamps (written as UTC, see jdbcCustomization above).
            statement.executeUpdate("CREATE TABLE example_scheduled_tasks ("
                    + " task_name VARCHAR(100) NOT NULL,"
                    + " task_instance VARCHAR(100) NOT NULL,"
                    + " task_data " + dialect.binary() + ","
                    + " execution_time TIMESTAMP(6) NOT NULL,"
                    + " picked BOOLEAN NOT NULL,"
                    + " picked_by VARCHAR(50),"
                    + " last_success TIMESTAMP(6),"
                    + " last_failure TIMESTAMP(6),"
                    + " consecutive_failures INT,"
                    + " last_heartbeat TIMESTAMP(6),"
                    + " version BIGINT NOT NULL,"
                    + " priority SMALLINT,"
                    + " PRIMARY KEY (task_name, task_instance))");
            statement.executeUpdate(
                    "CREATE INDEX example_execution_time_idx ON example_scheduled_tasks (execution_time)");
        }
    }

    private static long countRows(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM example_scheduled_tasks")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
