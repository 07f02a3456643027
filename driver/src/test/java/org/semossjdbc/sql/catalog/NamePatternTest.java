package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: {@code name-patterns.txt} holds one JDBC pattern per line with its normalised forms. */
class NamePatternTest {

    static Stream<Arguments> cases() {
        return CatalogQueriesTest.cases("name-patterns.txt").stream().map(c -> Arguments.of(String.join(" | ", c), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void patternNormalisesAsTabulated(String line, String[] c) {
        String input = unquote(c[0]);
        NamePattern pattern = NamePattern.parse(input);
        assertEquals(unquote(c[1]), pattern.likePattern(), "LIKE form of " + c[0]);
        assertEquals(c[2].equals("-") ? null : unquote(c[2]), pattern.exactName(), "exact name of " + c[0]);
        assertEquals(Boolean.parseBoolean(c[3]), pattern.matchesAll(), "matches all: " + c[0]);
    }

    /** Fields are written between angle brackets so that spaces and emptiness show. */
    private static String unquote(String field) {
        return field.substring(1, field.length() - 1);
    }
}
