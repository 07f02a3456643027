package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The floor's response reader on recorded server answers: it must count rows and refuse errors. */
class PixelResponseReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/pixel-responses.csv")
    void readsRecordedAnswer(String file, int rows, String taskId) throws IOException {
        byte[] body = recordedBody(file);
        if ("ERROR".equals(taskId)) {
            assertThrows(IOException.class, () -> PixelResponseReader.read(new ByteArrayInputStream(body)));
            return;
        }
        PixelResponseReader.Page page = PixelResponseReader.read(new ByteArrayInputStream(body));
        assertEquals(rows, page.rows());
        assertEquals(taskId, page.taskId());
    }

    private static byte[] recordedBody(String file) throws IOException {
        try (InputStream in = PixelResponseReaderTest.class.getResourceAsStream("/semoss-transcripts/" + file)) {
            JsonNode exchange = MAPPER.readTree(in);
            return MAPPER.writeValueAsBytes(exchange.path("response").path("body"));
        }
    }
}
