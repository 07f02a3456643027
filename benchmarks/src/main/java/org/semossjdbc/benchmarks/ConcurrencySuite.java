package org.semossjdbc.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Item 6 of the issue: one-row SELECTs per second with 1, 2, 4 and 8 threads, through HikariCP over
 * {@code jdbc:semoss} (borrow, execute, read, return per statement) and through as many floor clients (one session
 * each, one shared connection pool), with the real server's per-pixel time. If the driver serialised threads on a
 * lock of its own, its throughput would scale worse than the floor's as threads are added; the figures are
 * therefore the driver's scaling over the floor's, which the per-statement cost (items 1a, 1e) does not affect.
 */
final class ConcurrencySuite implements Suite {

    @Override
    public String title() {
        return "concurrency";
    }

    @Override
    public List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception {
        environment.chargeServerCosts();
        String selectSql = environment.oneRowSelect();
        PixelScript select = environment.capture(connection -> StatementOverheadSuite.readOneRow(connection, selectSql));
        int maxThreads = settings.threadCounts().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<FloorClient> floors = new ArrayList<>();
        for (int i = 0; i < maxThreads; i++) {
            floors.add(environment.floorClient(select));
        }
        ExecutorService executor = Executors.newFixedThreadPool(maxThreads);
        Map<String, Samples> throughput = new HashMap<>();
        try (HikariDataSource pool = new HikariDataSource(poolConfig(environment, maxThreads))) {
            int pair = 0;
            for (int round = 0; round < settings.concurrencyRounds(); round++) {
                for (int threads : settings.threadCounts()) {
                    for (String variant : Interleaved.rotated(List.of("driver", "floor"), pair++)) {
                        double perSecond = "driver".equals(variant)
                                ? cell(executor, threads, settings.concurrencyMillis(), index -> {
                                    try (Connection connection = pool.getConnection();
                                         Statement statement = connection.createStatement()) {
                                        StatementOverheadSuite.readOneRow(statement, selectSql);
                                    }
                                })
                                : cell(executor, threads, settings.concurrencyMillis(),
                                        index -> Sink.consume(floors.get(index).run(select.bareFirst()).rows()));
                        throughput.computeIfAbsent(variant + threads, k -> new Samples()).add(Math.round(perSecond * 1000));
                    }
                }
            }
        } finally {
            executor.shutdownNow();
        }
        List<ResultRow> rows = new ArrayList<>();
        char letter = 'a';
        int first = settings.threadCounts().get(0);
        double driverFirst = throughput.get("driver" + first).median() / 1000;
        double floorFirst = throughput.get("floor" + first).median() / 1000;
        String cells = "median of " + settings.concurrencyRounds() + " cells of " + settings.concurrencyMillis()
                + " ms, " + (environment.isEmulator() ? "SEMOSS 4.3 costs" : "on " + environment.label());
        for (int threads : settings.threadCounts()) {
            double driver = throughput.get("driver" + threads).median() / 1000;
            double floor = throughput.get("floor" + threads).median() / 1000;
            String measured = "driver " + Format.number(driver) + "/s vs floor " + Format.number(floor) + "/s";
            if (threads == first) {
                // One thread has nothing to contend with: its ratio is the per-statement cost (items 1a/1e).
                rows.add(ResultRow.measured("6" + letter++, threads + " thread(s), statements/s, driver (HikariCP) / floor",
                        driver / floor, "x", Target.reportOnly(), measured + "; " + cells));
                continue;
            }
            // Contention shows as scaling: a lock of the driver's own would flatten its curve, not the floor's.
            double driverScaling = driver / driverFirst;
            double floorScaling = floor / floorFirst;
            rows.add(ResultRow.measured("6" + letter++, threads + " threads, scaling from " + first
                            + " thread, driver (HikariCP) / floor", driverScaling / floorScaling, "x",
                    Target.atLeast(0.95), "driver " + Format.number(driverScaling) + "x (" + Format.number(driver)
                            + "/s), floor " + Format.number(floorScaling) + "x (" + Format.number(floor) + "/s); "
                            + cells));
        }
        return rows;
    }

    private static HikariConfig poolConfig(BenchEnvironment environment, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(environment.jdbcUrl());
        config.setUsername(environment.accessKey());
        config.setPassword(environment.secretKey());
        try {
            Class.forName(BenchEnvironment.DRIVER_CLASS);
            config.setDriverClassName(BenchEnvironment.DRIVER_CLASS);
        } catch (ClassNotFoundException e) {
            // Left to DriverManager, which finds the driver through its service file.
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName("semoss-bench");
        return config;
    }

    /** One operation of thread {@code index}. */
    @FunctionalInterface
    private interface Work {
        void run(int index) throws Exception;
    }

    /** Runs {@code threads} threads doing {@code work} for {@code millis}; returns operations per second. */
    private static double cell(ExecutorService executor, int threads, int millis, Work work) throws Exception {
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int index = t;
            counts.add(executor.submit(() -> {
                ready.countDown();
                go.await();
                long done = 0;
                while (!stop.get()) {
                    work.run(index);
                    done++;
                }
                return done;
            }));
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        Thread.sleep(millis);
        stop.set(true);
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        long elapsed = System.nanoTime() - start;
        return total / (elapsed / 1e9);
    }
}
