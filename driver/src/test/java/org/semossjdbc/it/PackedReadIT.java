package org.semossjdbc.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Packed reads against each backend: exact values where the plain path is lossy, the same columns, rows and order
 * where it is exact, the plain path wherever the rewrite cannot be shown identical, truncation refused.
 *
 * <p>Which path a read took is visible in the values: SEMOSS renders DECIMAL(12,2) {@code 100.00} as the double 100
 * (read back as {@code "100"}), the packed form keeps the database's {@code "100.00"}.
 */
class PackedReadIT {
    private static final String HOSTILE = "Ann's \"q\" \\ \\\\n \u00e9\ud83d\ude00 ' -- /* ; ` $$ \t end";

    private static String ddl(Backend backend) {
        String bytes = switch (backend) {
            case POSTGRES -> "BYTEA";
            default -> "VARBINARY(16)";
        };
        String ts = backend == Backend.MARIADB ? "DATETIME(6)" : "TIMESTAMP(6)";
        String charset = backend == Backend.MARIADB ? " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "";
        return "CREATE TABLE pk (id INT PRIMARY KEY, s VARCHAR(200), d DECIMAL(38,10), m DECIMAL(12,2), ts " + ts
                + ", b " + bytes + ", f BOOLEAN)" + charset;
    }

    private static void fill(Connection c, Backend backend) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(ddl(backend));
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO pk VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            Object[][] rows = {
                    {1, HOSTILE, "1234567890123.0123456790", "100.00", "2026-01-01T10:00:00.123456",
                            new byte[]{0, (byte) 0xff, 0x10}, true},
                    {2, "", "-0.0000000001", "-3.50", "1999-12-31T23:59:59.999999", new byte[0], false},
                    {3, null, null, null, null, null, null},
                    {4, "b", "99.5", "99.50", "2026-01-01T00:00:04.25", new byte[]{'a'}, true},
            };
            for (Object[] row : rows) {
                p.setInt(1, (Integer) row[0]);
                p.setString(2, (String) row[1]);
                p.setBigDecimal(3, row[2] == null ? null : new BigDecimal((String) row[2]));
                p.setBigDecimal(4, row[3] == null ? null : new BigDecimal((String) row[3]));
                p.setObject(5, row[4] == null ? null : LocalDateTime.parse((String) row[4]));
                p.setBytes(6, (byte[]) row[5]);
                p.setObject(7, row[6]);
                p.executeUpdate();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void packedValuesAreExact(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed&sessionTimeZone=UTC")) {
            fill(c, backend);
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id, s, d, m, ts, b, f FROM pk ORDER BY id")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals(HOSTILE, rs.getString(2));
                assertEquals(new BigDecimal("1234567890123.0123456790"), rs.getBigDecimal(3));
                assertEquals("1234567890123.0123456790", rs.getString(3));
                assertEquals("100.00", rs.getString(4), "the packed read keeps the database's digits");
                assertEquals(LocalDateTime.parse("2026-01-01T10:00:00.123456"), rs.getObject(5, LocalDateTime.class));
                assertEquals(123_456_000, rs.getTimestamp(5).getNanos());
                assertArrayEquals(new byte[]{0, (byte) 0xff, 0x10}, rs.getBytes(6));
                assertTrue(rs.getBoolean(7));

                assertTrue(rs.next());
                assertEquals("", rs.getString(2), "an empty string stays empty");
                assertFalse(rs.wasNull());
                assertEquals(new BigDecimal("-0.0000000001"), rs.getBigDecimal(3));
                assertEquals("-0.0000000001", rs.getString(3));
                assertEquals(LocalDateTime.parse("1999-12-31T23:59:59.999999"), rs.getObject(5, LocalDateTime.class));
                assertArrayEquals(new byte[0], rs.getBytes(6));
                assertFalse(rs.getBoolean(7));

                assertTrue(rs.next());
                assertEquals(3, rs.getInt(1));
                for (int i = 2; i <= 7; i++) {
                    assertNull(rs.getObject(i), "column " + i + " is NULL");
                    assertTrue(rs.wasNull());
                }
                assertNull(rs.getBytes(6));

                assertTrue(rs.next());
                assertEquals(LocalDateTime.parse("2026-01-01T00:00:04.25"), rs.getObject(5, LocalDateTime.class));
                assertEquals("2026-01-01 00:00:04.25", rs.getString(5));
                assertFalse(rs.next());
            }
        }
    }

    /** What both modes give the same: labels, types, row order, text, integers, NULL versus empty. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void packedAndPlainAgreeWherePlainIsExact(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection packed = setup.connect("readMode=packed");
             Connection plain = setup.connect("readMode=plain")) {
            fill(packed, backend);
            String[] queries = {
                    "SELECT id, s, f FROM pk ORDER BY s DESC, id",
                    "SELECT s AS label, id FROM pk ORDER BY 2 DESC",
                    "SELECT * FROM pk WHERE id > 1 ORDER BY id",
                    "SELECT s, COUNT(*) AS n FROM pk GROUP BY s ORDER BY s",
                    "SELECT id FROM pk WHERE 1 = 0",
            };
            for (String sql : queries) {
                Rows a = Rows.read(packed, sql, 1, 2);
                Rows b = Rows.read(plain, sql, 1, 2);
                assertEquals(b.columns, a.columns, sql);
                assertEquals(b.values, a.values, sql);
                boolean aliased = sql.contains(" AS label") && backend != Backend.POSTGRES;
                assertEquals(aliased ? a.columns.stream().map(c -> c.substring(0, c.indexOf('/'))).toList() : b.names,
                        a.names, "getColumnName: an aliased column is named after its alias through a derived table "
                                + "on H2 and MariaDB");
            }
            // No ORDER BY: the same rows, in any order.
            Rows a = Rows.read(packed, "SELECT id, s FROM pk", 1, 2);
            Rows b = Rows.read(plain, "SELECT id, s FROM pk", 1, 2);
            assertEquals(b.columns, a.columns);
            assertEquals(b.values.stream().map(Object::toString).sorted().toList(),
                    a.values.stream().map(Object::toString).sorted().toList());
        }
    }

    /** Each of these is read the plain way: DECIMAL(12,2) 100.00 comes back as SEMOSS's double, "100". */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void whatCannotBeShownIdenticalIsReadPlain(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed")) {
            fill(c, backend);
            assertEquals("100.00", first(c, "SELECT m FROM pk WHERE id = 1"), "packed");
            assertEquals("100", first(c, "SELECT m FROM pk WHERE id = 1 ORDER BY m + 0"), "ORDER BY an expression");
            assertEquals("100", first(c, "SELECT m FROM pk WHERE id = 1 FOR UPDATE"), "FOR UPDATE");
            assertEquals("100", first(c, "SELECT m, m FROM pk WHERE id = 1"), "duplicate labels");
            assertEquals("100", first(c, "SELECT pk.m FROM pk WHERE id = 1 ORDER BY pk.m"), "qualified ORDER BY");
            try (Statement s = c.createStatement()) {
                assertTrue(s.execute("SELECT m FROM pk WHERE id = 1; SELECT m FROM pk WHERE id = 1"));
                try (ResultSet rs = s.getResultSet()) {
                    assertTrue(rs.next());
                    assertEquals("100", rs.getString(1), "several statements");
                }
            }
            try (Connection packed = setup.connect("readMode=packed"); Statement s = packed.createStatement()) {
                s.setMaxRows(1);
                try (ResultSet rs = s.executeQuery("SELECT m FROM pk WHERE m IS NOT NULL ORDER BY m DESC")) {
                    assertTrue(rs.next());
                    assertEquals("100.00", rs.getString(1), "readMode=packed packs despite maxRows");
                    assertFalse(rs.next(), "maxRows still holds");
                }
            }
            try (Connection auto = setup.connect("readMode=auto"); Statement s = auto.createStatement()) {
                s.setMaxRows(1);
                try (ResultSet rs = s.executeQuery("SELECT m FROM pk WHERE id = 1")) {
                    assertTrue(rs.next());
                    assertEquals("100", rs.getString(1), "readMode=auto reads plain under maxRows");
                }
            }
            try (Connection plain = setup.connect("readMode=plain")) {
                assertEquals("100", first(plain, "SELECT m FROM pk WHERE id = 1"), "readMode=plain");
            }
            try (Connection auto = setup.connect("readMode=auto")) {
                assertEquals("100.00", first(auto, "SELECT m FROM pk WHERE id = 1"), "readMode=auto");
            }
        }
    }

    /** Errors of the statement itself are the plain path's own, not the packed form's. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void errorsQuoteTheStatementNotThePackedForm(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT nope FROM missing_t"));
            assertFalse(e.getMessage().contains("ROW_NUMBER") || e.getMessage().contains("row_number"),
                    e.getMessage());
        }
    }

    /** Many chunks over several pages (rows of ~330 characters, chunks of ~64 KiB, 8 per page): every row, in order. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void largeResultsSpanChunksAndPages(Backend backend) throws SQLException {
        String series = switch (backend) {
            case H2 -> "SELECT X AS id, REPEAT('x', 300) AS s, CAST(X AS DECIMAL(20,5)) / 7 AS d FROM SYSTEM_RANGE(1, 20000)";
            case POSTGRES -> "SELECT g AS id, repeat('x', 300) AS s, g::numeric(20,5) / 7 AS d FROM generate_series(1, 20000) g";
            case MARIADB -> "SELECT seq AS id, REPEAT('x', 300) AS s, CAST(seq AS DECIMAL(20,5)) / 7 AS d FROM seq_1_to_20000";
        };
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(series + " ORDER BY id DESC")) {
            long expected = 20000;
            while (rs.next()) {
                assertEquals(expected, rs.getLong(1));
                assertEquals(300, rs.getString(2).length());
                BigDecimal d = rs.getBigDecimal(3);
                assertEquals(0, d.multiply(BigDecimal.valueOf(7)).subtract(BigDecimal.valueOf(expected)).abs()
                        .compareTo(new BigDecimal("0.0001")) < 0 ? 0 : 1, "value " + d + " of row " + expected);
                expected--;
            }
            assertEquals(0, expected, "every row read");
        }
    }

    /**
     * Rows tied under the ORDER BY, over many chunks: the chunks follow the statement's order (each holds the next
     * rows, not any rows of the right value), checked on the first read (chunks closed by length) and a later one
     * (by rows).
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void tiedRowsOverManyChunksKeepTheStatementsOrder(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            for (String order : new String[] {"grp", "grp DESC", "grp", "grp DESC"}) {
                assertEquals(20000, readTiedRows(s, tiedSeries(backend, 20000) + " ORDER BY " + order),
                        "every row read");
            }
        }
    }

    /** Rows 1..n as (id, id mod 7 as grp, 'v' || id as s), to be ordered by grp: many rows tie. */
    private static String tiedSeries(Backend backend, int rows) {
        return switch (backend) {
            case H2 -> "SELECT X AS id, MOD(X, 7) AS grp, CONCAT('v', X) AS s FROM SYSTEM_RANGE(1, " + rows + ")";
            case POSTGRES -> "SELECT g AS id, g % 7 AS grp, 'v' || g AS s FROM generate_series(1, " + rows + ") g";
            case MARIADB -> "SELECT seq AS id, seq % 7 AS grp, CONCAT('v', seq) AS s FROM seq_1_to_" + rows;
        };
    }

    /**
     * Reads a {@link #tiedSeries} statement ordered by {@code grp} (DESC when it ends so): each row whole, none twice,
     * grp in order; returns the number of rows.
     */
    private static int readTiedRows(Statement s, String sql) throws SQLException {
        boolean descending = sql.endsWith("DESC");
        try (ResultSet rs = s.executeQuery(sql)) {
            long previous = descending ? Long.MAX_VALUE : Long.MIN_VALUE;
            BitSet seen = new BitSet();
            while (rs.next()) {
                long grp = rs.getLong(2);
                assertTrue(descending ? grp <= previous : grp >= previous, sql + ": " + grp + " after " + previous
                        + " at row " + (seen.cardinality() + 1));
                previous = grp;
                int id = rs.getInt(1);
                assertEquals(id % 7, grp);
                assertEquals("v" + id, rs.getString(3));
                assertFalse(seen.get(id), "row " + id + " twice");
                seen.set(id);
            }
            return seen.cardinality();
        }
    }

    /** Whether the engine's last statement was a grouped packed form (not one row per chunk). */
    private static boolean lastReadWasGrouped(EmulatorSetup setup) {
        List<String> executed = setup.semoss().hooks().executedSql(EmulatorSetup.ENGINE);
        return executed.get(executed.size() - 1).contains("GROUP BY");
    }

    /**
     * A shape whose last read returned a few rows is read next with one row per chunk, not aggregated; when that
     * read turns out large after all, it still returns every row in the statement's order, in pages of the plain
     * path's size rather than a few rows each, and the read after it is grouped again.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aShapeOfFewRowsIsReadOneRowPerChunkWhateverItReturns(Backend backend) throws SQLException {
        String series = tiedSeries(backend, 5000);
        String where = backend == Backend.H2 ? " WHERE X <= " : backend == Backend.POSTGRES ? " WHERE g <= "
                : " WHERE seq <= ";
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed&fetchSize=1000"); Statement s = c.createStatement()) {
            List<Boolean> aggregated = new ArrayList<>();
            List<Long> requests = new ArrayList<>();
            for (int last : new int[] {1, 4, 5000, 5000, 2}) {
                setup.semoss().hooks().resetCounters();
                assertEquals(last, readTiedRows(s, series + where + last + " ORDER BY grp DESC"), "every row read");
                requests.add(setup.semoss().hooks().requestCount());
                aggregated.add(lastReadWasGrouped(setup));
            }
            assertEquals(List.of(true, false, false, true, true), aggregated,
                    "grouped at first, one row per chunk after a read of at most four rows");
            // 5,000 rows one per chunk: pages of fetchSize (1,000) rows, not of eight; then grouped, 8 chunks a page.
            assertTrue(requests.get(2) <= 7, "pages of the large read taken one row per chunk: " + requests);
            assertTrue(requests.get(3) <= 3, "pages of the grouped read: " + requests);
        }
    }

    /**
     * Rows wider than half a chunk's budget are chunked one each once a read has shown their width: the form without
     * aggregate, eight rows a request, every row whole.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void rowsWiderThanHalfAChunkAreReadOneRowPerChunk(Backend backend) throws SQLException {
        String sql = switch (backend) {
            case H2 -> "SELECT X AS id, REPEAT('w', 40000) AS s FROM SYSTEM_RANGE(1, 20) ORDER BY id";
            case POSTGRES -> "SELECT g AS id, repeat('w', 40000) AS s FROM generate_series(1, 20) g ORDER BY id";
            case MARIADB -> "SELECT seq AS id, REPEAT('w', 40000) AS s FROM seq_1_to_20 ORDER BY id";
        };
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            List<Boolean> aggregated = new ArrayList<>();
            List<Long> requests = new ArrayList<>();
            for (int read = 0; read < 2; read++) {
                setup.semoss().hooks().resetCounters();
                try (ResultSet rs = s.executeQuery(sql)) {
                    int expected = 0;
                    while (rs.next()) {
                        expected++;
                        assertEquals(expected, rs.getInt(1));
                        assertEquals(40000, rs.getString(2).length(), "row " + expected);
                    }
                    assertEquals(20, expected, "every row read");
                }
                requests.add(setup.semoss().hooks().requestCount());
                aggregated.add(lastReadWasGrouped(setup));
            }
            assertEquals(List.of(true, false), aggregated, "grouped until the width is known, then one row a chunk");
            assertTrue(requests.get(1) >= 3 && requests.get(1) <= 5, "20 rows, eight a request: " + requests);
        }
    }

    /** The statement's columns may carry the names the packed form gives its own (chunk, count, JSON, row number). */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void columnsNamedLikeThePackedFormsOwnAreReadPacked(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection packed = setup.connect("readMode=packed");
             Connection plain = setup.connect("readMode=plain")) {
            fill(packed, backend);
            String sql = "SELECT id AS c, s AS n, m AS j, d AS rn, f AS r, id AS x, id AS z, id AS q, id AS p, id AS y "
                    + "FROM pk ORDER BY c";
            for (int read = 0; read < 2; read++) {
                assertEquals("100.00", first(packed, sql.replace("SELECT id AS c, s AS n, m AS j",
                        "SELECT m AS j, id AS c, s AS n")), "read packed");
                Rows a = Rows.read(packed, sql, 1, 2, 6, 7, 8, 9, 10);
                Rows b = Rows.read(plain, sql, 1, 2, 6, 7, 8, 9, 10);
                assertEquals(b.columns, a.columns);
                assertEquals(b.values, a.values);
            }
        }
    }

    /**
     * An ORDER BY name that is both a column of the table (read under another label) and another column's alias: each
     * backend resolves it its own way (H2 the table's column, PostgreSQL and MariaDB the alias), and the packed read
     * gives the plain read's order on the first read of the shape and on later ones.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void anOrderByNameTheBackendResolvesItsOwnWayKeepsThePlainOrder(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection packed = setup.connect("readMode=packed");
             Connection plain = setup.connect("readMode=plain")) {
            fill(packed, backend);
            String sql = "SELECT s AS label, CONCAT('k', 5 - id) AS s, id, m FROM pk ORDER BY s";
            for (int read = 0; read < 3; read++) {
                assertEquals(Rows.read(plain, sql, 1, 2, 3).values, Rows.read(packed, sql, 1, 2, 3).values,
                        "read " + read);
            }
            try (Statement s = packed.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                List<String> amounts = new ArrayList<>();
                while (rs.next()) {
                    amounts.add(rs.getInt(3) + "=" + rs.getString(4));
                }
                assertTrue(amounts.contains("1=100.00"), "read packed: " + amounts);
            }
        }
    }

    /**
     * A later read of a shape sizes its chunks by rows from the width the first read found; on MariaDB it raises
     * group_concat_max_len for its statement alone, so rows wider than the first read's still come back whole (here
     * a chunk of about 4 MB, four times MariaDB's default limit), and the shared session keeps its own limit.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void laterReadsChunkByRowsAndStillReadWideRowsWhole(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE widening (id INT PRIMARY KEY, s VARCHAR(3000))");
            String series = switch (backend) {
                case H2 -> "SELECT X, REPEAT('y', CASE WHEN X <= 1000 THEN 5 ELSE 2000 END) FROM SYSTEM_RANGE(1, 3000)";
                case POSTGRES -> "SELECT g, repeat('y', CASE WHEN g <= 1000 THEN 5 ELSE 2000 END) "
                        + "FROM generate_series(1, 3000) g";
                case MARIADB -> "SELECT seq, REPEAT('y', CASE WHEN seq <= 1000 THEN 5 ELSE 2000 END) FROM seq_1_to_3000";
            };
            s.executeUpdate("INSERT INTO widening " + series);
            for (int last : new int[] {1000, 3000, 3000}) {
                try (ResultSet rs = s.executeQuery("SELECT id, s FROM widening WHERE id <= " + last + " ORDER BY id")) {
                    int expected = 0;
                    while (rs.next()) {
                        expected++;
                        assertEquals(expected, rs.getInt(1));
                        assertEquals(expected <= 1000 ? 5 : 2000, rs.getString(2).length(), "row " + expected);
                    }
                    assertEquals(last, expected, "every row read");
                }
            }
            if (backend == Backend.MARIADB) {
                try (ResultSet rs = s.executeQuery("SELECT @@SESSION.group_concat_max_len AS m")) {
                    assertTrue(rs.next());
                    assertEquals(1048576L, rs.getLong(1), "the engine's session keeps its limit");
                }
            }
        }
    }

    /**
     * Rows far wider than any earlier read of the shape found make a chunk by rows longer than MariaDB can aggregate
     * (16 MiB): that read fails with 22001, and what the cut chunk showed of the rows' width (it is on the second
     * page) makes the next read's chunks small enough to read every row whole.
     */
    @Test
    void aChunkCutOnALaterReadFailsOnceThenTheShapeReadsWhole() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.MARIADB);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE widest (id INT PRIMARY KEY, s TEXT)");
            // 8 chunks of 4,096 narrow rows fill the first page; the next chunk holds 4,096 rows of 5,000 characters
            s.executeUpdate("INSERT INTO widest SELECT seq, REPEAT('w', CASE WHEN seq <= " + NARROW_ROWS
                    + " THEN 1 ELSE 5000 END) FROM seq_1_to_" + (NARROW_ROWS + 4096));
            assertEquals(10, count(s, "SELECT id, s FROM widest WHERE id <= 10"), "narrow rows: the width learned");
            String all = "SELECT id, s FROM widest WHERE id <= " + (NARROW_ROWS + 4096);
            SQLException e = assertThrows(SQLException.class, () -> count(s, all));
            assertEquals("22001", e.getSQLState(), e.getMessage());
            assertEquals(NARROW_ROWS + 4096, count(s, all), "read whole in smaller chunks");
        }
    }

    private static final int NARROW_ROWS = 8 * 4096;

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
                assertEquals(rows, rs.getInt(1));
                assertEquals(rows <= NARROW_ROWS ? 1 : 5000, rs.getString(2).length(), "row " + rows);
            }
            return rows;
        }
    }

    /**
     * A row longer than MariaDB's default group_concat_max_len (1 MiB) is read whole, on the first read of its shape
     * (chunks closed by length) and later ones (by rows): every packed statement raises the limit for itself.
     */
    @Test
    void aRowLongerThanMariaDbsDefaultAggregateLimitIsReadWhole() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.MARIADB);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            for (int read = 0; read < 2; read++) {
                try (ResultSet rs = s.executeQuery("SELECT REPEAT('x', 1200000) AS big, 1.50 AS m")) {
                    assertTrue(rs.next());
                    assertEquals(1200000, rs.getString(1).length());
                    assertEquals("1.50", rs.getString(2), "read packed");
                    assertFalse(rs.next());
                }
            }
        }
    }

    /** Decimals longer than a JSON reader takes by default (1,000 digits) come back whole; MariaDB's stop at 65. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void decimalsOfEveryLengthTheBackendHoldsAreReadToTheLastDigit(Backend backend) throws SQLException {
        String digits = "9".repeat(backend == Backend.MARIADB ? 55 : 1200);
        String sql = switch (backend) {
            case H2 -> "SELECT CAST('" + digits + ".0123456789' AS DECIMAL(1300,10)) AS big, CAST(1.50 AS DECIMAL(5,2)) "
                    + "AS small";
            case POSTGRES -> "SELECT '" + digits + ".0123456789'::numeric AS big, 1.50::numeric(5,2) AS small";
            case MARIADB -> "SELECT CAST('" + digits + ".0123456789' AS DECIMAL(65,10)) AS big, "
                    + "CAST(1.50 AS DECIMAL(5,2)) AS small";
        };
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            assertEquals(new BigDecimal(digits + ".0123456789"), rs.getBigDecimal(1));
            assertEquals("1.50", rs.getString(2), "read packed: the plain path gives SEMOSS's double, 1.5");
            assertFalse(rs.next());
        }
    }

    /**
     * H2 packs a DOUBLE as a JSON number, which NaN and the infinities have none of: H2 fails that form and returns
     * no row of it (transcript 183), and the read goes on packed with its DOUBLE columns cast to text, exact where the
     * plain path gives NULL for NaN; later reads of the shape start with that form.
     */
    @Test
    void anH2DoubleWithoutAJsonNumberIsPackedAsText() throws SQLException {
        String sql = "SELECT X AS id, CAST(CASE X WHEN 2 THEN 'NaN' WHEN 3 THEN '-Infinity' ELSE '0.25' END AS DOUBLE) "
                + "AS d, CAST(1.50 AS DECIMAL(5,2)) AS m FROM SYSTEM_RANGE(1, 3) WHERE X > 0 ORDER BY id";
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2);
             Connection c = setup.connect("readMode=packed");
             Statement s = c.createStatement()) {
            List<Long> requests = new ArrayList<>();
            for (String statement : List.of(sql, sql.replace("X > 0", "X > 1"))) {
                long before = setup.semoss().hooks().requestCount();
                try (ResultSet rs = s.executeQuery(statement)) {
                    if (statement.equals(sql)) {
                        assertTrue(rs.next());
                        assertEquals(0.25, rs.getDouble(2));
                    }
                    assertTrue(rs.next());
                    assertTrue(Double.isNaN(rs.getDouble(2)), statement);
                    assertEquals("1.50", rs.getString(3), "read packed: the plain path gives SEMOSS's double, 1.5");
                    assertTrue(rs.next());
                    assertEquals(Double.NEGATIVE_INFINITY, rs.getDouble(2));
                    assertFalse(rs.next());
                }
                requests.add(setup.semoss().hooks().requestCount() - before);
            }
            assertEquals(List.of(3L, 1L), requests, "the description, the refused form and the form with numbers as "
                    + "text; then that form alone");
        }
    }

    /** The description is kept per connection; a table altered under it is refused once, then described anew. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aChangedTableIsRefusedOnceNotMisread(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE alt (id INT)");
            s.executeUpdate("INSERT INTO alt VALUES (1)");
            try (ResultSet rs = s.executeQuery("SELECT * FROM alt WHERE id = 1")) {
                assertEquals(1, rs.getMetaData().getColumnCount());
            }
            s.executeUpdate("ALTER TABLE alt ADD extra VARCHAR(10)");
            SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM alt WHERE id = 2"));
            assertEquals("0A000", e.getSQLState());
            try (ResultSet rs = s.executeQuery("SELECT * FROM alt WHERE id = 1")) {
                assertEquals(2, rs.getMetaData().getColumnCount());
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertNull(rs.getString(2));
            }
        }
    }

    /**
     * MariaDB packs a column an earlier read showed holding text as it is (bytes as hex), without testing each value's
     * character set; a column that changed from text to bytes since (the same SEMOSS type) is refused once, then
     * read as bytes, never as hex digits taken for text.
     */
    @Test
    void aMariaDbColumnThatTurnedToBytesIsRefusedOnceNotMisread() throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.MARIADB);
             Connection c = setup.connect("readMode=packed"); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE turning (id INT PRIMARY KEY, v VARCHAR(10))");
            s.executeUpdate("INSERT INTO turning VALUES (1, 'AB'), (2, 'é')");
            for (int id : new int[] {1, 2}) {
                try (ResultSet rs = s.executeQuery("SELECT id, v FROM turning WHERE id = " + id)) {
                    assertTrue(rs.next());
                    assertEquals(id == 1 ? "AB" : "é", rs.getString(2));
                }
            }
            s.executeUpdate("ALTER TABLE turning MODIFY v VARBINARY(10)");
            SQLException e = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT id, v FROM turning WHERE id = 1"));
            assertEquals("0A000", e.getSQLState());
            try (ResultSet rs = s.executeQuery("SELECT id, v FROM turning WHERE id = 1")) {
                assertTrue(rs.next());
                assertArrayEquals(new byte[] {'A', 'B'}, rs.getBytes(2));
            }
        }
    }

    private static String first(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    /** A result as comparable values: column labels and types, and the text of chosen columns. */
    private record Rows(List<String> columns, List<String> names, List<List<String>> values) {
        static Rows read(Connection c, String sql, int... textColumns) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i) + "/" + md.getColumnType(i) + "/" + md.getColumnTypeName(i)
                            + "/" + md.getColumnClassName(i) + "/" + md.getPrecision(i) + "/" + md.getScale(i)
                            + "/" + md.isNullable(i) + "/" + md.getColumnDisplaySize(i));
                    names.add(md.getColumnName(i));
                }
                List<List<String>> values = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i : textColumns) {
                        if (i <= md.getColumnCount()) {
                            String v = rs.getString(i);
                            row.add(rs.wasNull() ? "<null>" : v);
                        }
                    }
                    values.add(row);
                }
                return new Rows(columns, names, values);
            }
        }
    }
}
