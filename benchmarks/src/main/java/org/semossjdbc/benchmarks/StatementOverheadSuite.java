package org.semossjdbc.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Items 1 and 2 of the issue: a one-row SELECT and a one-row UPDATE through the driver, against the floor (one bare
 * POST of the statement's own pixel, as the driver writes it, on a warm keep-alive connection), against a replay of
 * the driver's whole request (anything it sends in front of that pixel included: its client-side cost alone), and
 * against the official Python client's pattern (a {@code GET /config} login check before every pixel, every answer
 * parsed as a tree) rebuilt on the same HTTP stack. All are interleaved; once with the real server's per-pixel
 * time, once with none (the driver's own cost).
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
        PixelScript select = environment.capture(StatementOverheadSuite::readOneRow);
        PixelScript update = environment.capture(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(BenchEnvironment.ONE_ROW_UPDATE);
            }
        });
        List<ResultRow> rows = new ArrayList<>();
        try (Connection connection = environment.connect();
             Statement statement = connection.createStatement();
             FloorClient floor = environment.floorClient(select);
             FloorClient replay = environment.floorClient(select);
             FloorClient python = environment.floorClient(select)) {
            PythonPatternClient pythonPattern = new PythonPatternClient(python);
            String requests = requestsPerStatement(environment, connection);

            List<Interleaved.Variant> selects = List.of(
                    new Interleaved.Variant("driver", () -> readOneRow(statement)),
                    new Interleaved.Variant("floor", () -> Sink.consume(floor.run(select.bareFirst()).checksum())),
                    new Interleaved.Variant("replay", () -> Sink.consume(replay.runFirst(select).checksum())),
                    new Interleaved.Variant("python", () -> Sink.consume(pythonPattern.run(select))));
            List<Interleaved.Variant> updates = List.of(
                    new Interleaved.Variant("driver", () -> Sink.consume(statement.executeUpdate(BenchEnvironment.ONE_ROW_UPDATE))),
                    new Interleaved.Variant("floor", () -> Sink.consume(floor.run(update.bareFirst()).checksum())),
                    new Interleaved.Variant("replay", () -> Sink.consume(replay.runFirst(update).checksum())),
                    new Interleaved.Variant("python", () -> Sink.consume(pythonPattern.run(update))));

            environment.hooks().perPixelDelay(BenchEnvironment.SERVER_PIXEL_TIME);
            Map<String, Samples> selectDelayed = measure(selects, settings);
            Map<String, Samples> updateDelayed = measure(updates, settings);
            environment.hooks().perPixelDelay(Duration.ZERO);
            Map<String, Samples> selectBare;
            Map<String, Samples> updateBare;
            try {
                selectBare = measure(selects, settings);
                updateBare = measure(updates, settings);
            } finally {
                environment.hooks().perPixelDelay(BenchEnvironment.SERVER_PIXEL_TIME);
            }

            String selectShape = shape(select);
            String updateShape = shape(update);
            rows.add(ratio("1a", "one-row SELECT, driver / floor, 6 ms per pixel", selectDelayed, "driver", "floor",
                    Target.atMost(1.05), requests + "; " + selectShape));
            rows.add(ratio("1b", "one-row UPDATE, driver / floor, 6 ms per pixel", updateDelayed, "driver", "floor",
                    Target.atMost(1.05), requests + "; " + updateShape));
            rows.add(addedMicros("1c", "one-row SELECT, µs the driver adds, no pixel delay", selectBare));
            rows.add(addedMicros("1d", "one-row UPDATE, µs the driver adds, no pixel delay", updateBare));
            rows.add(ratio("1e", "one-row SELECT, driver / its whole request replayed by the floor client, 6 ms per pixel", selectDelayed,
                    "driver", "replay", Target.reportOnly(), REPLAY_NOTE));
            rows.add(ratio("1f", "one-row UPDATE, driver / its whole request replayed by the floor client, 6 ms per pixel", updateDelayed,
                    "driver", "replay", Target.reportOnly(), REPLAY_NOTE));
            rows.add(ratio("2a", "one-row SELECT, Python pattern / driver, no pixel delay", selectBare, "python",
                    "driver", Target.atLeast(1.5), "expected >= 1.5"));
            rows.add(ratio("2b", "one-row UPDATE, Python pattern / driver, no pixel delay", updateBare, "python",
                    "driver", Target.atLeast(1.5), "expected >= 1.5"));
            rows.add(ratio("2c", "one-row SELECT, Python pattern / driver, 6 ms per pixel", selectDelayed, "python",
                    "driver", Target.reportOnly(), "real server: 1.3-1.6x (its /config costs more than the emulator's)"));
            rows.add(ratio("2d", "one-row UPDATE, Python pattern / driver, 6 ms per pixel", updateDelayed, "python",
                    "driver", Target.reportOnly(), ""));
        }
        return rows;
    }

    /** What the driver's request holds besides the statement's own pixel. */
    private static String shape(PixelScript script) {
        int statements = script.firstStatementCount();
        return statements == 1 ? "the driver sends the statement's pixel alone"
                : "the driver's request holds " + statements + " pixel statements, the floor's only the last ("
                        + script.first("taskN")
                        .get("expression").replaceAll("\\(\"[^\"]*%[^\"]*\"\\)", "(\"<sql>\")")
                        .replaceAll("database=\"[^\"]*\"", "database=\"<id>\"")
                        + "); the emulator charges its per-pixel time for each";
    }

    private static Map<String, Samples> measure(List<Interleaved.Variant> variants, RunSettings settings) throws Exception {
        return Interleaved.run(variants, settings.statementWarmup(), settings.statementRounds(),
                settings.statementsPerRound());
    }

    /** How many HTTP requests one driver SELECT and one UPDATE cost (the floor always sends one). */
    private static String requestsPerStatement(BenchEnvironment environment, Connection connection) throws Exception {
        int statements = 10;
        try (Statement statement = connection.createStatement()) {
            // A connection's first statement also looks the engine up; count the steady state only.
            readOneRow(statement);
            statement.executeUpdate(BenchEnvironment.ONE_ROW_UPDATE);
            readOneRow(statement);
            environment.hooks().resetCounters();
            for (int i = 0; i < statements; i++) {
                readOneRow(statement);
            }
            long selectRequests = environment.hooks().requestCount();
            environment.hooks().resetCounters();
            for (int i = 0; i < statements; i++) {
                statement.executeUpdate(BenchEnvironment.ONE_ROW_UPDATE);
            }
            long updateRequests = environment.hooks().requestCount();
            return "driver HTTP requests per statement: SELECT " + Format.number(selectRequests / (double) statements)
                    + ", UPDATE " + Format.number(updateRequests / (double) statements);
        }
    }

    static void readOneRow(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement()) {
            readOneRow(statement);
        }
    }

    /** Reads the one-row result to the end, every column through its natural getter. */
    static void readOneRow(Statement statement) throws Exception {
        try (ResultSet resultSet = statement.executeQuery(BenchEnvironment.ONE_ROW_SELECT)) {
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
