package org.semossjdbc.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the benchmarks of the issue against one emulator (charging a real server's costs) and writes the emulator's
 * section of RESULTS.md and results.csv; or, with {@code --server}, against the engines of any SEMOSS server, and
 * writes the real-server section of RESULTS.md and results-server.csv.
 *
 * <pre>
 * java -jar benchmarks/target/semoss-benchmarks.jar [--quick] [--out DIR] [--only SUITE,...] [--profile] [--note TEXT]
 *     [--server API_BASE_URL --engines NAME_OR_ID,...]
 * </pre>
 *
 * Suites: {@code pure-code}, {@code statements}, {@code batches}, {@code large-reads}, {@code concurrency}; a server
 * run skips {@code pure-code} (it runs no SQL). The server's access key pair comes from the environment variables
 * {@value ServerRun#ACCESS_KEY_VARIABLE} and {@value ServerRun#SECRET_KEY_VARIABLE}, never from the command line
 * (which RESULTS.md shows).
 * {@code --quick} is the CI smoke pass; {@code --profile} also writes PROFILE.md, a JFR sampling summary per suite.
 * {@code --note} adds a line about the conditions of the run (e.g. a shared machine) to the header of RESULTS.md.
 * The default output directory is {@code benchmarks/} when run from the repository root, else the current one.
 */
public final class BenchmarkMain {
    private static final String USAGE = "usage: java -jar semoss-benchmarks.jar [--quick] [--out DIR]"
            + " [--only pure-code,statements,batches,large-reads,concurrency] [--profile] [--note TEXT]"
            + " [--server API_BASE_URL --engines NAME_OR_ID,...]"
            + "\n  --server: run on a SEMOSS server (keys from " + ServerRun.ACCESS_KEY_VARIABLE + " and "
            + ServerRun.SECRET_KEY_VARIABLE + "); the Python client comparison needs "
            + PythonClientProcess.SDK_VARIABLE + "=<python-sdk>/python/ai-server/src";


    static final String COMMAND = "./mvnw -B -q -pl benchmarks -am package -DskipTests && "
            + "java -jar benchmarks/target/semoss-benchmarks.jar";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** The first figure of each suite, for the row that reports a suite that broke. */
    static final Map<String, String> FIRST_IDS = Map.of("pure-code", "5", "statements", "1", "batches", "3",
            "large-reads", "4", "concurrency", "6", "packed-reads", "7");

    private BenchmarkMain() {
    }

    /**
     * Entry point; exits 1 when a benchmark failed (not when a target was missed: targets are only reported) and 2
     * on a bad argument.
     */
    public static void main(String[] args) throws Exception {
        List<ResultRow> rows;
        try {
            rows = run(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean failed = rows.stream().anyMatch(row -> row.status() == ResultRow.Status.FAILED);
        System.exit(failed ? 1 : 0);
    }

    /** Runs the suites chosen by {@code args} and writes the result files; returns the rows. */
    static List<ResultRow> run(String... args) throws Exception {
        // The emulator and the recording proxy run on the JDK's HttpServer, which leaves Nagle's algorithm on: a
        // response written as headers then body then waits for the client's delayed ACK (40 ms on Linux) on every
        // keep-alive request. Tomcat, the real server's container, sets TCP_NODELAY by default. Read once, when
        // the first HttpServer starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        boolean quick = false;
        boolean profile = false;
        Path out = Files.isDirectory(Path.of("benchmarks")) ? Path.of("benchmarks") : Path.of(".");
        Set<String> only = null;
        String note = "";
        String server = null;
        List<String> engines = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--profile" -> profile = true;
                case "--out" -> out = Path.of(value(args, ++i));
                case "--only" -> only = Set.of(value(args, ++i).split(","));
                case "--note" -> note = value(args, ++i);
                case "--server" -> server = value(args, ++i);
                case "--engines" -> engines = List.of(value(args, ++i).split(","));
                case "--redraw" -> {
                    // Only re-draws the real-server tables of RESULTS.md against the current results.csv.
                    ResultWriter.refreshServerTables(out);
                    return List.of();
                }
                case "--help", "-h" -> {
                    System.out.println(USAGE);
                    return List.of();
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; " + USAGE);
            }
        }
        if (server == null && !engines.isEmpty()) {
            throw new IllegalArgumentException("--engines needs --server; " + USAGE);
        }
        RunSettings settings = quick ? RunSettings.quick(out, profile)
                : server != null ? RunSettings.server(out, profile) : RunSettings.full(out, profile);
        Map<String, Suite> suites = new LinkedHashMap<>();
        suites.put("pure-code", new PureCodeSuite());
        suites.put("statements", new StatementOverheadSuite());
        suites.put("batches", new BatchSuite());
        suites.put("large-reads", new LargeReadSuite());
        suites.put("packed-reads", new PackedReadSuite());
        // Last: SEMOSS 4.3's MariaDB engine does not take concurrent requests, and its one connection may stay broken
        // after them (a server run of 2026-12-07 lost suite 7 on mariademo that way), so nothing runs after it.
        suites.put("concurrency", new ConcurrencySuite());

        if (only != null && !suites.keySet().containsAll(only)) {
            throw new IllegalArgumentException("unknown suite in --only " + only + "; suites: " + suites.keySet());
        }
        if (server != null) {
            return ServerRun.run(server, engines, suites, only, settings, commandLine(args), note);
        }
        String started = UTC.format(Instant.now());
        String loadAtStart = MachineDescription.loadAverage();
        List<ResultRow> rows = new ArrayList<>();
        StringBuilder profiles = new StringBuilder();
        Map<String, String> firstId = FIRST_IDS;
        BenchEnvironment environment = null;
        try {
            for (Map.Entry<String, Suite> entry : suites.entrySet()) {
                if (only != null && !only.contains(entry.getKey())) {
                    continue;
                }
                Suite suite = entry.getValue();
                System.out.println("[bench] " + suite.title() + " ...");
                Profiler profiler = profile ? Profiler.start() : null;
                long start = System.nanoTime();
                try {
                    if (suite.needsEmulator() && environment == null) {
                        environment = BenchEnvironment.emulator();
                    }
                    List<ResultRow> suiteRows = suite.run(suite.needsEmulator() ? environment : null, settings);
                    suiteRows.forEach(BenchmarkMain::print);
                    rows.addAll(suiteRows);
                } catch (Exception | Error e) {
                    ResultRow failure = ResultRow.failed(firstId.get(entry.getKey()), suite.title(), Target.reportOnly(),
                            e.getClass().getSimpleName() + ": " + e.getMessage());
                    print(failure);
                    e.printStackTrace();
                    rows.add(failure);
                } finally {
                    if (profiler != null) {
                        profiles.append(profiler.stopAndSummarise(suite.title()));
                    }
                    if (suite instanceof LargeReadSuite largeReads) {
                        profiles.append(largeReads.probeProfiles());
                    }
                }
                System.out.printf("[bench] %s took %.0f s%n", suite.title(), (System.nanoTime() - start) / 1e9);
            }
        } finally {
            if (environment != null) {
                environment.close();
            }
        }
        rows.sort((a, b) -> a.id().compareTo(b.id()));
        ResultWriter.RunInfo info = new ResultWriter.RunInfo(
                commandLine(args), started, UTC.format(Instant.now()),
                MachineDescription.describe(), loadAtStart, MachineDescription.loadAverage(), quick, note,
                profile);
        ResultWriter.write(settings.outputDirectory(), info, rows);
        if (profile) {
            Files.writeString(settings.outputDirectory().resolve("PROFILE.md"),
                    "# JFR sampling summary per suite\n\nCommand: `" + info.command() + "`, " + started
                            + " UTC, on " + info.machine() + ".\n\n" + profiles);
        }
        System.out.println("[bench] wrote " + settings.outputDirectory().resolve("RESULTS.md"));
        return rows;
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    /** The documented command with this run's options, as a reader would type it. */
    static String commandLine(String... args) {
        StringBuilder command = new StringBuilder(COMMAND);
        for (String arg : args) {
            command.append(' ').append(arg.contains(" ") ? "\"" + arg.replace("\"", "\\\"") + "\"" : arg);
        }
        return command.toString();
    }

    static void print(ResultRow row) {
        System.out.println("[bench]   " + row.id() + " " + row.benchmark() + ": "
                + (row.figure() == null ? "-" : Format.number(row.figure()) + " " + row.unit()) + " ("
                + row.target().text() + ", " + row.status().label() + ") " + row.detail());
    }
}
