package org.semossjdbc.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decodes recorded runPixel answers. */
class PixelResponseReaderTest {

    private static PixelResponse read(String prefix) throws IOException {
        return PixelResponseReader.read(Transcripts.responseBody(Transcripts.find(prefix)));
    }

    @Test
    void readsATaskPageWithValuesBeforeHeaders() throws IOException {
        PixelResponse response = read("037-");
        TaskPage page = (TaskPage) response.entries().get(0).output();
        assertEquals("task1", page.taskId());
        assertEquals(List.of("ID", "NAME"), page.columns().stream().map(ColumnHeader::label).toList());
        assertEquals("INT", page.columns().get(0).dataType());
        assertArrayEquals(new Object[]{1, "Ann"}, page.rows().get(0));
        assertTrue(page.isLast(), "Collect(-1) returns everything");
    }

    @Test
    void aShortPageIsTheEnd() throws IOException {
        TaskPage first = (TaskPage) read("038-").entries().get(0).output();
        assertEquals(2, first.rows().size());
        assertFalse(first.isLast());
        TaskPage last = (TaskPage) read("040-").entries().get(0).output();
        assertTrue(last.isLast());
    }

    @Test
    void keepsBigintExactAndSmallintAsSent() throws IOException {
        TaskPage page = (TaskPage) read("049-").entries().get(0).output();
        boolean sawMaxLong = false;
        for (Object[] row : page.rows()) {
            for (Object value : row) {
                if (value instanceof Long l && l == Long.MAX_VALUE) {
                    sawMaxLong = true;
                }
                assertFalse(value instanceof BigInteger && ((BigInteger) value).bitLength() < 64);
            }
        }
        assertTrue(sawMaxLong, "9223372036854775807 arrives exactly");
        assertNull(page.rows().get(1)[1], "row 2 holds NULLs after its ID");
    }

    @Test
    void readsErrorEntriesAndOtherOutputs() throws IOException {
        PixelEntry error = read("086-").entries().get(0);
        assertTrue(error.isError());
        assertTrue(error.errorMessage().startsWith("Syntax error in SQL statement"));
        PixelEntry engines = read("138-").entries().get(0);
        JsonNode output = assertInstanceOf(JsonNode.class, engines.output());
        assertEquals("H2_DB", output.get(0).get("database_subtype").asText());
        PixelEntry multi = read("033-").entries().get(2);
        assertFalse(multi.isError());
    }

    @Test
    void rejectsAnAnswerWithoutInsightId() {
        assertThrows(IOException.class, () -> PixelResponseReader.read(
                new ByteArrayInputStream("{\"pixelReturn\":[]}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void emptyPagesKeepTheirColumns() throws IOException {
        TaskPage page = (TaskPage) read("051-").entries().get(0).output();
        assertTrue(page.rows().isEmpty());
        assertFalse(page.columns().isEmpty());
        assertNull(read("051-").entries().get(0).operationTypes().contains("ERROR") ? "x" : null);
    }
}
