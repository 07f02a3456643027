package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SqlLexerTest {

    static Stream<Arguments> cases() {
        return Corpus.arguments("/sql/lexer.tsv");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void tokenizesLikeTheCorpusSays(Corpus.Line line) {
        String sql = line.cell(1);
        List<String> shown = new ArrayList<>();
        for (Token t : SqlLexer.significant(SqlLexer.tokenize(sql, line.dialect(0)))) {
            shown.add(t.kind() + ":" + t.text(sql));
        }
        assertEquals(line.cell(2), String.join(" ", shown), line.toString());
    }

    /** The tokens cover the text exactly, whatever it holds: nothing is lost or invented. */
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void tokensCoverRandomTextExactly(Dialect dialect) {
        Random random = new Random(99 + dialect.ordinal());
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String sql = LiteralRoundTripPropertyTest.randomText(random, true) + "SELECT"
                    + LiteralRoundTripPropertyTest.randomText(random, true);
            StringBuilder joined = new StringBuilder();
            int expectedStart = 0;
            for (Token t : SqlLexer.tokenize(sql, dialect)) {
                if (t.start() != expectedStart || t.end() <= t.start()) {
                    broken.add(Corpus.escape(sql));
                    break;
                }
                joined.append(t.text(sql));
                expectedStart = t.end();
            }
            if (!joined.toString().equals(sql) && broken.isEmpty()) {
                broken.add(Corpus.escape(sql));
            }
        }
        assertEquals(List.of(), broken);
    }
}
