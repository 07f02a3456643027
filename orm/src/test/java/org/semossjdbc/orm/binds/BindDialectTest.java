package org.semossjdbc.orm.binds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.sql.Dialect;

class BindDialectTest {

    static Stream<Arguments> cases() throws IOException {
        return TsvCases.read(BindDialectTest.class, "dialects.tsv").stream()
                .map(cells -> Arguments.of(Named.of(String.join(" | ", cells), cells)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void choosesTheLexerDialect(List<String> cells) {
        assertEquals(Dialect.valueOf(cells.get(2)), BindDialect.of(TsvCases.nullable(cells.get(0)),
                TsvCases.nullable(cells.get(1))));
    }

    /** Reads TAB-separated cases next to a test class: one per line, {@code #} comments and blank lines skipped. */
    static final class TsvCases {
        private TsvCases() {
        }

        static List<List<String>> read(Class<?> owner, String resource) throws IOException {
            List<List<String>> lines = new ArrayList<>();
            try (var in = owner.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing test resource " + resource);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        lines.add(List.of(line.split("\t", -1)));
                    }
                }
            }
            return lines;
        }

        /** {@code -} stands for null. */
        static String nullable(String cell) {
            return cell.equals("-") ? null : cell;
        }
    }
}
