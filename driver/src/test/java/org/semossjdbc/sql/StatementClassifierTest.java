package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementClassifierTest {
    private static final String CORPUS = "/sql/classification.tsv";

    static Stream<Arguments> corpus() {
        return Corpus.arguments(CORPUS);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void classifiesLikeTheCorpusSays(Corpus.Line line) {
        String dialectName = line.cell(0);
        String sql = line.cell(1);
        List<String> flags = Arrays.asList(line.cell(4).split(","));
        Classification c = dialectName.equals("generic")
                ? StatementClassifier.shared().classify(sql)
                : StatementClassifier.shared().classify(sql, line.dialect(0));
        String expected = describe(line.cell(2), line.cell(3), flags.contains("multi"), flags.contains("create"),
                flags.contains("parser") ? "parser" : flags.contains("lexer") ? "lexer" : "either");
        String actual = describe(c.kind().name(), c.route().name(), c.multipleStatements(), c.startsWithCreate(),
                flags.contains("parser") || flags.contains("lexer") ? (c.parsedByJSqlParser() ? "parser" : "lexer") : "either");
        assertEquals(expected, actual, line.toString());
    }

    /** The fallback alone must route every corpus case right: it decides whenever JSQLParser cannot parse. */
    @ParameterizedTest
    @MethodSource("corpus")
    void lexerFallbackAloneRoutesLikeTheCorpusSays(Corpus.Line line) {
        Dialect dialect = line.cell(0).equals("generic") ? Dialect.GENERIC : line.dialect(0);
        Classification c = LexerClassifier.classify(line.cell(1), dialect);
        assertEquals(line.cell(3), c.route().name(), line.toString());
    }

    /** Many threads classifying the corpus at once get the answers one thread gets (shared cache and parser pool). */
    @Test
    void concurrentClassificationAgreesWithSequential() throws Exception {
        List<Corpus.Line> lines = Corpus.read(CORPUS);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Corpus.Line line : lines) {
                    futures.add(pool.submit(() -> classifyLine(line, " /* round */")));
                }
            }
            List<String> expected = new java.util.ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Corpus.Line line : lines) {
                    expected.add(classifyLine(line, ""));
                }
            }
            List<String> actual = new java.util.ArrayList<>();
            for (java.util.concurrent.Future<String> f : futures) {
                actual.add(f.get());
            }
            assertEquals(expected, actual);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Kind and route of a corpus line; {@code suffix} (a comment) makes the text new to the cache. */
    private static String classifyLine(Corpus.Line line, String suffix) {
        String sql = line.cell(1) + (line.cell(1).contains("--") || line.cell(1).contains("#") ? "\n" : "") + suffix;
        Dialect dialect = line.cell(0).equals("generic") ? Dialect.GENERIC : line.dialect(0);
        Classification c = StatementClassifier.shared().classify(sql, dialect);
        return c.kind() + " " + c.route() + " " + c.multipleStatements();
    }

    @Test
    void corpusHasAtLeast150Cases() {
        assertTrue(Corpus.read(CORPUS).size() >= 150);
    }

    @Test
    void sameAnswerFromTheCache() {
        Classification first = StatementClassifier.shared().classify("SELECT 42 AS cached");
        assertSame(first, StatementClassifier.shared().classify("SELECT 42 AS cached"));
    }

    /** Bulk statements over the parser's limit: head prefix + 60,000 rows + tail, and the expected answer. */
    static Stream<Arguments> bulk() {
        return Stream.of(
                Arguments.of("INSERT INTO t VALUES ", "", "INSERT WRITE"),
                Arguments.of("INSERT INTO t VALUES ", " RETURNING id", "INSERT READ_RETURNING"),
                Arguments.of("INSERT INTO t VALUES ", ";", "INSERT WRITE"),
                Arguments.of("INSERT INTO t VALUES ", "; -- done", "INSERT WRITE"),
                Arguments.of("INSERT INTO t VALUES ", "; DELETE FROM t", "INSERT WRITE multi"),
                Arguments.of("INSERT INTO t VALUES ", ", (0, ';RETURNING')", "INSERT WRITE"),
                Arguments.of("/* bulk */ REPLACE INTO t VALUES ", "", "INSERT WRITE"),
                Arguments.of("SELECT * FROM (VALUES ", ") AS v", "QUERY READ"),
                Arguments.of("SELECT * FROM (VALUES ", ") AS v; SELECT 1", "QUERY READ multi"),
                Arguments.of("SELECT * FROM FINAL TABLE (INSERT INTO t VALUES ", ")", "INSERT READ_RETURNING"));
    }

    @ParameterizedTest
    @MethodSource("bulk")
    void bulkStatementsAreClassifiedByTheLexerAlone(String head, String tail, String expected) {
        StringBuilder sql = new StringBuilder(head);
        for (int i = 0; i < 60_000; i++) {
            sql.append(i == 0 ? "" : ", ").append("(").append(i).append(", 'row; ").append(i).append("')");
        }
        sql.append(tail);
        Classification c = StatementClassifier.shared().classify(sql.toString());
        assertEquals(expected + " lexer", c.kind() + " " + c.route() + (c.multipleStatements() ? " multi" : "")
                + (c.parsedByJSqlParser() ? " parser" : " lexer"));
    }

    private static String describe(String kind, String route, boolean multi, boolean create, String decidedBy) {
        return kind + " " + route + (multi ? " multi" : "") + (create ? " create" : "") + " decided-by=" + decidedBy;
    }
}
