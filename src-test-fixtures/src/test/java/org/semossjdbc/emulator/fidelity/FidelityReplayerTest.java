package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The replay end to end can fail: a recording altered in one place is replayed against the emulator and must
 * give exactly that difference, while the unaltered recording matches. Guards against a replayer that would
 * compare the emulator with itself or swallow differences on the way.
 */
class FidelityReplayerTest {

    private static final ReplayPlan NO_STEPS = ReplayPlan.parse(List.of(
            "initial H2 CREATE TABLE PEOPLE (ID INT, NAME VARCHAR(100))",
            "initial H2 INSERT INTO PEOPLE VALUES (1, 'Ann'), (2, 'Bob')"));

    private static ReplayEnvironment environment;
    /** Fresh per test: its placeholder bindings are the replay's memory (037's insight id binds once). */
    private Replayer replayer;

    @BeforeAll
    static void start() {
        environment = new ReplayEnvironment(Part.H2, NO_STEPS);
    }

    @BeforeEach
    void newReplay() {
        replayer = new Replayer(environment, NO_STEPS, NormalizationRules.load());
    }

    @AfterAll
    static void stop() {
        environment.close();
    }

    @Test
    void theRecordingAsItIsMatches() {
        assertEquals(List.of(), replayer.replay(TranscriptLibrary.byNumber(37)));
    }

    @Test
    void oneAlteredValueIsReportedAtItsPath() {
        List<Difference> differences = replayer.replay(altered(37, body -> ((ArrayNode) body.at(
                "/pixelReturn/0/output/data/values/0")).set(1, TextNode.valueOf("Anne"))));
        assertEquals(1, differences.size(), differences::toString);
        assertEquals("$.pixelReturn[0].output.data.values[0][1]", differences.get(0).where());
    }

    @Test
    void oneAlteredTypeIsReported() {
        List<Difference> type = replayer.replay(altered(37, body -> ((ObjectNode) body.at("/pixelReturn/0/output"))
                .set("numCollected", TextNode.valueOf("-1"))));
        assertEquals(1, type.size(), type::toString);
        assertEquals("$.pixelReturn[0].output.numCollected type", type.get(0).where() + " " + type.get(0).what());
    }

    @Test
    void oneAlteredKeyIsReported() {
        List<Difference> key = replayer.replay(altered(37, body -> {
            ObjectNode output = (ObjectNode) body.at("/pixelReturn/0/output");
            output.set("numcollected", output.remove("numCollected"));
        }));
        assertEquals(2, key.size(), key::toString); // the recorded key is missing, the real one unexpected
    }

    @Test
    void aReusedInsightMustKeepItsId() {
        // 003 made <insight-id-1>; a recording claiming a later call returned that same id must fail
        replayer.replay(TranscriptLibrary.byNumber(3));
        List<Difference> differences = replayer.replay(altered(37, body ->
                ((ObjectNode) body).set("insightID", TextNode.valueOf("<insight-id-1>"))));
        assertEquals("$.insightID", differences.get(0).where(), differences::toString);
    }

    @Test
    void anAlteredStatusIsReported() {
        Transcript recorded = TranscriptLibrary.byNumber(37);
        Transcript other = new Transcript(recorded.number(), recorded.fileName(), recorded.request(),
                new Transcript.RecordedResponse(201, recorded.response().headers(), recorded.response().jsonBody(),
                        null), recorded.notes());
        assertEquals("status", replayer.replay(other).get(0).where());
    }

    private static Transcript altered(int number, Consumer<JsonNode> change) {
        Transcript recorded = TranscriptLibrary.byNumber(number);
        JsonNode body = recorded.response().jsonBody().deepCopy();
        change.accept(body);
        return new Transcript(recorded.number(), recorded.fileName(), recorded.request(),
                new Transcript.RecordedResponse(recorded.response().status(), recorded.response().headers(), body,
                        null), recorded.notes());
    }

}
