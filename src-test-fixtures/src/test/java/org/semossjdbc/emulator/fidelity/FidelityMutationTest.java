package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.semossjdbc.emulator.fidelity.JsonMutator.Mutant;
import org.semossjdbc.emulator.fidelity.JsonMutator.Mutation;
import org.semossjdbc.emulator.fidelity.NormalizationRules.Kind;

/**
 * Proves the comparator can fail: every recorded JSON body, compared with itself under the real normalization
 * file, passes; and one renamed key, one changed JSON type or one changed value, at paths picked with a fixed
 * seed from all over each body, is always reported at that path. Paths the normalization file relaxes are not
 * picked there; separate cases show that changes inside them are (only) tolerated as declared.
 */
class FidelityMutationTest {

    private static final NormalizationRules RULES = NormalizationRules.load();
    private static final JsonComparator COMPARATOR = new JsonComparator(RULES);
    private static final int PER_KIND = 4;

    @TestFactory
    Stream<DynamicTest> everyRecordedBodyMatchesItselfAndNoMutationGoesUnnoticed() {
        return TranscriptLibrary.all().stream()
                .filter(t -> t.response().jsonBody() != null && !hasPrefixRule(t))
                .map(t -> dynamicTest(t.label(), () -> checkMutations(t)));
    }

    private static void checkMutations(Transcript transcript) {
        JsonNode body = transcript.response().jsonBody();
        assertEquals(List.of(), COMPARATOR.compare(transcript.number(), body, body),
                "an unmutated body must match itself");
        List<JsonPath> candidates = new ArrayList<>(JsonMutator.paths(body).stream()
                .filter(p -> !relaxed(transcript.number(), p)).toList());
        Collections.shuffle(candidates, new Random(20261121L + transcript.number()));
        int applied = 0;
        for (Mutation mutation : Mutation.values()) {
            int done = 0;
            for (JsonPath path : candidates) {
                if (done == PER_KIND) {
                    break;
                }
                Mutant mutant = JsonMutator.mutate(body, path, mutation).orElse(null);
                if (mutant == null) {
                    continue;
                }
                List<Difference> differences = COMPARATOR.compare(transcript.number(), body, mutant.body());
                assertTrue(differences.stream().anyMatch(d -> d.where().equals(mutant.reported().toString())),
                        () -> transcript.fileName() + ": " + mutant.change() + " at " + mutant.reported()
                                + " was not reported; got " + differences);
                done++;
                applied++;
            }
        }
        assertTrue(applied > 0 || candidates.isEmpty(), "no mutation applied to " + transcript.fileName());
    }

    @Test
    void mutationsCoverManyTranscriptsAndAllThreeKinds() {
        long bodies = TranscriptLibrary.all().stream()
                .filter(t -> t.response().jsonBody() != null && !hasPrefixRule(t)).count();
        assertTrue(bodies > 250, "JSON bodies under mutation: " + bodies);
    }

    @Test
    void anIntegerTurnedIntoAnEqualFloatIsADifference() {
        JsonNode recorded = Json.parse("{\"values\":[[0, \"127\", 4500001500000.0]]}");
        JsonNode asFloat = Json.parse("{\"values\":[[0.0, \"127\", 4500001500000.0]]}");
        JsonNode asNumber = Json.parse("{\"values\":[[0, 127, 4500001500000.0]]}");
        JsonNode asInteger = Json.parse("{\"values\":[[0, \"127\", 4500001500000]]}");
        assertEquals("$.values[0][0]", COMPARATOR.compare(999, recorded, asFloat).get(0).where());
        assertEquals("$.values[0][1]", COMPARATOR.compare(999, recorded, asNumber).get(0).where());
        assertEquals("$.values[0][2]", COMPARATOR.compare(999, recorded, asInteger).get(0).where());
    }

    @Test
    void changesInsideDeclaredRelaxationsAreToleratedOnlyThere() {
        Transcript transcript = TranscriptLibrary.byNumber(3);
        JsonNode body = transcript.response().jsonBody();
        ObjectNode slower = body.deepCopy();
        ((ObjectNode) slower.get("pixelReturn").get(0)).set("timeToRun", LongNode.valueOf(99_999));
        assertEquals(List.of(), COMPARATOR.compare(3, body, slower), "a timing is not a difference");

        ObjectNode negative = body.deepCopy();
        ((ObjectNode) negative.get("pixelReturn").get(0)).set("timeToRun", LongNode.valueOf(-1));
        assertEquals(1, COMPARATOR.compare(3, body, negative).size(), "-1 (syntax error) is not a timing");

        ObjectNode textual = body.deepCopy();
        ((ObjectNode) textual.get("pixelReturn").get(0)).set("timeToRun", TextNode.valueOf("125"));
        assertEquals(1, COMPARATOR.compare(3, body, textual).size(), "a timing keeps its JSON type");

        Transcript engines = TranscriptLibrary.byNumber(138);
        JsonNode list = engines.response().jsonBody();
        ObjectNode otherDate = list.deepCopy();
        ((ObjectNode) otherDate.get("pixelReturn").get(0).get("output").get(0))
                .set("database_date_created", TextNode.valueOf("2030-01-01 00:00:00"));
        assertEquals(List.of(), COMPARATOR.compare(138, list, otherDate), "a creation date is not a difference");
        ObjectNode otherName = list.deepCopy();
        ((ObjectNode) otherName.get("pixelReturn").get(0).get("output").get(0))
                .set("database_name", TextNode.valueOf("h2demo2"));
        assertEquals(1, COMPARATOR.compare(138, list, otherName).size(), "the date rule covers the date only");
    }

    private static boolean relaxed(int transcript, JsonPath path) {
        JsonPath prefix = JsonPath.ROOT;
        for (String step : path.tokens()) {
            prefix = new JsonPath(append(prefix.tokens(), step));
            if (RULES.find(Kind.IGNORE, transcript, prefix).isPresent()
                    || RULES.find(Kind.TIMING, transcript, prefix).isPresent()
                    || RULES.find(Kind.RANDOM, transcript, prefix).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> append(List<String> tokens, String step) {
        List<String> next = new ArrayList<>(tokens);
        next.add(step);
        return List.copyOf(next);
    }

    private static boolean hasPrefixRule(Transcript transcript) {
        return RULES.all().stream().anyMatch(r -> r.kind() == Kind.PREFIX && r.scope().includes(transcript.number()));
    }
}
