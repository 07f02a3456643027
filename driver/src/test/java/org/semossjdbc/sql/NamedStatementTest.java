package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NamedStatementTest {

    static Stream<Arguments> cases() {
        return Corpus.arguments("/sql/named.tsv");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void findsNamesAndRenders(Corpus.Line line) {
        NamedStatement statement = NamedStatement.parse(line.cell(1), line.dialect(0));
        Map<String, String> bindings = new LinkedHashMap<>();
        if (!line.cell(3).equals("-")) {
            for (String binding : line.cell(3).split(" ;; ")) {
                int eq = binding.indexOf('=');
                bindings.put(binding.substring(0, eq), binding.substring(eq + 1));
            }
        }
        String rendered;
        try {
            rendered = statement.render(bindings);
        } catch (IllegalArgumentException e) {
            String expected = line.cell(4);
            rendered = expected.startsWith("!") && e.getMessage().contains(expected.substring(1)) ? expected : "!" + e.getMessage();
        }
        String names = statement.names().isEmpty() ? "-" : String.join(",", statement.names());
        assertEquals(line.cell(2) + " => " + line.cell(4), names + " => " + rendered, line.toString());
    }

    static Stream<Arguments> positionalCases() {
        return Corpus.arguments("/sql/named-positional.tsv");
    }

    @ParameterizedTest
    @MethodSource("positionalCases")
    void turnsNamesIntoMarkers(Corpus.Line line) {
        NamedStatement statement = NamedStatement.parse(line.cell(1), line.dialect(0));
        String positional;
        try {
            positional = statement.toPositionalSql();
        } catch (IllegalArgumentException e) {
            String expected = line.cell(2);
            positional = expected.startsWith("!") && e.getMessage().contains(expected.substring(1)) ? expected : "!" + e.getMessage();
        }
        String names = statement.positionalNames().isEmpty() ? "-" : String.join(",", statement.positionalNames());
        assertEquals(line.cell(2) + " => " + line.cell(3), positional + " => " + names, line.toString());
    }

    /** The driver finds exactly one marker per name occurrence in the positional SQL, for every corpus line. */
    @ParameterizedTest
    @MethodSource("positionalCases")
    void positionalSqlHasOneMarkerPerOccurrence(Corpus.Line line) {
        NamedStatement statement = NamedStatement.parse(line.cell(1), line.dialect(0));
        if (line.cell(2).startsWith("!")) {
            return;
        }
        ParsedStatement parsed = ParsedStatement.parse(statement.toPositionalSql(), line.dialect(0));
        assertEquals(statement.positionalNames().size(), parsed.parameterCount(), line.toString());
    }

    @Test
    void positionalNamesCannotBeModified() {
        NamedStatement statement = NamedStatement.parse("SELECT :a", Dialect.GENERIC);
        assertThrows(UnsupportedOperationException.class, () -> statement.positionalNames().add("b"));
    }
}
