package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The reading JVM of the large-read benchmark, forked once per (variant, size, repetition) so that its heap holds
 * nothing but the reader: reads a warm-up table twice (JIT), forces a GC, resets the heap pools' peaks, reads the
 * measured table to the end, and prints one {@code RESULT} line with the time and the heap peaks.
 */
public final class LargeReadProbe {

    /** The driver variant that reads every column with {@code getString}. */
    static final String TEXT_ONLY = "driver-getString";
    /** The driver, with application work on every row: what page prefetch is for. */
    static final String WORKING = "driver-working";
    /** The same reading and work with {@code prefetch=false}: pages fetched only when the current one is used up. */
    static final String WORKING_SEQUENTIAL = "driver-working-sequential";
    /** The packed-read table (INT, VARCHAR, DECIMAL, TIMESTAMP, VARBINARY) read with each column's getter. */
    static final String PACKED = "driver-packed";
    /** Iterations of {@link #applicationWork} per row: a few microseconds, as converting and storing a row costs. */
    static final int WORK_PER_ROW = 1_500;

    /** What the parent tells the probe; written as JSON to a file (it holds the bench user's secret key). */
    record Plan(String variant, String jdbcUrl, String apiBaseUrl, String accessKey, String secretKey, String sql,
                String warmupSql, Map<String, String> first, Map<String, String> pageForm, int pageSize,
                Map<String, String> warmupFirst, Map<String, String> warmupPageForm, int warmupPageSize) {

        PixelScript script() {
            return new PixelScript(first, pageForm, pageSize, 0);
        }

        PixelScript warmupScript() {
            return new PixelScript(warmupFirst, warmupPageForm, warmupPageSize, 0);
        }
    }

    /** What one read cost. */
    private record Outcome(long rows, int requests) {
    }

    private LargeReadProbe() {
    }

    /** {@code LargeReadProbe <plan.json>}; exits non-zero on any failure. */
    public static void main(String[] args) throws Exception {
        Plan plan = new ObjectMapper().readValue(Path.of(args[0]).toFile(), Plan.class);
        Reader reader = plan.variant().startsWith("driver") ? driverReader(plan) : floorReader(plan);
        reader.read(true);
        reader.read(true);
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        System.gc();
        System.gc();
        long baseline = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            pool.resetPeakUsage();
            baseline += pool.getUsage().getUsed();
        }
        long start = System.nanoTime();
        Outcome outcome = reader.read(false);
        long nanos = System.nanoTime() - start;
        long peak = 0;
        long oldPeak = 0;
        for (MemoryPoolMXBean pool : heapPools) {
            long poolPeak = pool.getPeakUsage().getUsed();
            peak += poolPeak;
            if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
                oldPeak += poolPeak;
            }
        }
        System.out.println("RESULT nanos=" + nanos + " rows=" + outcome.rows() + " requests=" + outcome.requests()
                + " peakHeap=" + peak + " oldPeak=" + oldPeak + " baseline=" + baseline + " sink=" + (Sink.value() & 1));
        reader.close();
    }

    /** Reads the warm-up or the measured table to the end. */
    private interface Reader extends AutoCloseable {
        Outcome read(boolean warmup) throws Exception;
    }

    private static Reader driverReader(Plan plan) throws Exception {
        BenchEnvironment.loadDriverClass();
        String url = WORKING_SEQUENTIAL.equals(plan.variant()) ? plan.jdbcUrl() + "&prefetch=false" : plan.jdbcUrl();
        Connection connection = java.sql.DriverManager.getConnection(url,
                BenchEnvironment.credentials(plan.accessKey(), plan.secretKey()));
        Statement statement = connection.createStatement();
        boolean textOnly = TEXT_ONLY.equals(plan.variant());
        boolean packed = PACKED.equals(plan.variant());
        boolean working = plan.variant().startsWith(WORKING);
        return new Reader() {
            @Override
            public Outcome read(boolean warmup) throws Exception {
                long rows = 0;
                try (ResultSet resultSet = statement.executeQuery(warmup ? plan.warmupSql() : plan.sql())) {
                    while (resultSet.next()) {
                        rows++;
                        if (packed) {
                            Sink.consume(resultSet.getInt(1));
                            Sink.consume(resultSet.getString(2));
                            Sink.consume(resultSet.getBigDecimal(3));
                            Sink.consume(resultSet.getTimestamp(4));
                            Sink.consume(resultSet.getBytes(5));
                        } else if (textOnly) {
                            // Isolates conversions: the values as the server sent them, nothing parsed.
                            Sink.consume(resultSet.getString(1));
                            Sink.consume(resultSet.getString(2));
                            Sink.consume(resultSet.getString(3));
                            Sink.consume(resultSet.getString(4));
                        } else {
                            Sink.consume(resultSet.getInt(1));
                            Sink.consume(resultSet.getString(2));
                            Sink.consume((long) resultSet.getDouble(3));
                            Sink.consume(resultSet.getTimestamp(4));
                        }
                        if (working) {
                            Sink.consume(applicationWork(rows));
                        }
                    }
                }
                return new Outcome(rows, -1);
            }

            @Override
            public void close() throws Exception {
                statement.close();
                connection.close();
            }
        };
    }

    /** Deterministic arithmetic the JIT cannot drop (its result is consumed): stands for an application's per-row work. */
    static long applicationWork(long seed) {
        long x = seed | 1;
        for (int i = 0; i < WORK_PER_ROW; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
        }
        return x;
    }

    private static Reader floorReader(Plan plan) throws Exception {
        OkHttpClient http = FloorClient.sharedHttpClient();
        FloorClient client = new FloorClient(http, plan.apiBaseUrl(), plan.accessKey(), plan.secretKey());
        client.login();
        if (plan.script().usesStoredInsight()) {
            client.openInsight();
        }
        return new Reader() {
            @Override
            public Outcome read(boolean warmup) throws Exception {
                return readAll(client, warmup ? plan.warmupScript() : plan.script());
            }

            @Override
            public void close() {
                http.dispatcher().executorService().shutdown();
                http.connectionPool().evictAll();
            }
        };
    }

    /**
     * The driver's Collect requests, replayed: the first page's pixel (without what the driver sends in front of it),
     * then task pages until a short page.
     */
    private static Outcome readAll(FloorClient client, PixelScript script) throws Exception {
        PixelResponseReader.Page page = client.run(script.bareFirst());
        long rows = page.rows();
        int requests = 1;
        while (script.pageSize() > 0 && page.rows() == script.pageSize() && script.pageForm() != null) {
            page = client.run(script.page(page.taskId()));
            rows += page.rows();
            requests++;
        }
        Sink.consume(page.checksum());
        return new Outcome(rows, requests);
    }
}
