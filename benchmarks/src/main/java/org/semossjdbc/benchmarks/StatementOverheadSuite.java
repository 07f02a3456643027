package org.semossjdbc.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Items 1 and 2 of the issue: a one-row SELECT and a one-row UPDATE through the driver, against the floor (one bare
 * POST of the statement's own pixel, as the driver writes it, on a warm keep-alive connection), against a replay of
 * the driver's whole request (anything it sends in front of that pixel included: its client-side cost alone), and
 * against the official Python client's pattern (a {@code GET /config} login check before every pixel, every answer
 * parsed as a tree) rebuilt on the same HTTP stack. All are interleaved. On the emulator, once with a real server's
 * costs and once with none (the driver's own cost); on a real server once, with the official Python client itself
 * ({@link PythonClientProcess}) when its sources are configured.
 */
final class StatementOverheadSuite implements Suite {

    private static final String REPLAY_NOTE = "the replay sends the driver's whole request (everything it puts in "
            + "front of the statement's pixel included), so this is the driver's client-side cost alone";

    @Override
    public String title() {
        return "statement overhead";
    }

    @Override
    public List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception {
        String selectSql = environment.oneRowSelect();
        String updateSql = environment.oneRowUpdate();
        environment.chargeServerCosts();
        PixelScript select = environment.capture(connection -> readOneRow(connection, selectSql));
        PixelScript update = environment.capture(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(updateSql);
            }
        });
        String requests = requestsPerStatement(environment);
        List<ResultRow> rows = new ArrayList<>();
        try (Connection connection = environment.connect();
             Statement statement = connection.createStatement();
             FloorClient floor = environment.floorClient(select);
             FloorClient replay = environment.floorClient(select);
             FloorClient python = environment.floorClient(select)) {
            PythonPatternClient pythonPattern = new PythonPatternClient(python);
            List<Interleaved.Variant> selects = new ArrayList<>(List.of(
                    new Interleaved.Variant("driver", () -> readOneRow(statement, selectSql)),
                    new Interleaved.Variant("floor", () -> Sink.consume(floor.run(select.bareFirst()).checksum())),
                    new Interleaved.Variant("replay", () -> Sink.consume(replay.runFirst(select).checksum())),
                    new Interleaved.Variant("python", () -> Sink.consume(pythonPattern.run(select)))));
            List<Interleaved.Variant> updates = new ArrayList<>(List.of(
                    new Interleaved.Variant("driver", () -> Sink.consume(statement.executeUpdate(updateSql))),
                    new Interleaved.Variant("floor", () -> Sink.consume(floor.run(update.bareFirst()).checksum())),
                    new Interleaved.Variant("replay", () -> Sink.consume(replay.runFirst(update).checksum())),
                    new Interleaved.Variant("python", () -> Sink.consume(pythonPattern.run(update)))));
            if (environment.isEmulator()) {
                emulatorRows(environment, settings, rows, selects, updates, select, update, requests);
            } else {
                serverRows(environment, settings, rows, selects, updates, select, update, requests);
            }
        }
        return rows;
    }

    /** On the emulator: every variant with a real server's costs, then with none (the clients' own costs). */
    private static void emulatorRows(BenchEnvironment environment, RunSettings settings, List<ResultRow> rows,
                                     List<Interleaved.Variant> selects, List<Interleaved.Variant> updates,
                                     PixelScript select, PixelScript update, String requests) throws Exception {
        Map<String, Samples> selectDelayed = measure(selects, settings);
        Map<String, Samples> updateDelayed = measure(updates, settings);
        environment.chargeNothing();
        Map<String, Samples> selectBare;
        Map<String, Samples> updateBare;
        try {
            selectBare = measure(selects, settings);
            updateBare = measure(updates, settings);
        } finally {
            environment.chargeServerCosts();
        }
        String costs = "SEMOSS 4.3 costs";
        rows.add(ratio("1a", "one-row SELECT, driver / floor, " + costs, selectDelayed, "driver", "floor",
                Target.atMost(1.05), requests + "; " + shape(select)));
        rows.add(ratio("1b", "one-row UPDATE, driver / floor, " + costs, updateDelayed, "driver", "floor",
                Target.atMost(1.05), requests + "; " + shape(update)));
        rows.add(addedMicros("1c", "one-row SELECT, µs the driver adds, no server costs", selectBare));
        rows.add(addedMicros("1d", "one-row UPDATE, µs the driver adds, no server costs", updateBare));
        rows.add(ratio("1e", "one-row SELECT, driver / its whole request replayed by the floor client, " + costs,
                selectDelayed, "driver", "replay", Target.reportOnly(), REPLAY_NOTE));
        rows.add(ratio("1f", "one-row UPDATE, driver / its whole request replayed by the floor client, " + costs,
                updateDelayed, "driver", "replay", Target.reportOnly(), REPLAY_NOTE));
        rows.add(ratio("2a", "one-row SELECT, Python pattern / driver, no server costs", selectBare, "python",
                "driver", Target.atLeast(1.5), "expected >= 1.5; the emulated pattern (GET /config before every "
                        + "pixel) on the floor's HTTP stack"));
        rows.add(ratio("2b", "one-row UPDATE, Python pattern / driver, no server costs", updateBare, "python",
                "driver", Target.atLeast(1.5), "expected >= 1.5"));
        rows.add(ratio("2c", "one-row SELECT, Python pattern / driver, " + costs, selectDelayed, "python",
                "driver", Target.reportOnly(), "the emulator charges /config what the real server does"));
        rows.add(ratio("2d", "one-row UPDATE, Python pattern / driver, " + costs, updateDelayed, "python",
                "driver", Target.reportOnly(), ""));
    }

    /**
     * On a real server: one measurement of every variant, with the real Python client (when its sources are
     * configured) in place of the emulated pattern for 2a/2b.
     */
    private static void serverRows(BenchEnvironment environment, RunSettings settings, List<ResultRow> rows,
                                   List<Interleaved.Variant> selects, List<Interleaved.Variant> updates,
                                   PixelScript select, PixelScript update, String requests) throws Exception {
        java.nio.file.Path sdk = PythonClientProcess.sdkSources();
        PythonClientProcess sdkClient = null;
        try {
            if (sdk != null) {
                sdkClient = PythonClientProcess.start(sdk, environment, Map.of(
                        "select", environment.oneRowSelect(), "update", environment.oneRowUpdate(),
                        "pixel_select", select.bareFirst().get("expression"),
                        "pixel_update", update.bareFirst().get("expression")));
                PythonClientProcess client = sdkClient;
                selects.add(Interleaved.Variant.selfTimed("sdk", () -> client.run("select")));
                selects.add(Interleaved.Variant.selfTimed("sdk-pixel", () -> client.run("pixel_select")));
                updates.add(Interleaved.Variant.selfTimed("sdk", () -> client.run("update")));
                updates.add(Interleaved.Variant.selfTimed("sdk-pixel", () -> client.run("pixel_update")));
            }
            Map<String, Samples> selectTimes = measure(selects, settings);
            Map<String, Samples> updateTimes = measure(updates, settings);
            String on = "on " + environment.label();
            rows.add(ratio("1a", "one-row SELECT, driver / floor, " + on, selectTimes, "driver", "floor",
                    Target.atMost(1.05), requests + "; " + shape(select)));
            rows.add(ratio("1b", "one-row UPDATE, driver / floor, " + on, updateTimes, "driver", "floor",
                    Target.atMost(1.05), requests + "; " + shape(update)));
            rows.add(addedMicros("1c", "one-row SELECT, µs the driver adds, " + on, selectTimes));
            rows.add(addedMicros("1d", "one-row UPDATE, µs the driver adds, " + on, updateTimes));
            rows.add(ratio("1e", "one-row SELECT, driver / its whole request replayed by the floor client, " + on,
                    selectTimes, "driver", "replay", Target.reportOnly(), REPLAY_NOTE));
            rows.add(ratio("1f", "one-row UPDATE, driver / its whole request replayed by the floor client, " + on,
                    updateTimes, "driver", "replay", Target.reportOnly(), REPLAY_NOTE));
            String pattern = "; the emulated pattern (Java, GET /config before every pixel): ";
            if (sdkClient == null) {
                String why = "the Python client's sources are not configured (" + PythonClientProcess.SDK_VARIABLE
                        + ")";
                rows.add(ResultRow.notAvailable("2a", "one-row SELECT, Python client / driver, " + on,
                        Target.atLeast(1.5), why + pattern + Format.number(ratioOf(selectTimes, "python", "driver"))
                                + "x"));
                rows.add(ResultRow.notAvailable("2b", "one-row UPDATE, Python client / driver, " + on,
                        Target.atLeast(1.5), why + pattern + Format.number(ratioOf(updateTimes, "python", "driver"))
                                + "x"));
                rows.add(ResultRow.notAvailable("2c", "one-row SELECT, Python client's run_pixel / driver, " + on,
                        Target.reportOnly(), why));
                rows.add(ResultRow.notAvailable("2d", "one-row UPDATE, Python client's run_pixel / driver, " + on,
                        Target.reportOnly(), why));
                return;
            }
            rows.add(ratio("2a", "one-row SELECT, Python client / driver, " + on, selectTimes, "sdk", "driver",
                    Target.atLeast(1.5), "expected >= 1.5; ai-server-sdk DatabaseEngine.execQuery (RemoteEngineRun, "
                            + "no DataFrame)" + pattern + Format.number(ratioOf(selectTimes, "python", "driver"))
                            + "x"));
            rows.add(ratio("2b", "one-row UPDATE, Python client / driver, " + on, updateTimes, "sdk", "driver",
                    Target.atLeast(1.5), "expected >= 1.5; ai-server-sdk DatabaseEngine.updateData (ExecQuery)"
                            + pattern + Format.number(ratioOf(updateTimes, "python", "driver")) + "x"));
            rows.add(ratio("2c", "one-row SELECT, Python client's run_pixel / driver, " + on, selectTimes,
                    "sdk-pixel", "driver", Target.reportOnly(), "ServerClient.run_pixel with the driver's own pixel"));
            rows.add(ratio("2d", "one-row UPDATE, Python client's run_pixel / driver, " + on, updateTimes,
                    "sdk-pixel", "driver", Target.reportOnly(), "ServerClient.run_pixel with the driver's own pixel"));
        } finally {
            if (sdkClient != null) {
                sdkClient.close();
            }
        }
    }

    private static double ratioOf(Map<String, Samples> samples, String numerator, String denominator) {
        return samples.get(numerator).median() / samples.get(denominator).median();
    }

    /** What the driver's request holds besides the statement's own pixel. */
    private static String shape(PixelScript script) {
        int statements = script.firstStatementCount();
        return statements == 1 ? "the driver sends the statement's pixel alone"
                : "the driver's request holds " + statements + " pixel statements, the floor's only the last ("
                        + script.first("taskN")
                        .get("expression").replaceAll("\\(\"[^\"]*%[^\"]*\"\\)", "(\"<sql>\")")
                        .replaceAll("database=\"[^\"]*\"", "database=\"<id>\"")
                        + "); the server charges its per-pixel time for each database pixel";
    }

    private static Map<String, Samples> measure(List<Interleaved.Variant> variants, RunSettings settings) throws Exception {
        return Interleaved.run(variants, settings.statementWarmup(), settings.statementRounds(),
                settings.statementsPerRound());
    }

    /** How many HTTP requests one driver SELECT and one UPDATE cost (the floor always sends one). */
    private static String requestsPerStatement(BenchEnvironment environment) throws Exception {
        int statements = 10;
        String selectSql = environment.oneRowSelect();
        String updateSql = environment.oneRowUpdate();
        // A connection's first statement also looks the engine up; count the steady state only.
        BenchEnvironment.SqlAction prime = connection -> {
            readOneRow(connection, selectSql);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(updateSql);
            }
            readOneRow(connection, selectSql);
        };
        long selectRequests = environment.countRequests(prime, connection -> {
            for (int i = 0; i < statements; i++) {
                readOneRow(connection, selectSql);
            }
        });
        long updateRequests = environment.countRequests(prime, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (int i = 0; i < statements; i++) {
                    statement.executeUpdate(updateSql);
                }
            }
        });
        return "driver HTTP requests per statement: SELECT " + Format.number(selectRequests / (double) statements)
                + ", UPDATE " + Format.number(updateRequests / (double) statements);
    }

    static void readOneRow(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            readOneRow(statement, sql);
        }
    }

    /** Reads the one-row result to the end, every column through its natural getter. */
    static void readOneRow(Statement statement, String sql) throws Exception {
        try (ResultSet resultSet = statement.executeQuery(sql)) {
            while (resultSet.next()) {
                Sink.consume(resultSet.getInt(1));
                Sink.consume(resultSet.getString(2));
                Sink.consume((long) resultSet.getDouble(3));
                Sink.consume(resultSet.getTimestamp(4));
            }
        }
    }

    static ResultRow ratio(String id, String benchmark, Map<String, Samples> samples, String numerator,
                           String denominator, Target target, String note) {
        Samples top = samples.get(numerator);
        Samples bottom = samples.get(denominator);
        double figure = top.median() / bottom.median();
        String detail = numerator + " " + Format.medianP90(top) + " vs " + denominator + " " + Format.medianP90(bottom)
                + ", n=" + top.count() + " each" + (note.isEmpty() ? "" : "; " + note);
        return ResultRow.measured(id, benchmark, figure, "x", target, detail);
    }

    private static ResultRow addedMicros(String id, String benchmark, Map<String, Samples> samples) {
        Samples driver = samples.get("driver");
        Samples floor = samples.get("floor");
        double added = (driver.median() - floor.median()) / 1e3;
        String detail = "driver " + Format.micros(driver.median()) + " (p90 " + Format.micros(driver.p90())
                + ") vs floor " + Format.micros(floor.median()) + " (p90 " + Format.micros(floor.p90()) + "), ratio "
                + Format.number(driver.median() / floor.median()) + "x, n=" + driver.count() + " each";
        return ResultRow.measured(id, benchmark, added, "µs", Target.atMost(300), detail);
    }
}
