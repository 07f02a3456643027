package org.semossjdbc.protocol;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch budget counts each statement as {@link RequestSize#ofSql} plus {@link RequestSize#PIXEL_FRAMING}; that
 * must bound what the pixels the engine really builds cost in the body, so a batch planned under
 * {@link RequestSize#BATCH_BUDGET} never reaches the server's limit. (That the measure is the body the transport
 * writes is {@code FormEncodingTest}'s part.)
 */
class RequestSizeTest {
    private static final List<String> STATEMENTS = List.of("INSERT INTO t VALUES (1, 'a b')",
            "UPDATE \"T\" SET v = 'é€😀' WHERE id = 2", "DELETE FROM t", "", "x".repeat(5000));

    @Test
    void theFramingBoundsEveryPixelAroundAStatement() {
        String database = UUID.randomUUID().toString();
        for (String sql : STATEMENTS) {
            for (String pixel : List.of(Pixels.execQuery(database, sql), Pixels.read(database, sql, 10_000))) {
                long framing = RequestSize.ofForm(Map.of("e", pixel)) - "e=".length() - RequestSize.ofSql(sql);
                // a pixel's framing, the space that joins it to the next, and room for the insightId field
                assertTrue(framing + 3 + 100 <= RequestSize.PIXEL_FRAMING, "framing " + framing + " for " + pixel);
            }
        }
    }

    @Test
    void aBatchPlannedUnderTheBudgetFitsTheServersLimit() {
        String sql = "INSERT INTO t VALUES ('" + "é ".repeat(2000) + "')";
        long planned = 0;
        StringBuilder expression = new StringBuilder();
        while (planned + RequestSize.ofSql(sql) + RequestSize.PIXEL_FRAMING <= RequestSize.BATCH_BUDGET) {
            planned += RequestSize.ofSql(sql) + RequestSize.PIXEL_FRAMING;
            expression.append(Pixels.execQuery(UUID.randomUUID().toString(), sql)).append(' ');
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("expression", expression.toString());
        form.put("insightId", UUID.randomUUID().toString());
        assertTrue(RequestSize.ofForm(form) <= planned, RequestSize.ofForm(form) + " > " + planned);
        assertTrue(planned <= RequestSize.SERVER_FORM_LIMIT);
    }

    @Test
    void sqlBytesFollowBothEncodings() {
        assertEquals(3, RequestSize.ofSql("a-."));   // kept by both encodings
        assertEquals(3, RequestSize.ofSql("~"));     // kept by the pixel encoding, %7E in the form
        assertEquals(5, RequestSize.ofSql(" "));     // %20 in the pixel, %2520 in the form
        assertEquals(10, RequestSize.ofSql("é"));    // two UTF-8 bytes, each %25XX
    }
}
