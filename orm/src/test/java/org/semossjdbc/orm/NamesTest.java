package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The snake_case convention, one case per line of {@code snake-case.tsv}. */
class NamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/snake-case.tsv", delimiter = '\t')
    void snakeCase(String javaName, String expected) {
        assertEquals(expected, Names.snakeCase(javaName));
    }
}
