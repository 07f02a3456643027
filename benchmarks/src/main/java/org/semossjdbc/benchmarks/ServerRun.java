package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The benchmarks on a SEMOSS server given by URL, keys and engines ({@code --server}): for each engine in turn, a
 * {@link BenchEnvironment#server} with tables of its own, every suite that runs SQL, then its tables dropped. Writes
 * the real-server section of RESULTS.md (one column per engine, beside the emulator's figures) and
 * results-server.csv.
 */
final class ServerRun {

    /** The environment variable holding the server's access key. */
    static final String ACCESS_KEY_VARIABLE = "SEMOSS_ACCESS_KEY";
    /** The environment variable holding the server's secret key. */
    static final String SECRET_KEY_VARIABLE = "SEMOSS_SECRET_KEY";

    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private ServerRun() {
    }

    /** Runs the suites on every engine and writes the results; returns every engine's rows. */
    static List<ResultRow> run(String apiBaseUrl, List<String> engines, Map<String, Suite> suites, Set<String> only,
                               RunSettings settings, String command, String note) throws Exception {
        String accessKey = System.getProperty("semoss.access.key", System.getenv(ACCESS_KEY_VARIABLE));
        String secretKey = System.getProperty("semoss.secret.key", System.getenv(SECRET_KEY_VARIABLE));
        if (accessKey == null || accessKey.isEmpty() || secretKey == null || secretKey.isEmpty()) {
            throw new IllegalArgumentException("--server needs the access key pair in " + ACCESS_KEY_VARIABLE
                    + " and " + SECRET_KEY_VARIABLE);
        }
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("--server needs --engines NAME_OR_ID,...");
        }
        String base = apiBaseUrl.endsWith("/") ? apiBaseUrl.substring(0, apiBaseUrl.length() - 1) : apiBaseUrl;
        String started = UTC.format(Instant.now());
        String loadAtStart = MachineDescription.loadAverage();
        Map<String, String> engineIds = resolve(base, accessKey, secretKey, engines);
        Map<String, List<ResultRow>> byEngine = new LinkedHashMap<>();
        List<ResultRow> all = new ArrayList<>();
        for (Map.Entry<String, String> engine : engineIds.entrySet()) {
            System.out.println("[bench] engine " + engine.getKey() + " ...");
            List<ResultRow> rows = new ArrayList<>();
            try (BenchEnvironment environment = BenchEnvironment.server(base, engine.getValue(), engine.getKey(),
                    accessKey, secretKey)) {
                for (Map.Entry<String, Suite> entry : suites.entrySet()) {
                    Suite suite = entry.getValue();
                    if (!suite.needsEmulator() || (only != null && !only.contains(entry.getKey()))) {
                        continue;
                    }
                    System.out.println("[bench] " + suite.title() + " on " + engine.getKey() + " ...");
                    long start = System.nanoTime();
                    try {
                        List<ResultRow> suiteRows = suite.run(environment, settings);
                        suiteRows.forEach(BenchmarkMain::print);
                        rows.addAll(suiteRows);
                    } catch (Exception | Error e) {
                        ResultRow failure = ResultRow.failed(BenchmarkMain.FIRST_IDS.get(entry.getKey()),
                                suite.title(), Target.reportOnly(), e.getClass().getSimpleName() + ": "
                                        + e.getMessage());
                        BenchmarkMain.print(failure);
                        e.printStackTrace();
                        rows.add(failure);
                    }
                    System.out.printf("[bench] %s on %s took %.0f s%n", suite.title(), engine.getKey(),
                            (System.nanoTime() - start) / 1e9);
                }
            } catch (java.sql.SQLException e) {
                // The engine could not be reached or its tables not created (or dropped): say so, go on.
                ResultRow failure = ResultRow.failed("0", "set-up or clean-up on " + engine.getKey(),
                        Target.reportOnly(), e.getMessage());
                BenchmarkMain.print(failure);
                rows.add(failure);
            }
            rows.sort((a, b) -> a.id().compareTo(b.id()));
            byEngine.put(engine.getKey(), rows);
            all.addAll(rows);
        }
        ResultWriter.RunInfo info = new ResultWriter.RunInfo(command, started, UTC.format(Instant.now()),
                MachineDescription.describe(), loadAtStart, MachineDescription.loadAverage(), settings.quick(), note,
                false);
        ResultWriter.writeServer(settings.outputDirectory(), info, base, byEngine);
        System.out.println("[bench] wrote " + settings.outputDirectory().resolve("RESULTS.md"));
        return all;
    }

    /** Engine label (as given) to id: ids are kept, names are looked up in {@code MyEngines()}. */
    static Map<String, String> resolve(String base, String accessKey, String secretKey, List<String> engines)
            throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonNode listing = null;
        OkHttpClient http = FloorClient.sharedHttpClient();
        try {
            for (String engine : engines) {
                if (UUID.matcher(engine).matches()) {
                    ids.put(engine, engine);
                    continue;
                }
                if (listing == null) {
                    FloorClient client = new FloorClient(http, base, accessKey, secretKey);
                    client.login();
                    listing = client.runAsTree(Map.of("expression", "MyEngines();", "insightId", ""))
                            .path("pixelReturn").path(0).path("output");
                }
                String id = null;
                for (JsonNode each : listing) {
                    if (engine.equals(each.path("database_name").asText(null))
                            || engine.equals(each.path("app_name").asText(null))) {
                        id = each.path("database_id").asText(each.path("app_id").asText(null));
                    }
                }
                if (id == null) {
                    throw new IllegalArgumentException("no engine named " + engine + " is visible to these keys on "
                            + base);
                }
                ids.put(engine, id);
            }
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        return ids;
    }
}
