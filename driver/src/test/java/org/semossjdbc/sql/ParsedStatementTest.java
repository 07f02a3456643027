package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParsedStatementTest {

    static Stream<Arguments> parameters() {
        return Corpus.arguments("/sql/parameters.tsv");
    }

    static Stream<Arguments> multiRow() {
        return Corpus.arguments("/sql/multirow.tsv");
    }

    @ParameterizedTest
    @MethodSource("parameters")
    void findsMarkersAndRenders(Corpus.Line line) {
        ParsedStatement p = ParsedStatement.parse(line.cell(1), line.dialect(0));
        String[] literals = line.cell(3).equals("-") ? new String[0] : line.cell(3).split(" ;; ");
        String actual = p.parameterCount() + " " + (p.parameterCount() == literals.length ? p.render(literals) : "?");
        assertEquals(line.cell(2) + " " + line.cell(4), actual, line.toString());
    }

    @ParameterizedTest
    @MethodSource("multiRow")
    void rendersMultiRowInserts(Corpus.Line line) {
        ParsedStatement p = ParsedStatement.parse(line.cell(1), line.dialect(0));
        List<String[]> rows = new ArrayList<>();
        for (String row : line.cell(2).split(" \\|\\| ")) {
            rows.add(row.equals("-") ? new String[0] : row.split(" ;; "));
        }
        String actual = p.multiRowInsert().map(m -> m.render(rows)).orElse("-");
        assertEquals(line.cell(3), actual, line.toString());
    }

    @Test
    void prefixLengthIsTheSqlWithoutRows() {
        ParsedStatement.MultiRowInsert m = ParsedStatement.parse("INSERT INTO t (a) VALUES (?);", Dialect.H2)
                .multiRowInsert().orElseThrow();
        assertEquals("INSERT INTO t (a) VALUES ;".length(), m.prefixLength());
    }

    @Test
    void wrongNumberOfLiteralsIsRefused() {
        ParsedStatement p = ParsedStatement.parse("SELECT ?, ?", Dialect.H2);
        assertThrows(IllegalArgumentException.class, () -> p.render(new String[] {"1"}));
    }

    @Test
    void rowOfTheWrongWidthIsRefused() {
        ParsedStatement.MultiRowInsert m = ParsedStatement.parse("INSERT INTO t VALUES (?, ?)", Dialect.H2)
                .multiRowInsert().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> m.render(List.<String[]>of(new String[] {"1"})));
    }

    @Test
    void keepsTheOriginalText() {
        assertEquals("SELECT a ?? b", ParsedStatement.parse("SELECT a ?? b", Dialect.POSTGRESQL).sql());
    }
}
