package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven cases for {@link JsonComparator}, from {@code /fidelity/comparator-cases.txt}, one per line. */
class FidelityJsonComparatorTest {

    private static final NormalizationRules CASE_RULES = NormalizationRules.parse(List.of(
            "timing | 900 | $.t | test timing",
            "ignore | 900 | $.id | test id",
            "subset | 900 | $.s | test trimmed object",
            "prefix(3) | 900 | $.p | test truncated array",
            "ordered | 900 | $.o | test ordered object",
            "random | 900 | $.r | test random value",
            "text-ends(11) | 900 | $ | test truncated text"));
    private static final JsonComparator COMPARATOR = new JsonComparator(CASE_RULES);

    static List<String> cases() throws IOException {
        try (InputStream in = FidelityJsonComparatorTest.class.getResourceAsStream("/fidelity/comparator-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void comparesAsTheCaseSays(String line) {
        String[] sides = line.split(" vs | => ");
        List<Difference> differences = COMPARATOR.compare(900, Json.parse(sides[0]), Json.parse(sides[1]));
        String result = differences.isEmpty() ? "match"
                : differences.get(0).where() + " " + differences.get(0).what();
        assertEquals(sides[2].strip(), result, () -> "all differences: " + differences);
    }

    @Test
    void truncatedTextMatchesOnHeadTailAndLength() {
        String recorded = "abc ...[truncated]... xyz";
        assertEquals(List.of(), COMPARATOR.compareText(900, recorded, "abc12345xyz"));
        assertEquals(List.of(), COMPARATOR.compareText(900, recorded, "abc1234xyz"), "the middle is unknown");
        assertEquals(1, COMPARATOR.compareText(900, recorded, "abc12345xy").size(), "tail differs");
        assertEquals(1, COMPARATOR.compareText(900, recorded, "abd12345xyz").size(), "head differs");
        assertEquals(1, COMPARATOR.compareText(901, "abc", "abd").size(), "plain text is compared exactly");
    }
}
