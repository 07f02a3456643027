package org.semossjdbc.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which statements are packed, and the ORDER BY their rows are numbered by ({@code /sql/packed.tsv}). */
class PackedQueryTest {
    private static final Pattern WINDOW = Pattern.compile("ROW_NUMBER\\(\\) OVER \\((.*?)\\) AS rn");

    static Stream<Arguments> cases() {
        return Corpus.arguments("/sql/packed.tsv");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void packsOnlyWhatItCanShowIdentical(Corpus.Line line) {
        Dialect dialect = line.dialect(0);
        List<String> labels = Arrays.asList(line.cell(1).split(","));
        Optional<String> sql = PackedQuery.analyse(line.cell(2), dialect)
                .flatMap(q -> q.packedSql(labels, Collections.nCopies(labels.size(), "STRING"),
                        PackedQuery.Chunking.byRows(1000)));
        String expected = line.cell(3);
        if (expected.equals("plain")) {
            assertTrue(sql.isEmpty(), () -> line + " was packed as " + sql.get());
            return;
        }
        assertTrue(sql.isPresent(), line + " was not packed");
        PackedQuery query = PackedQuery.analyse(line.cell(2), dialect).orElseThrow();
        assertEquals(expected.substring("packed:".length()), query.windowOrder(labels), line.toString());
        Matcher window = WINDOW.matcher(sql.get());
        if (dialect == Dialect.H2) {
            // H2 numbers an ordered derived table's rows in its own order, before grouping, and orders the rows
            // inside a chunk by that number, never by a rewrite of the statement's ORDER BY
            assertTrue(sql.get().startsWith("SELECT CAST((ROWNUM() - 1) / 1000 AS BIGINT) AS c, "), sql.get());
            assertTrue(sql.get().contains(" ORDER BY ROWNUM() SEPARATOR ','"), sql.get());
            assertTrue(!window.find(), sql.get());
        } else {
            assertTrue(window.find(), sql.get());
            assertEquals(expected.substring("packed:".length()), window.group(1), line.toString());
        }
        String statement = PackedQuery.analyse(line.cell(2), dialect).get().statement();
        assertTrue(sql.get().contains("FROM (" + statement + ") q" + (dialect == Dialect.H2 ? " LEFT JOIN" : ")")),
                "the statement itself is wrapped unchanged: " + sql.get());
    }

    @Test
    void statementsDifferingOnlyInLiteralsAfterFromShareADescription() {
        String a = key("SELECT id, 'x' AS k FROM t WHERE id = 1 AND s = 'a' LIMIT 5");
        assertEquals(a, key("SELECT id, 'x' AS k FROM t WHERE id = 22 AND s = 'bb' LIMIT 7"));
        assertNotEquals(a, key("SELECT id, 'y' AS k FROM t WHERE id = 1 AND s = 'a' LIMIT 5"),
                "a literal in the select list may change the columns");
        assertNotEquals(a, key("SELECT id, 'x' AS k FROM u WHERE id = 1 AND s = 'a' LIMIT 5"));
    }

    @Test
    void theDescriptionIsTheStatementJoinedEmpty() {
        PackedQuery q = PackedQuery.analyse("SELECT id FROM t ORDER BY id;", Dialect.POSTGRESQL).orElseThrow();
        assertEquals("SELECT * FROM (SELECT id FROM t ORDER BY id) q0 LIMIT 0", q.describeSql());
        String sql = q.packedSql(List.of("id"), List.of("INT"), PackedQuery.Chunking.byLength(4096)).orElseThrow();
        assertTrue(sql.endsWith("LEFT JOIN (" + q.describeSql() + ") z ON 1 = 0 ORDER BY p.c"), sql);
        assertTrue(sql.contains(") / 4096 AS c"), "chunks close at the budget: " + sql);
        assertTrue(sql.contains("SUM(length(r)) OVER (ORDER BY rn)"), sql);
    }

    @Test
    void chunksByRowsNeedNoRunningSum() {
        for (Dialect dialect : List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB)) {
            PackedQuery q = PackedQuery.analyse("SELECT id FROM t ORDER BY id", dialect).orElseThrow();
            String label = dialect == Dialect.POSTGRESQL ? "id" : "ID";
            String sql = q.packedSql(List.of(label), List.of("INT"), PackedQuery.Chunking.byRows(500)).orElseThrow();
            String chunk = switch (dialect) {
                case MARIADB -> "(x.rn - 1) DIV 500";
                case H2 -> "CAST((ROWNUM() - 1) / 500 AS BIGINT)";
                default -> "(x.rn - 1) / 500";
            };
            assertTrue(sql.contains("SELECT " + chunk + " AS c, COUNT(*) AS n"), sql);
            assertTrue(!sql.contains("OVER (ORDER BY rn)"), "no running sum: " + sql);
            String joined = "LEFT JOIN (" + q.describeSql() + ") z ON 1 = 0";
            String quoted = dialect == Dialect.MARIADB ? "`" + label + "`" : "\"" + label + "\"";
            assertTrue(sql.endsWith(dialect == Dialect.POSTGRESQL ? joined + " ORDER BY p.c"
                    : joined + " GROUP BY " + chunk + ", z." + quoted + " ORDER BY 1"), sql);
            // MariaDB cuts a GROUP_CONCAT at group_concat_max_len: raised for this statement alone, by rows or not.
            assertEquals(dialect == Dialect.MARIADB,
                    sql.startsWith("SET STATEMENT group_concat_max_len = 16777216 FOR SELECT (x.rn - 1)"), sql);
            String byLength = q.packedSql(List.of(label), List.of("INT"), PackedQuery.Chunking.byLength(4096))
                    .orElseThrow();
            assertEquals(dialect == Dialect.MARIADB,
                    byLength.startsWith("SET STATEMENT group_concat_max_len = 16777216 FOR SELECT x.c"), byLength);
        }
        assertEquals(1, PackedQuery.Chunking.byRows(0).rows(), "at least one row per chunk");
    }

    @Test
    void chunksOfOneRowAreNotAggregated() {
        for (Dialect dialect : List.of(Dialect.H2, Dialect.POSTGRESQL, Dialect.MARIADB)) {
            PackedQuery q = PackedQuery.analyse("SELECT id, s FROM t WHERE id = 7 ORDER BY s DESC", dialect)
                    .orElseThrow();
            List<String> labels = dialect == Dialect.POSTGRESQL ? List.of("id", "s") : List.of("ID", "S");
            String sql = q.packedSql(labels, List.of("INT", "STRING"), PackedQuery.Chunking.byRows(1))
                    .orElseThrow();
            String grouped = q.packedSql(labels, List.of("INT", "STRING"), PackedQuery.Chunking.byRows(2))
                    .orElseThrow();
            String joined = " LEFT JOIN (" + q.describeSql() + ") z ON 1 = 0 ORDER BY 1";
            for (String aggregate : List.of("GROUP BY", "GROUP_CONCAT", "string_agg", "COUNT(*)", "SET STATEMENT")) {
                assertFalse(sql.contains(aggregate), aggregate + " in " + sql);
            }
            assertTrue(grouped.contains("GROUP BY"), grouped);
            assertTrue(sql.endsWith(joined), sql);
            switch (dialect) {
                case H2 -> {
                    assertTrue(sql.startsWith("SELECT CAST(ROWNUM() - 1 AS BIGINT) AS c, 1 AS n, CONCAT('[', "
                            + "CAST(JSON_ARRAY(q.\"ID\", CAST(q.\"S\" AS VARCHAR) NULL ON NULL) AS VARCHAR), ']') "
                            + "AS j, z.*, OCTET_LENGTH("), sql);
                    assertTrue(sql.contains(" FROM (" + q.statement() + ") q LEFT JOIN"), sql);
                }
                case POSTGRESQL -> assertTrue(sql.startsWith("SELECT x.rn - 1 AS c, 1 AS n, CONCAT('[', x.r, ']') "
                        + "AS j, z.*, pg_typeof(z.\"s\")::text AS semoss_t2 FROM (SELECT ROW_NUMBER() OVER (ORDER BY "
                        + "q.\"s\" DESC) AS rn, json_build_array(q.\"id\", q.\"s\")::text AS r FROM ("
                        + q.statement() + ") q) x LEFT JOIN"), sql);
                default -> assertTrue(sql.startsWith("SELECT x.rn - 1 AS c, 1 AS n, CONCAT('[', x.r, ']') AS j, "
                        + "z.*, CHARSET(z.`S`) AS semoss_t2 FROM (SELECT ROW_NUMBER() OVER (ORDER BY q.`S` DESC) AS "
                        + "rn, JSON_ARRAY(q.`ID`, IF(CHARSET(q.`S`)"), sql);
            }
        }
    }

    @Test
    void probesSayWhichColumnsHoldBytes() {
        assertTrue(PackedQuery.probeSaysBytes(Dialect.POSTGRESQL, "bytea"));
        assertTrue(!PackedQuery.probeSaysBytes(Dialect.POSTGRESQL, "text"));
        assertTrue(PackedQuery.probeSaysBytes(Dialect.MARIADB, "binary"));
        assertTrue(!PackedQuery.probeSaysBytes(Dialect.MARIADB, "utf8mb4"));
        assertTrue(PackedQuery.probeSaysBytes(Dialect.H2, 4));
        assertTrue(!PackedQuery.probeSaysBytes(Dialect.H2, 8L));
        assertTrue(!PackedQuery.probeSaysBytes(Dialect.H2, null));
    }

    @Test
    void onlyColumnsThatMayHoldTextGetAProbe() {
        PackedQuery q = PackedQuery.analyse("SELECT a, b, c, d FROM t", Dialect.MARIADB).orElseThrow();
        String sql = q.packedSql(List.of("a", "b", "c", "d"), java.util.Arrays.asList("INT", "STRING", "BOOLEAN",
                null), PackedQuery.Chunking.byLength(1000)).orElseThrow();
        assertTrue(sql.contains("CHARSET(z.`b`) AS semoss_t2, CHARSET(z.`d`) AS semoss_t4 FROM"), sql);
        assertTrue(sql.contains("JSON_ARRAY(q.`a`, IF(CHARSET(q.`b`) = 'binary'"), sql);
        assertTrue(sql.contains("(q.`c` + 0)"), "a MariaDB BIT is packed as a number: " + sql);
    }

    @Test
    void aMariaDbColumnKnownToHoldTextOrBytesIsPackedWithoutTheCharsetTest() {
        PackedQuery q = PackedQuery.analyse("SELECT a, b, c FROM t", Dialect.MARIADB).orElseThrow();
        List<String> labels = List.of("a", "b", "c");
        List<String> types = List.of("INT", "STRING", "STRING");
        String known = q.packedSql(labels, types, PackedQuery.Chunking.byRows(10), List.of(false, false, true),
                false).orElseThrow();
        assertTrue(known.contains("JSON_ARRAY(q.`a`, CONVERT(q.`b` USING utf8mb4), CONVERT(HEX(q.`c`) USING utf8mb4))"),
                known);
        assertTrue(!known.contains("IF(CHARSET(q."), "no per-value test: " + known);
        assertTrue(known.contains("CHARSET(z.`b`) AS semoss_t2, CHARSET(z.`c`) AS semoss_t3 FROM"),
                "the probes still come back, to notice a column that changed: " + known);
        String unknown = q.packedSql(labels, types, PackedQuery.Chunking.byRows(10), Arrays.asList(null, null, null),
                false).orElseThrow();
        assertTrue(unknown.contains("IF(CHARSET(q.`b`) = 'binary'"), unknown);
        String h2 = PackedQuery.analyse("SELECT a, b, c FROM t", Dialect.H2).orElseThrow()
                .packedSql(List.of("A", "B", "C"), types, PackedQuery.Chunking.byRows(10), List.of(false, false, true),
                        false).orElseThrow();
        assertTrue(h2.contains("CAST(q.\"C\" AS VARCHAR)"), "H2 packs text and bytes alike: " + h2);
    }

    @Test
    void h2PacksNumbersAsTheyAreAndCastsTheRestUnlessAskedToCastThemToo() {
        PackedQuery q = PackedQuery.analyse("SELECT a, b, c, d, e FROM t", Dialect.H2).orElseThrow();
        List<String> labels = List.of("A", "B", "C", "D", "E");
        List<String> types = Arrays.asList("INT", "DOUBLE", "TIMESTAMP", "STRING", null);
        String h2 = q.packedSql(labels, types, PackedQuery.Chunking.byRows(10)).orElseThrow();
        assertTrue(h2.contains("JSON_ARRAY(q.\"A\", q.\"B\", CAST(q.\"C\" AS VARCHAR), CAST(q.\"D\" AS VARCHAR), "
                + "CAST(q.\"E\" AS VARCHAR) NULL ON NULL)"), h2);
        String asText = q.packedSql(labels, types, PackedQuery.Chunking.byRows(10), null, true).orElseThrow();
        assertTrue(asText.contains("JSON_ARRAY(q.\"A\", CAST(q.\"B\" AS VARCHAR), CAST(q.\"C\" AS VARCHAR)"),
                "a DOUBLE H2 could not write as a JSON number (NaN) is cast like the rest: " + asText);
    }

    @Test
    void onlyH2sRefusalOfANaNOrInfiniteNumberAsksForNumbersAsText() {
        assertTrue(PackedQuery.refusedAJsonNumber(Dialect.H2, 22018,
                "Data conversion error converting \"NaN\"; SQL statement:\nSELECT ... [22018-200]"));
        assertTrue(PackedQuery.refusedAJsonNumber(Dialect.H2, 22018, "Data conversion error converting \"-Infinity\""));
        assertTrue(PackedQuery.refusedAJsonNumber(Dialect.H2, 22018, "Data conversion error converting \"Infinity\""));
        assertFalse(PackedQuery.refusedAJsonNumber(Dialect.H2, 22018, "Data conversion error converting \"00ff10\""),
                "the statement's own conversion error, or another form's (transcript 172)");
        assertFalse(PackedQuery.refusedAJsonNumber(Dialect.H2, 42122, "Column \"NaN\" not found"));
        assertFalse(PackedQuery.refusedAJsonNumber(Dialect.POSTGRESQL, 22018, "converting \"NaN\""));
        assertFalse(PackedQuery.refusedAJsonNumber(Dialect.H2, 22018, null));
    }

    private static String key(String sql) {
        return PackedQuery.analyse(sql, Dialect.H2).orElseThrow().shapeKey();
    }
}
