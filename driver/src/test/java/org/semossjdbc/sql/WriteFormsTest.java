package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WriteFormsTest {

    static Stream<Arguments> forms() {
        return Corpus.arguments("/sql/writeforms.tsv");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void rewritesLikeTheCorpusSays(Corpus.Line line) {
        Dialect dialect = line.dialect(0);
        String sql = line.cell(2);
        Classification c = StatementClassifier.shared().classify(sql, dialect);
        List<String> keys = line.cell(3).equals("-") ? List.of() : Arrays.asList(line.cell(3).split(","));
        String actual;
        switch (line.cell(1)) {
            case "count" -> actual = WriteForms.countingForm(sql, c, dialect)
                    .map(q -> q.sql() + (q.countColumn() ? " [count]" : " [rows]")).orElse("-");
            case "returning" -> actual = WriteForms.returningForm(sql, c, dialect, keys).orElse("-");
            case "prepared" -> {
                String result;
                try {
                    result = WriteForms.forPreparedExecution(sql, dialect);
                } catch (IllegalArgumentException e) {
                    result = line.cell(4).startsWith("!") && e.getMessage().contains(line.cell(4).substring(1))
                            ? line.cell(4) : "!" + e.getMessage();
                }
                actual = result;
            }
            default -> throw new IllegalArgumentException(line.toString());
        }
        assertEquals(line.cell(4), actual, line.toString());
    }

    @Test
    void unchangedSqlIsTheSameInstance() {
        String sql = "UPDATE t SET a = '?' WHERE b = 1";
        assertSame(sql, WriteForms.forPreparedExecution(sql, Dialect.POSTGRESQL));
        assertSame(sql, WriteForms.forPreparedExecution(sql, Dialect.MARIADB));
    }
}
