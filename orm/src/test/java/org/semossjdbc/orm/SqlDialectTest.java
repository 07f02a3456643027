package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Identifier quoting per dialect, one case per line of {@code quoting.tsv}. */
class SqlDialectTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvFileSource(resources = "/quoting.tsv", delimiter = '\t', quoteCharacter = '\u0001')
    void quote(SqlDialect dialect, String name, String expected) {
        assertEquals(expected, dialect.quote(name));
    }
}
