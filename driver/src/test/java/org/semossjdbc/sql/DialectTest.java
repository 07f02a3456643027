package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DialectTest {

    static Stream<Arguments> cases() {
        return Corpus.arguments("/sql/dialects.tsv");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void mapsLikeTheCorpusSays(Corpus.Line line) {
        if (line.cell(0).equals("product")) {
            assertEquals(line.cell(3), Dialect.fromProduct(nullable(line.cell(1)), nullable(line.cell(2))).name(),
                    line.toString());
            return;
        }
        String input = line.cell(1).equals("<null>") ? null : line.cell(1);
        String actual;
        try {
            actual = (line.cell(0).equals("subtype") ? Dialect.fromEngineSubtype(input) : Dialect.fromName(input)).name();
        } catch (IllegalArgumentException e) {
            actual = "!";
        }
        assertEquals(line.cell(2), actual, line.toString());
    }

    private static String nullable(String cell) {
        return cell.equals("<null>") ? null : cell;
    }
}
