package org.semossjdbc.reliability;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * 100,000 hostile strings per backend ({@code -Dsemoss.fuzz.strings=N} to change), bound through a PreparedStatement
 * in batches of 500 rows (which the driver sends as multi-row INSERTs), then read back through the driver and straight
 * from the backend: every value identical, no statement other than the intended ones run by the engine, a canary table
 * untouched. Values the backend cannot store (NUL in PostgreSQL text, lone surrogates anywhere) must be refused with a
 * clear SQLException before anything is sent.
 */
class HostileInputFuzzTest {
    private static final String SECTION = "2-fuzz";
    private static final int STRINGS = Integer.getInteger("semoss.fuzz.strings", 100_000);
    private static final int ROWS_PER_BATCH = 500;
    private static final String INSERT = "INSERT INTO FUZZ (ID, V) VALUES (?, ?)";
    private static final String READ_BACK = "SELECT ID, V FROM FUZZ ORDER BY ID";
    /** What the engine may run: the INSERT (possibly in the dialect's counting form) and the read-back. */
    private static final Pattern INTENDED = Pattern.compile("(?s)^(?:SELECT COUNT\\(\\*\\) FROM FINAL TABLE \\(|"
            + "WITH \\w+ AS \\()?INSERT INTO FUZZ \\(ID, V\\) VALUES \\(.*|" + Pattern.quote(READ_BACK) + "$|"
            // the read-back as a packed read: its description, then the packed form, both wrapping it unchanged
            + "(?:SET STATEMENT group_concat_max_len = \\d+ FOR )?SELECT .*\\(" + Pattern.quote(READ_BACK) + "\\) q.*");
    /** The read-back's packed form (chunks counted and aggregated), as opposed to its description. */
    private static final Pattern PACKED = Pattern.compile("(?s)^(?:SET STATEMENT group_concat_max_len = \\d+ FOR )?"
            + "SELECT .*COUNT\\(\\*\\) AS n.*\\(" + Pattern.quote(READ_BACK) + "\\) q.*");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Backend.class)
    void hostileStringsSurviveExactlyAndRunNothingElse(Backend backend) throws Exception {
        try (ReliabilityEnvironment env = ReliabilityEnvironment.start(backend)) {
            createTables(env, backend);
            List<String> canaryBefore = canary(env);
            long seed = 0x5E_0555L + backend.ordinal();
            HostileStrings generator = new HostileStrings(seed);
            List<String> stored = new ArrayList<>(STRINGS);
            int refused = 0;
            int refusedUnclearly = 0;
            // readMode=packed: the strings are read back as the database packs them into JSON.
            try (Connection c = env.connect(env.url() + "&readMode=packed");
                 PreparedStatement p = c.prepareStatement(INSERT)) {
                env.hooks().resetCounters();
                long requestsBefore = env.hooks().runPixelCount();
                for (int i = 0; i < STRINGS; i++) {
                    String value = generator.next();
                    if (i % 97 == 0) {
                        value = null;
                    }
                    if (value != null && !storable(backend, value)) {
                        refused++;
                        if (!refusedBeforeSending(env, c, value)) {
                            refusedUnclearly++;
                        }
                        continue;
                    }
                    p.setInt(1, stored.size());
                    p.setString(2, value);
                    p.addBatch();
                    stored.add(value);
                    if (stored.size() % ROWS_PER_BATCH == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
                long requests = env.hooks().runPixelCount() - requestsBefore;
                assertTrue(requests <= 2L * ((stored.size() + ROWS_PER_BATCH - 1) / ROWS_PER_BATCH) + 2,
                        "multi-row statements, not one request per row: " + requests);

                List<String> mismatches = new ArrayList<>();
                int throughDriver = compare(c, stored, mismatches, "driver");
                int inBackend;
                try (Connection direct = env.database().connect()) {
                    inBackend = compare(direct, stored, mismatches, "backend");
                }
                List<String> executed = env.hooks().executedSql(ReliabilityEnvironment.ENGINE);
                List<String> unintended = executed.stream().filter(sql -> !INTENDED.matcher(sql).matches()).toList();
                long inserts = executed.stream().filter(sql -> !sql.startsWith("SELECT ID") && !sql.startsWith("SELECT *")
                        && !PACKED.matcher(sql).matches()).count();
                assertTrue(executed.stream().anyMatch(sql -> PACKED.matcher(sql).matches()),
                        "the strings were read back through a packed read");
                assertTrue(inserts >= (stored.size() + 999) / 1000 && inserts <= requests,
                        "one engine statement per multi-row INSERT request: " + inserts + " for " + requests
                                + " requests");
                boolean canaryIntact = canaryBefore.equals(canary(env));

                ReliabilitySummary.row(SECTION, backend.name(), backend.name(), String.format("%,d", STRINGS),
                        String.format("%,d", throughDriver), String.valueOf(stored.size() - throughDriver
                                + stored.size() - inBackend), refused + (refusedUnclearly > 0 ? " (" + refusedUnclearly
                                + " NOT before sending)" : ""), String.valueOf(unintended.size()),
                        canaryIntact ? "0" : "CHANGED");
                assertTrue(unintended.isEmpty(), "statements other than the intended ones ran: "
                        + unintended.stream().limit(3).map(HostileStrings::show).toList());
                assertTrue(canaryIntact, "the canary table changed");
                assertTrue(mismatches.isEmpty(), mismatches.size() + " mismatches (seed " + seed + "), first: "
                        + mismatches.stream().limit(5).toList());
                assertEquals(0, refusedUnclearly, "unstorable values must fail with a clear SQLException before "
                        + "sending");
            }
        }
    }

    /** NUL cannot live in PostgreSQL text; a lone surrogate has no UTF-8 form, so no backend can hold it. */
    private static boolean storable(Backend backend, String value) {
        return !HostileStrings.hasLoneSurrogate(value) && !(backend == Backend.POSTGRES && value.indexOf('\0') >= 0);
    }

    /** Binds an unstorable value and executes: a SQLException naming the problem, and no request. */
    private static boolean refusedBeforeSending(ReliabilityEnvironment env, Connection c, String value) {
        long before = env.hooks().runPixelCount();
        try (PreparedStatement single = c.prepareStatement(INSERT)) {
            single.setInt(1, -1);
            single.setString(2, value);
            single.executeUpdate();
            return false;
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            boolean clear = message.contains("surrogate") || message.contains("nul");
            return clear && env.hooks().runPixelCount() == before;
        }
    }

    private static int compare(Connection c, List<String> stored, List<String> mismatches, String via)
            throws SQLException {
        int identical = 0;
        int expectedId = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery(READ_BACK)) {
                while (rs.next()) {
                    int id = rs.getInt(1);
                    String value = rs.getString(2);
                    if (id != expectedId) {
                        mismatches.add(via + ": row " + expectedId + " missing (next id " + id + ")");
                        expectedId = id;
                    }
                    if (id < stored.size() && Objects.equals(stored.get(id), value)) {
                        identical++;
                    } else if (mismatches.size() < 50) {
                        mismatches.add(via + " id " + id + ": expected " + HostileStrings.show(
                                id < stored.size() ? stored.get(id) : "<none>") + " got " + HostileStrings.show(value));
                    }
                    expectedId++;
                }
            }
        }
        if (expectedId != stored.size()) {
            mismatches.add(via + ": " + expectedId + " rows read, " + stored.size() + " inserted");
        }
        return identical;
    }

    private static void createTables(ReliabilityEnvironment env, Backend backend) throws SQLException {
        String text = switch (backend) {
            case H2 -> "VARCHAR";
            case POSTGRES -> "TEXT";
            case MARIADB -> "MEDIUMTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
        };
        String suffix = backend == Backend.MARIADB ? " DEFAULT CHARSET=utf8mb4" : "";
        env.direct("CREATE TABLE FUZZ (ID INT PRIMARY KEY, V " + text + ")" + suffix);
        env.direct("CREATE TABLE CANARY (ID INT PRIMARY KEY, V VARCHAR(40))" + suffix);
        env.direct("INSERT INTO CANARY VALUES (1, 'alpha'), (2, 'beta'), (3, 'gamma')");
    }

    private static List<String> canary(ReliabilityEnvironment env) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = env.database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT ID, V FROM CANARY ORDER BY ID")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + "=" + rs.getString(2));
            }
        } catch (SQLException e) {
            fail("the canary table is gone: " + e.getMessage());
        }
        return rows;
    }
}
