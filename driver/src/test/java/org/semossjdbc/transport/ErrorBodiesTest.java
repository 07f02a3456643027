package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Table-driven: each line of {@code error-bodies.tsv} is one body and the message a user should see for it. */
class ErrorBodiesTest {

    @TestFactory
    List<DynamicTest> messagesFromTheTable() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ErrorBodiesTest.class.getResourceAsStream("error-bodies.tsv"), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 3) {
                    throw new IllegalStateException("line " + number + " needs 3 tab-separated fields");
                }
                String contentType = "-".equals(fields[0]) ? null : fields[0];
                String body = fields[1].replace("\\n", "\n");
                String expected = fields[2];
                tests.add(DynamicTest.dynamicTest("line " + number + ": " + expected,
                        () -> assertEquals(expected, ErrorBodies.message(body, contentType))));
            }
        }
        return tests;
    }

    @Test
    void longPagesAreCapped() {
        String message = ErrorBodies.message("<p>" + "word ".repeat(1000) + "</p>", "text/html");
        assertEquals(ErrorBodies.MAX_MESSAGE_LENGTH, message.length());
        assertTrue(message.endsWith("..."));
    }
}
