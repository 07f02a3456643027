package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item 4 of the issue: tables of INT, VARCHAR(20), DOUBLE and TIMESTAMP read to the end, by the driver and by the
 * floor replaying the driver's own Collect requests (same page size, same Task paging) through Jackson. Every read
 * runs in a fresh JVM ({@link LargeReadProbe}) with a fixed, small young generation, so the heap peak of the reading
 * JVM can be compared between sizes: a streaming reader peaks at the same height for any size, a buffering one grows.
 * Forks alternate driver and floor, and sizes, so drift hits both.
 */
final class LargeReadSuite implements Suite {

    /** Fixed heap shape of the probes: the young generation bounds a streaming reader's peak. */
    static final List<String> PROBE_JVM_OPTIONS = List.of("-Xms1g", "-Xmx1g", "-Xmn16m", "-XX:+UseSerialGC",
            "-XX:-UsePerfData");
    private static final Pattern RESULT = Pattern.compile(
            "RESULT nanos=(\\d+) rows=(\\d+) requests=(-?\\d+) peakHeap=(\\d+) oldPeak=(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Probe profiles of the last run with {@code --profile}, by title. */
    private final Map<String, String> profiles = new java.util.TreeMap<>();

    @Override
    public String title() {
        return "large reads";
    }

    /** The probes' JFR summaries (empty unless the run profiles). */
    String probeProfiles() {
        return String.join("", profiles.values());
    }

    @Override
    public List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception {
        environment.chargeServerCosts();
        String warmupTable = environment.table("LARGE_WARMUP");
        environment.createWideTable("LARGE_WARMUP", settings.largeReadWarmupRows());
        BenchEnvironment.SqlAction warmupRead = connection -> readAll(connection, select(warmupTable));
        PixelScript warmupScript = environment.capture(warmupRead);
        Map<Integer, PixelScript> scripts = new HashMap<>();
        for (int size : settings.largeReadSizes()) {
            environment.createWideTable(table(size), size);
            String sql = select(environment.table(table(size)));
            // Primed with the warm-up read, as in the probes: the measured read follows an exhausted read.
            scripts.put(size, environment.capture(warmupRead, connection -> readAll(connection, sql)));
        }

        Map<String, Samples> times = new HashMap<>();
        Map<String, Samples> peaks = new HashMap<>();
        Map<String, Samples> oldPeaks = new HashMap<>();
        Map<String, Integer> floorRequests = new HashMap<>();
        List<String> variants = List.of("driver", "floor");
        int largest = settings.largeReadSizes().get(settings.largeReadSizes().size() - 1);
        int smallest = settings.largeReadSizes().get(0);
        int pair = 0;
        for (int repeat = 0; repeat < settings.largeReadRepeats(); repeat++) {
            for (int size : settings.largeReadSizes()) {
                // The getString-only read, which separates value conversion from the rest, runs at the largest size;
                // the pair with application work per row, prefetch on and off, at the smallest.
                List<String> forks = size == largest ? List.of("driver", "floor", LargeReadProbe.TEXT_ONLY)
                        : size == smallest ? List.of("driver", "floor", LargeReadProbe.WORKING,
                        LargeReadProbe.WORKING_SEQUENTIAL) : variants;
                for (String variant : Interleaved.rotated(forks, pair++)) {
                    long[] result = fork(environment, settings, variant, size, scripts.get(size), warmupScript,
                            warmupTable);
                    if (result[1] != size) {
                        PixelScript script = scripts.get(size);
                        throw new IllegalStateException(variant + " read " + result[1] + " rows of " + size
                                + " (driver's page size " + script.pageSize() + ", " + script.driverRequests()
                                + " driver requests, page request recorded: " + (script.pageForm() != null) + ")");
                    }
                    String key = variant + size;
                    times.computeIfAbsent(key, k -> new Samples()).add(result[0]);
                    peaks.computeIfAbsent(key, k -> new Samples()).add(result[3]);
                    oldPeaks.computeIfAbsent(key, k -> new Samples()).add(result[4]);
                    if ("floor".equals(variant)) {
                        floorRequests.put(key, (int) result[2]);
                    }
                }
            }
        }

        List<ResultRow> rows = new ArrayList<>();
        char letter = 'a';
        for (int size : settings.largeReadSizes()) {
            Samples driver = times.get("driver" + size);
            Samples floor = times.get("floor" + size);
            PixelScript script = scripts.get(size);
            rows.add(ResultRow.measured("4" + letter++, Format.number(size) + " rows x 4 columns read to the end, driver / floor",
                    driver.median() / floor.median(), "x", Target.atMost(1.10),
                    "driver " + Format.medianP90(driver) + " vs floor " + Format.medianP90(floor) + ", "
                            + driver.count() + " forked reads each; page size " + script.pageSize() + ", runPixel requests: driver "
                            + script.driverRequests() + ", floor " + floorRequests.get("floor" + size)));
        }
        Samples textOnly = times.get(LargeReadProbe.TEXT_ONLY + largest);
        Samples floorLargest = times.get("floor" + largest);
        rows.add(ResultRow.measured("4" + letter++, Format.number(largest) + " rows read with getString only, driver / floor",
                textOnly.median() / floorLargest.median(), "x", Target.reportOnly(),
                "driver (getString for every column) " + Format.medianP90(textOnly) + " vs floor "
                        + Format.medianP90(floorLargest) + "; without value conversion, what is left is transport "
                        + "and decoding"));
        int small = settings.largeReadSizes().get(0);
        int large = settings.largeReadSizes().get(settings.largeReadSizes().size() - 1);
        for (String variant : variants) {
            Samples smallPeak = peaks.get(variant + small);
            Samples largePeak = peaks.get(variant + large);
            rows.add(ResultRow.measured("4" + letter++, "peak heap of the reading JVM, " + Format.number(large) + " / "
                            + Format.number(small) + " rows, " + variant,
                    largePeak.median() / smallPeak.median(), "x",
                    "driver".equals(variant) ? Target.atMost(1.25) : Target.reportOnly(),
                    "peak " + mebibytes(largePeak.median()) + " vs " + mebibytes(smallPeak.median()) + " (old generation "
                            + mebibytes(oldPeaks.get(variant + large).median()) + " vs "
                            + mebibytes(oldPeaks.get(variant + small).median()) + "); probe JVM "
                            + String.join(" ", PROBE_JVM_OPTIONS) + (settings.profile() ? " with JFR" : "")));
        }
        Samples working = times.get(LargeReadProbe.WORKING + smallest);
        Samples sequential = times.get(LargeReadProbe.WORKING_SEQUENTIAL + smallest);
        rows.add(ResultRow.measured("4" + letter++, Format.number(smallest) + " rows with application work on every row, "
                        + "prefetch / pages on demand", working.median() / sequential.median(), "x", Target.atMost(0.90),
                "prefetch=true " + Format.medianP90(working) + " vs prefetch=false " + Format.medianP90(sequential)
                        + "; " + Format.number(LargeReadProbe.WORK_PER_ROW) + " xorshift rounds per row; the next page "
                        + "is asked for half-way through the first page and at the first row of each later one"));
        return rows;
    }

    static String table(int size) {
        return "LARGE_" + size;
    }

    private static String select(String table) {
        return "SELECT ID, NAME, AMOUNT, TS FROM " + table + " ORDER BY ID";
    }

    private static void readAll(java.sql.Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
            while (resultSet.next()) {
                Sink.consume(resultSet.getInt(1));
            }
        }
    }

    /** Runs one probe JVM; returns nanos, rows, requests, peak heap and old-generation peak. */
    private long[] fork(BenchEnvironment environment, RunSettings settings, String variant, int size,
                        PixelScript script, PixelScript warmup, String warmupTable) throws Exception {
        LargeReadProbe.Plan plan = new LargeReadProbe.Plan(variant, environment.jdbcUrl(), environment.apiBaseUrl(),
                environment.accessKey(), environment.secretKey(), select(environment.table(table(size))),
                select(warmupTable),
                script.first(), script.pageForm(), script.pageSize(), warmup.first(), warmup.pageForm(),
                warmup.pageSize());
        Path planFile = Files.createTempFile("semoss-bench-plan", ".json",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            JSON.writeValue(planFile.toFile(), plan);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(PROBE_JVM_OPTIONS);
            Path recording = null;
            if (settings.profile()) {
                recording = Files.createTempFile("semoss-bench-probe", ".jfr");
                command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
            }
            String output = runProbe(command, planFile, "the " + variant + " probe for " + size + " rows");
            if (recording != null) {
                // One profile per (variant, size): the last repetition's, the warmest.
                profiles.put(variant + " reading " + Format.number(size) + " rows (probe JVM)",
                        Profiler.summariseFile(variant + " reading " + Format.number(size) + " rows (probe JVM)", recording));
            }
            Matcher matcher = RESULT.matcher(output);
            if (!matcher.find()) {
                throw new IOException("the " + variant + " probe printed no result: " + tail(output));
            }
            return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)), Long.parseLong(matcher.group(5))};
        } finally {
            Files.deleteIfExists(planFile);
        }
    }

    /**
     * Runs {@link LargeReadProbe} on {@code planFile} in a JVM started with {@code jvm} (the java binary and its
     * options) and returns what it printed; fails when it fails or runs past 15 minutes.
     */
    static String runProbe(List<String> jvm, Path planFile, String what) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(LargeReadProbe.class.getName());
        command.add(planFile.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(15, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(what + " failed: " + tail(output));
        }
        return output;
    }

    private static String tail(String output) {
        return output.length() <= 2_000 ? output : output.substring(output.length() - 2_000);
    }

    private static String mebibytes(double bytes) {
        return Format.number(bytes / (1024 * 1024)) + " MiB";
    }
}
