package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlSplitterTest {

    static Stream<Arguments> cases() {
        return Corpus.arguments("/sql/split.tsv");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void splitsLikeTheCorpusSays(Corpus.Line line) {
        var statements = SqlSplitter.split(line.cell(1), line.dialect(0));
        String actual = statements.isEmpty() ? "-" : String.join(" ¦ ", statements);
        assertEquals(line.cell(2), actual, line.toString());
    }
}
