package org.semossjdbc.examples;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.PersistJobDataAfterExecution;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Quartz with its JDBC job store ({@code JobStoreTX}) keeping jobs and triggers in a SEMOSS engine. A job fires every
 * second; the scheduler is shut down and a new one started on the same tables, which reads the trigger back from SEMOSS
 * and keeps firing; the job's own counter (its persisted JobDataMap) continues where it stopped.
 */
public final class QuartzExample {

    /** The job's identity. */
    public static final JobKey JOB = JobKey.jobKey("heartbeat", "examples");
    /** The trigger's identity. */
    public static final TriggerKey TRIGGER = TriggerKey.triggerKey("every-second", "examples");
    private static final String FIRES = "fires";
    private static final String SCHEDULER_NAME = "semoss-examples";
    /** Quartz's table prefix (its default is QRTZ_; the example keeps to tables of its own). */
    public static final String TABLE_PREFIX = "EXAMPLE_QRTZ_";
    private static final AtomicInteger PROVIDER_NAMES = new AtomicInteger();

    /**
     * What happened, for the test.
     *
     * @param firesBeforeRestart        fires seen by the first scheduler
     * @param triggerFoundAfterRestart  whether the second scheduler found the trigger without re-scheduling it
     * @param firesAfterRestart         fires seen by the second scheduler
     * @param persistedCounts           the job's stored counter at each fire, across both schedulers
     */
    public record Result(int firesBeforeRestart, boolean triggerFoundAfterRestart, int firesAfterRestart,
                         List<Integer> persistedCounts) {
    }

    private QuartzExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 4, pool -> run(pool, 3, 2, System.out));
    }

    /**
     * Creates Quartz's tables if absent, schedules the job, waits for {@code firesBefore} fires, restarts the
     * scheduler and waits for {@code firesAfter} more.
     */
    public static Result run(DataSource dataSource, int firesBefore, int firesAfter, PrintStream out)
            throws SQLException, SchedulerException, InterruptedException {
        createTablesIfAbsent(dataSource, out);
        List<Integer> counts = new ArrayList<>();

        Scheduler first = start(dataSource);
        try {
            if (first.checkExists(JOB)) {
                first.deleteJob(JOB);                              // a clean start when the tables are reused
            }
            first.scheduleJob(
                    JobBuilder.newJob(HeartbeatJob.class).withIdentity(JOB).usingJobData("count", "0").build(),
                    TriggerBuilder.newTrigger().withIdentity(TRIGGER).startNow()
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1)).build());
            out.println("Scheduler 1 scheduled " + JOB + " every second; waiting for " + firesBefore + " fires");
            counts.addAll(awaitFires(first, firesBefore, out));
        } finally {
            stop(first, dataSource);
        }
        int firedBeforeRestart = counts.size();
        out.println("Scheduler 1 shut down. Trigger rows stored in SEMOSS:");
        printTriggerRows(dataSource, out);

        Scheduler second = start(dataSource);
        boolean found;
        try {
            Trigger stored = second.getTrigger(TRIGGER);           // read back from SEMOSS, not scheduled again
            found = stored != null;
            out.println("Scheduler 2 found " + (found ? stored.getKey() + ", next fire " + stored.getNextFireTime()
                    : "no trigger"));
            counts.addAll(awaitFires(second, firesAfter, out));
        } finally {
            stop(second, dataSource);
        }
        out.println("Job counter per fire (persisted in the JobDataMap between fires and across the restart): "
                + counts);
        return new Result(firedBeforeRestart, found, counts.size() - firedBeforeRestart, List.copyOf(counts));
    }

    private static void stop(Scheduler scheduler, DataSource dataSource)
            throws SchedulerException, SQLException, InterruptedException {
        // Quartz interrupts its scheduler thread on shutdown, and the driver honours interrupts by abandoning the
        // HTTP call in flight; caught mid-query, Quartz logs errors and may even try to mark the trigger ERROR.
        // So: standby first, then wait until the trigger is due yet nobody acquires it (the thread is parked),
        // and only then shut down, which merely wakes the parked thread.
        scheduler.standby();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!dueButUntaken(dataSource) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        scheduler.shutdown(true);                                  // waits for a running job to finish
    }

    private static boolean dueButUntaken(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT TRIGGER_STATE, NEXT_FIRE_TIME FROM " + TABLE_PREFIX + "TRIGGERS"
                             + " WHERE SCHED_NAME = ? AND TRIGGER_NAME = ?")) {
            statement.setString(1, SCHEDULER_NAME);
            statement.setString(2, TRIGGER.getName());
            try (ResultSet rows = statement.executeQuery()) {
                return !rows.next() || rows.getString(1).equals("WAITING")
                        && rows.getLong(2) < System.currentTimeMillis() - 200;
            }
        }
    }

    private static Scheduler start(DataSource dataSource) throws SchedulerException {
        // Quartz finds connections by data source name; a fresh name per scheduler keeps runs independent.
        String dataSourceName = "semoss-" + PROVIDER_NAMES.incrementAndGet();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName,
                new DataSourceConnectionProvider(dataSource));

        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        properties.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", TABLE_PREFIX);
        properties.setProperty("org.quartz.jobStore.isClustered", "false");
        // SEMOSS commits every statement on its own and has no transactions (the driver only warns about
        // setAutoCommit(false)); Quartz need not ask. The consequence: a Quartz "transaction" is a series of committed
        // statements, which is why this store runs one scheduler and no cluster.
        properties.setProperty("org.quartz.jobStore.dontSetAutoCommitFalse", "true");
        // With no transactions there are no row locks to take (SELECT ... FOR UPDATE would lock nothing): the
        // in-memory semaphore serialises Quartz's own threads, which is all a non-clustered store needs.
        properties.setProperty("org.quartz.jobStore.lockHandler.class",
                "org.quartz.impl.jdbcjobstore.SimpleSemaphore");
        // SEMOSS returns binary columns as UTF-8 text, so only bytes that are valid UTF-8 survive a read. With
        // useProperties Quartz stores JobDataMaps as java.util.Properties text, which always does.
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        // StdJDBCDelegate reads BLOBs through java.sql.Blob locators, which the driver cannot offer (values arrive
        // inline in the JSON response); this delegate reads them with getBytes and is otherwise standard SQL.
        properties.setProperty("org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");

        Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
        scheduler.getContext().put(FIRES, new LinkedBlockingQueue<Integer>());
        scheduler.start();
        return scheduler;
    }

    @SuppressWarnings("unchecked")
    private static List<Integer> awaitFires(Scheduler scheduler, int fires, PrintStream out)
            throws SchedulerException, InterruptedException {
        BlockingQueue<Integer> queue = (BlockingQueue<Integer>) scheduler.getContext().get(FIRES);
        List<Integer> counts = new ArrayList<>();
        long started = System.nanoTime();
        while (counts.size() < fires) {
            Integer count = queue.poll(15, TimeUnit.SECONDS);
            if (count == null) {
                throw new IllegalStateException("The job did not fire within 15 s (fired " + counts.size() + " of "
                        + fires + ")");
            }
            counts.add(count);
            out.printf("  fire #%d at +%d ms%n", count, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        return counts;
    }

    private static void createTablesIfAbsent(DataSource dataSource, PrintStream out) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (SqlScript.tableExists(connection, TABLE_PREFIX + "TRIGGERS")) {
                out.println("Quartz tables already exist; reusing them");
                return;
            }
            // Quartz ships its schema per database inside its jar; SEMOSS passes DDL to the engine unchanged.
            String script = switch (EngineDialect.of(connection)) {
                case H2 -> "tables_h2.sql";
                case POSTGRESQL -> "tables_postgres.sql";
                case MARIADB -> "tables_mysql_innodb.sql";
            };
            String ddl = SqlScript.resource("/org/quartz/impl/jdbcjobstore/" + script).replace("QRTZ_", TABLE_PREFIX);
            int statements = SqlScript.run(connection, ddl);
            out.println("Created Quartz's tables from its " + script + " (" + statements + " statements)");
        }
    }

    private static void printTriggerRows(DataSource dataSource, PrintStream out) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT TRIGGER_NAME, JOB_NAME, TRIGGER_STATE, TRIGGER_TYPE, NEXT_FIRE_TIME"
                             + " FROM " + TABLE_PREFIX + "TRIGGERS WHERE SCHED_NAME = ?")) {
            statement.setString(1, SCHEDULER_NAME);
            try (ResultSet rows = statement.executeQuery()) {
                TablePrinter.print(rows, out);
            }
        }
    }

    /**
     * The scheduled job: counts its fires in its own JobDataMap, which Quartz writes back to SEMOSS after each fire.
     * Public with a public constructor because Quartz instantiates it.
     */
    @PersistJobDataAfterExecution
    @DisallowConcurrentExecution
    public static final class HeartbeatJob implements Job {

        /** Quartz creates one instance per fire. */
        public HeartbeatJob() {
        }

        /** Increments the stored counter and reports it to whoever waits on the scheduler. */
        @Override
        @SuppressWarnings("unchecked")
        public void execute(JobExecutionContext context) throws JobExecutionException {
            JobDataMap data = context.getJobDetail().getJobDataMap();
            // useProperties stores String values only.
            int count = Integer.parseInt(data.getString("count")) + 1;
            data.put("count", Integer.toString(count));
            try {
                ((BlockingQueue<Integer>) context.getScheduler().getContext().get(FIRES)).add(count);
            } catch (SchedulerException e) {
                throw new JobExecutionException(e);
            }
        }
    }
}
