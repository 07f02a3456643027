package org.semossjdbc.benchmarks;

import okhttp3.OkHttpClient;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.emulator.ServerCosts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures what the emulator's cost model is calibrated against, on a real SEMOSS server and on the emulator side by
 * side: for each real engine, an emulator engine on the same kind of database (its twin) is read and written the same
 * way, once charging nothing and once charging {@link ServerCosts#semoss43()}, in interleaved rounds so that the
 * load of a shared machine falls on all three alike. Prints (and writes with {@code --out}) one table per engine of
 * medians: a one-row SELECT and UPDATE through the driver, 100,000 rows x 4 columns read to the end through the
 * driver (pages of its own size), the same rows one column at a time (INT, VARCHAR, DOUBLE, TIMESTAMP: the cost of a
 * cell by type), {@code GET /config} on a logged-in session and a login with access keys.
 *
 * <pre>
 * SEMOSS_ACCESS_KEY=... SEMOSS_SECRET_KEY=... java -cp benchmarks/target/semoss-benchmarks.jar \
 *     org.semossjdbc.benchmarks.Calibration --server http://127.0.0.1:18080/Monolith/api \
 *     --engine h2demo=jdbc:h2:mem:calibration;DB_CLOSE_DELAY=-1 \
 *     --engine pgdemo=jdbc:postgresql://127.0.0.1:5432/test?user=postgres \
 *     --engine mariademo=jdbc:mariadb://127.0.0.1:3306/test?user=root [--rounds 5] [--rows 100000] [--out FILE]
 * </pre>
 */
public final class Calibration {

    private static final List<String> TARGETS = List.of("real", "emulator, no costs", "emulator, semoss-4.3");
    private static final List<String> SINGLE_COLUMNS = List.of("ID", "NAME", "AMOUNT", "TS");

    private Calibration() {
    }

    /** Entry point; see the class comment. */
    public static void main(String[] args) throws Exception {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        String server = null;
        Map<String, String> twins = new LinkedHashMap<>();
        int rounds = 5;
        int rows = 100_000;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--server" -> server = value;
                case "--engine" -> {
                    int equals = value == null ? -1 : value.indexOf('=');
                    if (equals <= 0) {
                        throw new IllegalArgumentException("--engine needs REAL_ENGINE=EMULATOR_JDBC_URL");
                    }
                    twins.put(value.substring(0, equals), value.substring(equals + 1));
                }
                case "--rounds" -> rounds = Integer.parseInt(value);
                case "--rows" -> rows = Integer.parseInt(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            i++;
        }
        String accessKey = System.getenv(ServerRun.ACCESS_KEY_VARIABLE);
        String secretKey = System.getenv(ServerRun.SECRET_KEY_VARIABLE);
        if (server == null || twins.isEmpty() || accessKey == null || secretKey == null) {
            throw new IllegalArgumentException("needs --server, --engine and the keys in "
                    + ServerRun.ACCESS_KEY_VARIABLE + "/" + ServerRun.SECRET_KEY_VARIABLE);
        }
        SemossEmulator.Builder builder = SemossEmulator.builder()
                .accessKeyUser("calibration", "CALKEY", "CALSECRET", SemossEmulator.Permission.OWNER);
        twins.forEach(builder::engine);
        StringBuilder report = new StringBuilder("Calibration run " + Instant.now() + " on "
                + MachineDescription.describe() + "; load at start " + MachineDescription.loadAverage() + "\n\n");
        Map<String, String> realIds = ServerRun.resolve(server, accessKey, secretKey, List.copyOf(twins.keySet()));
        try (SemossEmulator emulator = builder.start()) {
            for (String engine : twins.keySet()) {
                try (BenchEnvironment real = BenchEnvironment.server(server, realIds.get(engine), engine, accessKey,
                        secretKey);
                     BenchEnvironment twin = BenchEnvironment.server(emulator.apiBaseUrl(),
                             emulator.engineId(engine), engine + " (emulator)", "CALKEY", "CALSECRET")) {
                    real.createWideTable("CALIBRATION", rows);
                    twin.createWideTable("CALIBRATION", rows);
                    Map<String, Map<String, Samples>> times = measure(real, twin, emulator, rounds);
                    String table = table(engine, rows, rounds, times);
                    System.out.print(table);
                    report.append(table);
                }
            }
        }
        report.append("Load at end ").append(MachineDescription.loadAverage()).append('\n');
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
    }

    /** Quantity to target to samples (nanoseconds). */
    private static Map<String, Map<String, Samples>> measure(BenchEnvironment real, BenchEnvironment twin,
                                                             SemossEmulator emulator, int rounds) throws Exception {
        Map<String, Map<String, Samples>> times = new LinkedHashMap<>();
        OkHttpClient http = FloorClient.sharedHttpClient();
        try (Connection realConnection = real.connect(); Connection twinConnection = twin.connect()) {
            for (int round = 0; round < rounds + 1; round++) {
                boolean warmup = round == 0;
                for (String target : Interleaved.rotated(TARGETS, round)) {
                    boolean isReal = target.equals("real");
                    BenchEnvironment environment = isReal ? real : twin;
                    Connection connection = isReal ? realConnection : twinConnection;
                    if (!isReal) {
                        emulator.hooks().costs(target.endsWith("no costs") ? ServerCosts.NONE : ServerCosts.semoss43());
                    }
                    Map<String, Samples> sink = new LinkedHashMap<>();
                    try (Statement statement = connection.createStatement()) {
                        for (int i = 0; i < 20; i++) {
                            timed(sink, "one-row SELECT (driver)",
                                    () -> StatementOverheadSuite.readOneRow(statement, environment.oneRowSelect()));
                            timed(sink, "one-row UPDATE (driver)",
                                    () -> Sink.consume(statement.executeUpdate(environment.oneRowUpdate())));
                        }
                        timed(sink, "100,000 rows x 4 columns, paged (driver)", () -> readAll(statement,
                                "SELECT ID, NAME, AMOUNT, TS FROM " + environment.table("CALIBRATION") + " ORDER BY ID"));
                        for (String column : SINGLE_COLUMNS) {
                            timed(sink, "100,000 rows, " + column + " only", () -> readAll(statement, "SELECT " + column
                                    + " FROM " + environment.table("CALIBRATION") + " ORDER BY ID"));
                        }
                    }
                    FloorClient session = new FloorClient(http, environment.apiBaseUrl(), environment.accessKey(),
                            environment.secretKey());
                    session.login();
                    for (int i = 0; i < 20; i++) {
                        timed(sink, "GET /config, logged in", () -> Sink.consume(session.config().size()));
                    }
                    for (int i = 0; i < 10; i++) {
                        FloorClient fresh = new FloorClient(http, environment.apiBaseUrl(), environment.accessKey(),
                                environment.secretKey());
                        timed(sink, "login (GET /config with access keys, new session)", fresh::login);
                    }
                    if (!warmup) {
                        sink.forEach((quantity, samples) -> times.computeIfAbsent(quantity, k -> new LinkedHashMap<>())
                                .computeIfAbsent(target, k -> new Samples()).addAll(samples));
                    }
                }
            }
        } finally {
            emulator.hooks().costs(ServerCosts.NONE);
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return times;
    }

    private static void readAll(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int i = 1; i <= columns; i++) {
                    Sink.consume(result.getString(i));
                }
            }
        }
    }

    private static void timed(Map<String, Samples> sink, String quantity, Interleaved.Operation operation)
            throws Exception {
        long start = System.nanoTime();
        operation.run();
        sink.computeIfAbsent(quantity, k -> new Samples()).add(System.nanoTime() - start);
    }

    private static String table(String engine, int rows, int rounds, Map<String, Map<String, Samples>> times) {
        StringBuilder out = new StringBuilder("### " + engine + " (" + Format.number(rows) + " rows; medians of "
                + rounds + " interleaved rounds)\n\n| quantity | real server | emulator, no costs | emulator, "
                + "semoss-4.3 | semoss-4.3 / real |\n|---|---:|---:|---:|---:|\n");
        times.forEach((quantity, byTarget) -> {
            double real = byTarget.get("real").median();
            double costed = byTarget.get("emulator, semoss-4.3").median();
            out.append("| ").append(quantity.replace("100,000", Format.number(rows)))
                    .append(" | ").append(millis(real))
                    .append(" | ").append(millis(byTarget.get("emulator, no costs").median()))
                    .append(" | ").append(millis(costed))
                    .append(" | ").append(String.format(Locale.ROOT, "%.2f", costed / real))
                    .append(Math.abs(costed / real - 1) > 0.25 ? " ‡" : "").append(" |\n");
        });
        return out.append('\n').toString();
    }

    private static String millis(double nanos) {
        return String.format(Locale.ROOT, nanos >= 100e6 ? "%.0f ms" : "%.2f ms", nanos / 1e6);
    }
}
