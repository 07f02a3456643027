package org.semossjdbc.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every error text in the recorded exchanges gets the SQLState of {@code transcript-error-states.tsv}. */
class ServerErrorClassifierTest {

    /** Every ERROR entry's output and every HTTP errorMessage, keyed {@code file<TAB>index|http}. */
    static Map<String, String> recordedErrors() {
        Map<String, String> errors = new LinkedHashMap<>();
        for (String name : Transcripts.names()) {
            JsonNode body = Transcripts.load(name).path("response").path("body");
            if (body.has("pixelReturn")) {
                JsonNode entries = body.get("pixelReturn");
                for (int i = 0; i < entries.size(); i++) {
                    JsonNode entry = entries.get(i);
                    for (JsonNode type : entry.path("operationType")) {
                        if (type.asText().equals("ERROR")) {
                            errors.put(name + "\t" + i, entry.path("output").asText());
                        }
                    }
                }
            } else if (body.has("errorMessage")) {
                errors.put(name + "\thttp", body.get("errorMessage").asText());
            }
        }
        return errors;
    }

    static Map<String, String> expectedStates() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ServerErrorClassifierTest.class.getResourceAsStream("transcript-error-states.tsv"),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                expected.put(parts[0] + "\t" + parts[1], parts[2]);
            }
        }
        return expected;
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedErrorMapsToItsExpectedState() throws IOException {
        Map<String, String> errors = recordedErrors();
        Map<String, String> expected = expectedStates();
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, String> error : errors.entrySet()) {
            tests.add(DynamicTest.dynamicTest(error.getKey().replace('\t', '#'), () -> {
                String state = expected.get(error.getKey());
                assertTrue(state != null, "no expected SQLState for " + error.getKey());
                ServerError classified = ServerErrorClassifier.classify(error.getValue());
                assertEquals(state, classified.sqlState(), error.getValue());
                assertEquals(error.getValue(), classified.message(), "the server's text is kept unchanged");
            }));
        }
        return tests.stream();
    }

    @Test
    void theTableHasNoStaleLines() throws IOException {
        Map<String, String> errors = recordedErrors();
        for (String key : expectedStates().keySet()) {
            assertTrue(errors.containsKey(key), "table line without a recorded error: " + key);
        }
        assertTrue(errors.size() > 60, "the transcripts hold many error answers");
    }

    @Test
    void h2CodesUseH2sOwnStates() {
        assertEquals("42S02", ServerErrorClassifier.classify("Table \"X\" not found; SQL statement:\nSELECT [42102-200]")
                .sqlState());
        assertEquals("42S22", ServerErrorClassifier.classify("Column \"Y\" not found; SQL statement:\nS [42122-200]")
                .sqlState());
        assertEquals(42102, ServerErrorClassifier.classify("Table \"X\" not found [42102-200]").vendorCode());
    }

    @Test
    void categoriesFollowTheStateClass() {
        assertEquals(ErrorCategory.INTEGRITY, ServerErrorClassifier.classify("Duplicate entry '1' for key 'PRIMARY'")
                .category());
        assertEquals(ErrorCategory.UNDEFINED_OBJECT, ServerErrorClassifier.classify(
                "ERROR: relation \"t\" does not exist").category());
        assertEquals(ErrorCategory.PERMISSION, ServerErrorClassifier.classify(
                "User does not have permission to exec query for this app").category());
        assertEquals(ErrorCategory.GENERIC, ServerErrorClassifier.classify(null).category());
    }
}
