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

    @Test
    void corpusHasAtLeast150Cases() {
        assertTrue(Corpus.read(CORPUS).size() >= 150);
    }

    @Test
    void sameAnswerFromTheCache() {
        Classification first = StatementClassifier.shared().classify("SELECT 42 AS cached");
        assertSame(first, StatementClassifier.shared().classify("SELECT 42 AS cached"));
    }

    @Test
    void megabyteInsertIsClassifiedFromItsHeadWithoutTheParser() {
        StringBuilder sql = new StringBuilder("INSERT INTO t VALUES ");
        for (int i = 0; i < 60_000; i++) {
            sql.append(i == 0 ? "" : ", ").append("(").append(i).append(", 'row ").append(i).append("')");
        }
        Classification c = StatementClassifier.shared().classify(sql.toString());
        assertEquals("INSERT WRITE lexer", c.kind() + " " + c.route() + " " + (c.parsedByJSqlParser() ? "parser" : "lexer"));
    }

    private static String describe(String kind, String route, boolean multi, boolean create, String decidedBy) {
        return kind + " " + route + (multi ? " multi" : "") + (create ? " create" : "") + " decided-by=" + decidedBy;
    }
}
