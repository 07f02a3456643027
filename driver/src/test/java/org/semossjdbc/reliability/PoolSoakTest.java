package org.semossjdbc.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 16 threads of mixed reads, abandoned half-read results, writes and batches through a HikariCP pool over
 * {@code jdbc:semoss:}, for {@code semoss.soak.seconds} seconds (10 in the normal run; the full soak is 60:
 * {@code ./mvnw -B -o -Pservices -pl driver -am test -Dtest='org.semossjdbc.reliability.PoolSoakTest'
 * -Dsemoss.soak.seconds=60 -Dsurefire.failIfNoSpecifiedTests=false}). No operation may fail, every row written must be
 * there exactly once, the server's open insights and tasks must return to their baseline once the pool closes, and
 * the recipe of a connection that lives through the whole soak must not grow.
 */
class PoolSoakTest {
    private static final String SECTION = "5-soak";
    private static final int THREADS = 16;
    private static final int SECONDS = Integer.getInteger("semoss.soak.seconds", 10);
    private static final long ID_SPACE = 1_000_000_000L;

    @Test
    void mixedLoadThroughAPoolLosesNothingAndLeaksNothing() throws Exception {
        try (ReliabilityEnvironment env = ReliabilityEnvironment.start(ScratchDatabase.Backend.H2);
             FaultProxy recorder = new FaultProxy(FaultProxy.originOf(env.semoss().apiBaseUrl()))) {
            env.direct("CREATE TABLE SOAK (ID BIGINT PRIMARY KEY, WORKER INT NOT NULL, V VARCHAR(40))");
            env.direct("CREATE INDEX SOAK_WORKER ON SOAK (WORKER)");
            int insightsBaseline = env.hooks().openInsights();
            int tasksBaseline = env.hooks().openTasks(ReliabilityEnvironment.ENGINE);

            long[] written = new long[THREADS];
            AtomicLong operations = new AtomicLong();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            int[] recipe = new int[2];
            try (Connection longLived = env.connect(env.urlVia(recorder.apiBaseUrl()));
                 HikariDataSource pool = pool(env)) {
                IntSupplier recipeOfLongLived = () -> env.hooks().recipeSize(insightOf(recorder));
                countAll(longLived);
                recipe[0] = recipeOfLongLived.getAsInt();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
                ExecutorService workers = Executors.newFixedThreadPool(THREADS);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int worker = t;
                    futures.add(workers.submit(() -> {
                        start.await();
                        written[worker] = work(pool, worker, deadline, operations, errors);
                        return null;
                    }));
                }
                start.countDown();
                while (System.nanoTime() < deadline) {
                    // the long-lived connection keeps working while the pool is busy
                    countAll(longLived);
                    operations.incrementAndGet();
                    Thread.sleep(100);
                }
                for (Future<?> future : futures) {
                    future.get(SECONDS + 60L, TimeUnit.SECONDS);
                }
                workers.shutdown();
                recipe[1] = recipeOfLongLived.getAsInt();
            }
            long expected = 0;
            for (long n : written) {
                expected += n;
            }
            long found = env.count("SELECT COUNT(*) FROM SOAK");
            long distinct = env.count("SELECT COUNT(DISTINCT ID) FROM SOAK");
            int insightsAfter = settle(env.hooks()::openInsights, insightsBaseline);
            int tasksAfter = settle(() -> env.hooks().openTasks(ReliabilityEnvironment.ENGINE), tasksBaseline);

            ReliabilitySummary.row(SECTION, "h2-" + SECONDS, String.valueOf(THREADS), String.valueOf(SECONDS),
                    String.format("%,d", operations.get()), String.valueOf(errors.size()), expected + " / " + found,
                    insightsAfter + " (" + insightsBaseline + ")", tasksAfter + " (" + tasksBaseline + ")",
                    recipe[0] + " -> " + recipe[1]);
            assertTrue(errors.isEmpty(), errors.size() + " operations failed, e.g. "
                    + errors.stream().limit(5).toList());
            assertEquals(expected, found, "every row written is there");
            assertEquals(found, distinct, "no row twice");
            for (int t = 0; t < THREADS; t++) {
                assertEquals(written[t], env.count("SELECT COUNT(*) FROM SOAK WHERE WORKER = " + t), "worker " + t);
            }
            assertEquals(insightsBaseline, insightsAfter, "closed connections drop their insights");
            assertEquals(tasksBaseline, tasksAfter, "closed result sets remove their tasks");
            assertEquals(recipe[0], recipe[1], "the recipe of a long-lived connection does not grow");
            assertTrue(operations.get() > THREADS * 10L, "the soak did real work: " + operations.get());
        }
    }

    private static HikariDataSource pool(ReliabilityEnvironment env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(env.url());
        config.setUsername(ReliabilityEnvironment.ACCESS_KEY);
        config.setPassword(ReliabilityEnvironment.SECRET_KEY);
        config.setMaximumPoolSize(8); // fewer connections than threads: borrowers wait, connections are reused
        config.setConnectionTimeout(30_000);
        config.setPoolName("semoss-soak");
        return new HikariDataSource(config);
    }

    /** One worker's loop; returns how many rows it wrote (each successful write is counted once). */
    private static long work(HikariDataSource pool, int worker, long deadline, AtomicLong operations,
                             ConcurrentLinkedQueue<String> errors) {
        Random random = new Random(worker);
        long written = 0;
        long nextId = worker * ID_SPACE;
        while (System.nanoTime() < deadline) {
            int roll = random.nextInt(100);
            try (Connection c = pool.getConnection()) {
                if (roll < 35) {
                    readCount(c, worker, written);
                } else if (roll < 45) {
                    abandonHalfRead(c, worker);
                } else if (roll < 70) {
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO SOAK (ID, WORKER, V) VALUES (?, ?, ?)")) {
                        p.setLong(1, nextId);
                        p.setInt(2, worker);
                        p.setString(3, "single '" + nextId + "'");
                        p.executeUpdate();
                    }
                    nextId++;
                    written++;
                } else if (roll < 90) {
                    int rows = 2 + random.nextInt(20);
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO SOAK (ID, WORKER, V) VALUES (?, ?, ?)")) {
                        for (int i = 0; i < rows; i++) {
                            p.setLong(1, nextId + i);
                            p.setInt(2, worker);
                            p.setString(3, "batch %+;" + i);
                            p.addBatch();
                        }
                        p.executeBatch();
                    }
                    nextId += rows;
                    written += rows;
                } else {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("UPDATE SOAK SET V = 'updated' WHERE WORKER = " + worker + " AND ID = "
                                + (worker * ID_SPACE + random.nextInt((int) Math.max(1, nextId - worker * ID_SPACE))));
                    }
                }
                operations.incrementAndGet();
            } catch (SQLException | RuntimeException e) {
                errors.add("worker " + worker + ": " + e);
            }
        }
        return written;
    }

    /** Reads this worker's row count: the driver must see every row the worker wrote (read-your-writes). */
    private static void readCount(Connection c, int worker, long expected) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM SOAK WHERE WORKER = ?")) {
            p.setInt(1, worker);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                if (n != expected) {
                    throw new IllegalStateException("worker " + worker + " wrote " + expected + " rows, reads " + n);
                }
            }
        }
    }

    private static void countAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SOAK")) {
            assertTrue(rs.next());
        }
    }

    /** Opens a multi-page result, reads a little and closes it: its server task must go. */
    private static void abandonHalfRead(Connection c, int worker) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.setFetchSize(3);
            try (ResultSet rs = s.executeQuery("SELECT ID, V FROM SOAK ORDER BY ID")) {
                for (int i = 0; i < 4 && rs.next(); i++) {
                    rs.getString(2);
                }
            }
        }
    }

    /**
     * The insight id the long-lived connection works in, read from the server's answers through the proxy. It must be
     * one and the same throughout (so its recipe size is a real figure, not the 0 reported for an unknown id).
     */
    private static String insightOf(FaultProxy recorder) {
        ObjectMapper json = new ObjectMapper();
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (ServeEvent event : recorder.serveEvents()) {
            try {
                String id = json.readTree(event.getResponse().getBodyAsString()).path("insightID").asText("");
                if (!id.isEmpty() && !id.startsWith("TempInsight")) {
                    ids.add(id);
                }
            } catch (Exception e) {
                // not a pixel answer
            }
        }
        assertEquals(1, ids.size(), "the long-lived connection keeps one insight: " + ids);
        return ids.iterator().next();
    }

    /**
     * A pool closes its connections on its own threads; waits (bounded) until the counter reaches the expected value,
     * then returns the value seen, so the assertion reports the real figure if it never does.
     */
    private static int settle(IntSupplier counter, int expected) throws InterruptedException {
        int value = counter.getAsInt();
        for (int i = 0; i < 50 && value != expected; i++) {
            Thread.sleep(100);
            value = counter.getAsInt();
        }
        assertFalse(value < 0);
        return value;
    }
}
