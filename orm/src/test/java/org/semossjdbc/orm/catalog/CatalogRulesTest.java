package org.semossjdbc.orm.catalog;

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

/** The catalogue's pure rules, one case per line of a resource file. */
class CatalogRulesTest {

    static Stream<Arguments> grantees() throws IOException {
        return cases("grantees.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grantees")
    void grantRowsApplyToTheConnectionsUserOnly(List<String> cells) {
        assertEquals(Boolean.parseBoolean(cells.get(2)),
                new GranteeMatcher(nullable(cells.get(0))).appliesTo(nullable(cells.get(1))));
    }

    static Stream<Arguments> searchEscapes() throws IOException {
        return cases("search-escapes.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searchEscapes")
    void schemaNamesBecomePatternsMatchingOnlyThemselves(List<String> cells) {
        String escape = cells.get(1).equals("<empty>") ? "" : nullable(unescape(cells.get(1)));
        assertEquals(nullable(unescape(cells.get(2))), TableCatalog.escapePattern(nullable(unescape(cells.get(0))), escape));
    }

    static Stream<Arguments> privilegeNames() throws IOException {
        return cases("privilege-names.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("privilegeNames")
    void privilegeCellsNameOneOfTheFourOrNone(List<String> cells) {
        String expected = nullable(cells.get(1));
        assertEquals(expected == null ? java.util.Optional.empty() : java.util.Optional.of(TablePrivilege.valueOf(expected)),
                TablePrivilege.fromName(nullable(cells.get(0))));
    }

    private static Stream<Arguments> cases(String resource) throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (var in = CatalogRulesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    List<String> cells = List.of(line.split("\t", -1));
                    out.add(Arguments.of(Named.of("line " + number + ": " + String.join(" | ", cells), cells)));
                }
            }
        }
        return out.stream();
    }

    /** Cells write a backslash as two, so that the file reads the same in any editor. */
    private static String unescape(String cell) {
        return cell.replace("\\\\", "\\");
    }

    private static String nullable(String cell) {
        return cell.equals("-") ? null : cell;
    }
}
