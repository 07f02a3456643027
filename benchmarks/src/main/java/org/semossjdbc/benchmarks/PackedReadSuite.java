package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packed reads (issue 16): a table of INT, VARCHAR, DECIMAL(38,10), TIMESTAMP with fractions and VARBINARY read to
 * the end through the plain getters with {@code readMode=auto} and with {@code readMode=plain}, interleaved in one
 * process, every value of the auto read checked against what the row generator wrote; the reading JVM's heap peak at
 * the two sizes ({@code readMode=auto}, forked like the large reads); and a one-row SELECT in both modes.
 */
final class PackedReadSuite implements Suite {
    private static final BigDecimal STEP = new BigDecimal("1.0123456789");
    private static final LocalDateTime EPOCH = LocalDateTime.of(2026, 1, 1, 0, 0);
    private static final Pattern RESULT = Pattern.compile(
            "RESULT nanos=(\\d+) rows=(\\d+) requests=(-?\\d+) peakHeap=(\\d+) oldPeak=(\\d+)");

    @Override
    public String title() {
        return "packed reads";
    }

    @Override
    public List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception {
        environment.chargeServerCosts();
        int small = settings.largeReadSizes().get(0);
        int large = settings.largeReadSizes().get(settings.largeReadSizes().size() - 1);
        // The large table is loaded after 7a and 7c: loading 1,000,000 rows keeps the server busy for a while after
        // the INSERT returns (an H2 engine writes and compacts its store in the background), and one-row statements
        // measured in that time varied from 1.04x to 1.17x with the same driver (benchmarks/ANALYSIS.md).
        createTable(environment, table(small), small);
        String plain = environment.jdbcUrl();
        String auto = plain.replace("readMode=plain", "readMode=auto");
        String sql = select(environment.table(table(small)));
        List<ResultRow> rows = new ArrayList<>();
        int rounds = settings.quick() ? 1 : environment.isEmulator() ? 5 : 3;
        try (Connection autoConnection = environment.connect(auto);
             Connection plainConnection = environment.connect(plain)) {
            // One-row SELECT: a new literal each time, as an application's lookups by key send.
            String oneRow = "SELECT ID, NAME, AMOUNT, TS, BIN FROM " + environment.table(table(small)) + " WHERE ID = ";
            int[] key = {0};
            int perRound = settings.quick() ? 5 : 50;
            // Measured before the large reads (whose garbage the server would still be collecting during it), after
            // 200 untimed statements of each form: the server compiles the packed form's SQL paths as it runs them.
            int warmup = settings.quick() ? perRound : Math.max(200, settings.statementWarmup());
            Map<String, Samples> lookups = Interleaved.run(List.of(
                    new Interleaved.Variant("auto", () -> readOne(autoConnection, oneRow + (1 + key[0]++ % small))),
                    new Interleaved.Variant("plain", () -> readOne(plainConnection, oneRow + (1 + key[0]++ % small)))),
                    warmup, settings.quick() ? 2 : 10, perRound);
            Samples la = lookups.get("auto");
            Samples lp = lookups.get("plain");
            ResultRow oneRowRead = ResultRow.measured("7c", "one-row SELECT (5 columns, a new key each time), "
                    + "readMode=auto / plain", la.median() / lp.median(), "x", Target.atMost(1.10), "auto "
                    + Format.medianP90(la) + " vs plain " + Format.medianP90(lp) + ", " + la.count()
                    + " interleaved statements each after " + warmup + " untimed");

            // Both reads call the same getters and keep what they return; the auto read's values are checked after
            // its clock stops (ReadValues), every one of them on every read. The plain path's DECIMAL, TIMESTAMP and
            // binary values are lossy, so only its row count is.
            long[] checked = new long[1];
            ReadValues autoValues = new ReadValues(small);
            ReadValues plainValues = new ReadValues(small);
            Map<String, Samples> times = Interleaved.run(List.of(
                    Interleaved.Variant.selfTimed("auto", () -> {
                        long nanos = timedRead(autoConnection, sql, true, autoValues);
                        checked[0] = checkExact(autoValues, small);
                        return nanos;
                    }),
                    Interleaved.Variant.selfTimed("plain", () -> {
                        long nanos = timedRead(plainConnection, sql, false, plainValues);
                        if (plainValues.rows != small) {
                            throw new IllegalStateException("read " + plainValues.rows + " rows of " + small);
                        }
                        return nanos;
                    })), 2, rounds, 1);
            Samples a = times.get("auto");
            Samples p = times.get("plain");
            rows.add(ResultRow.measured("7a", Format.number(small) + " rows x (INT, VARCHAR, DECIMAL(38,10), "
                            + "TIMESTAMP(6), VARBINARY) read to the end, readMode=auto / plain", a.median() / p.median(),
                    "x", Target.atMost(0.25), "auto " + Format.medianP90(a) + " vs plain " + Format.medianP90(p)
                            + ", " + a.count() + " interleaved reads each in one JVM; every value of the auto reads "
                            + "exact (" + Format.number(checked[0]) + " values checked per read)"));
            rows.add(oneRowRead);
        }

        createTable(environment, table(large), large);
        Samples smallPeak = new Samples();
        Samples largePeak = new Samples();
        Samples largeTime = new Samples();
        int forks = settings.quick() ? 1 : 2;
        // Each probe first reads (twice) the first rows of the small table, to warm its JIT.
        String warmup = sql.replace("ORDER BY", "WHERE ID <= " + Math.min(small, 20_000) + " ORDER BY");
        for (int i = 0; i < forks; i++) {
            long[] s = fork(environment, auto, small, sql, warmup);
            long[] l = fork(environment, auto, large, select(environment.table(table(large))), warmup);
            smallPeak.add(s[3]);
            largePeak.add(l[3]);
            largeTime.add(l[0]);
        }
        rows.add(ResultRow.measured("7b", "peak heap of the reading JVM, " + Format.number(large) + " / "
                        + Format.number(small) + " rows, readMode=auto", largePeak.median() / smallPeak.median(), "x",
                Target.atMost(1.25), "peak " + mebibytes(largePeak.median()) + " vs " + mebibytes(smallPeak.median())
                        + "; " + Format.number(large) + " rows read in " + Format.medianP90(largeTime) + "; probe JVM "
                        + String.join(" ", LargeReadSuite.PROBE_JVM_OPTIONS)));
        return rows;
    }

    static String table(int size) {
        return "PACKED_" + size;
    }

    static String select(String table) {
        return "SELECT ID, NAME, AMOUNT, TS, BIN FROM " + table + " ORDER BY ID";
    }

    /**
     * Rows 1..n: (n, 'name-n', n * 1.0123456789, 2026-01-01 + n * 1001 microseconds, bytes 00 ff and the last four
     * decimal digits of n read as hex): the bytes are not UTF-8, the timestamps carry fractions, the decimals have
     * more digits than a double.
     */
    private static void createTable(BenchEnvironment environment, String name, int rows) throws Exception {
        String table = environment.table(name);
        switch (environment.dialect()) {
            case H2 -> {
                environment.createTable(name, "(ID INT PRIMARY KEY, NAME VARCHAR(40), AMOUNT DECIMAL(38,10), "
                        + "TS TIMESTAMP(6), BIN VARBINARY(16))");
                environment.execute("INSERT INTO " + table + " SELECT X, CONCAT('name-', X), X * 1.0123456789, "
                        + "DATEADD('MICROSECOND', X * 1001, TIMESTAMP '2026-01-01 00:00:00'), "
                        + "CAST(CONCAT('00ff', LPAD(CAST(MOD(X, 10000) AS VARCHAR), 4, '0')) AS VARBINARY) "
                        + "FROM SYSTEM_RANGE(1, " + rows + ")");
            }
            case POSTGRESQL -> {
                environment.createTable(name, "(ID INT PRIMARY KEY, NAME VARCHAR(40), AMOUNT NUMERIC(38,10), "
                        + "TS TIMESTAMP(6), BIN BYTEA)");
                environment.execute("INSERT INTO " + table + " SELECT x, 'name-' || x, x * 1.0123456789, "
                        + "TIMESTAMP '2026-01-01 00:00:00' + x * 1001 * INTERVAL '1 microsecond', "
                        + "decode('00ff' || lpad((x % 10000)::text, 4, '0'), 'hex') FROM generate_series(1, " + rows
                        + ") AS g(x)");
            }
            case MARIADB -> {
                environment.createTable(name, "(ID INT PRIMARY KEY, NAME VARCHAR(40), AMOUNT DECIMAL(38,10), "
                        + "TS DATETIME(6), BIN VARBINARY(16))");
                environment.execute("INSERT INTO " + table + " SELECT seq, CONCAT('name-', seq), seq * 1.0123456789, "
                        + "TIMESTAMP '2026-01-01 00:00:00' + INTERVAL (seq * 1001) MICROSECOND, "
                        + "UNHEX(CONCAT('00ff', LPAD(seq % 10000, 4, '0'))) FROM seq_1_to_" + rows);
            }
        }
    }

    /**
     * The values one read got through the getters, kept so that they are checked after its clock stops: the check
     * (decimal arithmetic, hex formatting per value) is the benchmark's work, not the read's, and would otherwise
     * weigh on the auto side only.
     */
    private static final class ReadValues {
        final int[] ids;
        final String[] names;
        final BigDecimal[] amounts;
        final Timestamp[] timestamps;
        final Object[] binaries;
        int rows;

        ReadValues(int capacity) {
            ids = new int[capacity];
            names = new String[capacity];
            amounts = new BigDecimal[capacity];
            timestamps = new Timestamp[capacity];
            binaries = new Object[capacity];
        }
    }

    /**
     * Reads {@code sql} to the end through the getters of every column ({@code getBytes} for the binary one when
     * {@code exact}, {@code getString} otherwise: the plain path's binary values are lossy text), keeping what they
     * return. Returns the nanoseconds from {@code executeQuery} to the result's close.
     */
    static long timedRead(Connection connection, String sql, boolean exact, ReadValues into) throws Exception {
        int row = 0;
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                if (row == into.ids.length) {
                    throw new IllegalStateException("more rows than the " + row + " the table holds");
                }
                into.ids[row] = rs.getInt(1);
                into.names[row] = rs.getString(2);
                into.amounts[row] = rs.getBigDecimal(3);
                into.timestamps[row] = rs.getTimestamp(4);
                into.binaries[row] = exact ? rs.getBytes(5) : rs.getString(5);
                row++;
            }
        }
        long nanos = System.nanoTime() - start;
        into.rows = row;
        return nanos;
    }

    /** Checks every value of an exact read against the generator; returns the number of values checked. */
    static long checkExact(ReadValues values, int expectedRows) {
        if (values.rows != expectedRows) {
            throw new IllegalStateException("read " + values.rows + " rows of " + expectedRows);
        }
        for (int row = 0; row < values.rows; row++) {
            long id = row + 1L;
            if (values.ids[row] != id) {
                throw new IllegalStateException("row " + id + " read as ID " + values.ids[row]);
            }
            check(id, "NAME", "name-" + id, values.names[row]);
            check(id, "AMOUNT", STEP.multiply(BigDecimal.valueOf(id)).setScale(10), values.amounts[row]);
            check(id, "TS", EPOCH.plusNanos(id * 1001 * 1000), values.timestamps[row].toLocalDateTime());
            check(id, "BIN", "00ff" + String.format("%04d", id % 10000),
                    HexFormat.of().formatHex((byte[]) values.binaries[row]));
        }
        return values.rows * 5L;
    }

    private static void check(long id, String column, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException("row " + id + " " + column + ": expected " + expected + ", read " + actual);
        }
    }

    private static void readOne(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            Sink.consume(rs.getInt(1));
            Sink.consume(rs.getString(2));
            Sink.consume(rs.getBigDecimal(3));
            Sink.consume(rs.getTimestamp(4));
            Sink.consume(rs.getString(5));
        }
    }

    /** One forked reading JVM ({@link LargeReadProbe}, variant {@link LargeReadProbe#PACKED}). */
    private static long[] fork(BenchEnvironment environment, String url, int size, String sql, String warmupSql)
            throws Exception {
        LargeReadProbe.Plan plan = new LargeReadProbe.Plan(LargeReadProbe.PACKED, url, environment.apiBaseUrl(),
                environment.accessKey(), environment.secretKey(), sql, warmupSql,
                null, null, 0, null, null, 0);
        Path planFile = Files.createTempFile("semoss-bench-plan", ".json",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            new ObjectMapper().writeValue(planFile.toFile(), plan);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(LargeReadSuite.PROBE_JVM_OPTIONS);
            String output = LargeReadSuite.runProbe(command, planFile, "the packed probe for " + size + " rows");
            Matcher matcher = RESULT.matcher(output);
            if (!matcher.find()) {
                throw new IOException("the packed probe printed no result: " + output);
            }
            if (Long.parseLong(matcher.group(2)) != size) {
                throw new IOException("the packed probe read " + matcher.group(2) + " rows of " + size);
            }
            return new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
                    Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)), Long.parseLong(matcher.group(5))};
        } finally {
            Files.deleteIfExists(planFile);
        }
    }

    private static String mebibytes(double bytes) {
        return Format.number(bytes / (1024 * 1024)) + " MiB";
    }
}
