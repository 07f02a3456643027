package org.semossjdbc.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Decoding the chunks of a packed read: exact values, rows read chunk by chunk, truncation refused. */
class PackedPageTest {
    private static final PackedPage.ValueForm[] FORMS = {PackedPage.ValueForm.INTEGER, PackedPage.ValueForm.TEXT,
            PackedPage.ValueForm.DECIMAL, PackedPage.ValueForm.TIMESTAMP, PackedPage.ValueForm.BYTES,
            PackedPage.ValueForm.BOOLEAN};
    private static final List<ColumnHeader> COLUMNS = List.of(new ColumnHeader("ID", "ID", "INT"));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-01-01 10:00:00.123456789|2026-01-01 10:00:00.123456789",
            "2026-01-01T10:00:00.123456|2026-01-01 10:00:00.123456",
            "2026-01-01 00:00:02.000000|2026-01-01 00:00:02",
            "2026-01-01 00:00:04.250000|2026-01-01 00:00:04.25",
            "2026-01-01T08:00:00.5+00:00|2026-01-01 08:00:00.5+00:00",
            "2026-01-01 10:00:00.5+02|2026-01-01 10:00:00.5+02",
            "2026-01-01 10:00:00|2026-01-01 10:00:00",
            "infinity|infinity",
    })
    void timestampsKeepTheirFractionInOneShape(String sent, String read) {
        assertEquals(read, PackedPage.timestamp(sent));
    }

    @Test
    void valuesAreExactInEveryBackendsForm() {
        // H2 casts everything to text; PostgreSQL and MariaDB write numbers and booleans as JSON.
        String chunk = "[[\"1\",\"Ann's \\\"q\\\" \\\\ \u00e9\ud83d\ude00\",\"-1E-10\",\"2026-01-01 10:00:00.123456789\","
                + "\"00ff10\",\"TRUE\"],"
                + "[2, \"\", 1234567890123456789012345678.0123456789, null, \"\\\\x00ff10\", false],"
                + "[3, null, 1e+20, null, \"\", 1]]";
        List<Object[]> rows = PackedPage.decode(new Object[]{0, 3, chunk}, 3, FORMS);
        assertEquals(1, rows.get(0)[0]);
        assertEquals("Ann's \"q\" \\ \u00e9\ud83d\ude00", rows.get(0)[1]);
        assertEquals(new BigDecimal("-0.0000000001"), rows.get(0)[2]);
        assertEquals("2026-01-01 10:00:00.123456789", rows.get(0)[3]);
        assertArrayEquals(new byte[]{0, (byte) 0xff, 0x10}, (byte[]) rows.get(0)[4]);
        assertEquals(Boolean.TRUE, rows.get(0)[5]);
        assertEquals("", rows.get(1)[1]);
        assertEquals("1234567890123456789012345678.0123456789", ((BigDecimal) rows.get(1)[2]).toPlainString());
        assertArrayEquals(new byte[]{0, (byte) 0xff, 0x10}, (byte[]) rows.get(1)[4], "PostgreSQL's \\x hex");
        assertNull(rows.get(2)[1]);
        assertEquals("100000000000000000000", ((BigDecimal) rows.get(2)[2]).toPlainString());
        assertArrayEquals(new byte[0], (byte[]) rows.get(2)[4]);
    }

    @Test
    void numbersOfAnyLengthAreReadToTheLastDigit() {
        // PostgreSQL's numeric and H2's DECIMAL have far more digits than Jackson reads by default (1,000).
        String digits = "9".repeat(5000);
        String chunk = "[[" + digits + ", " + digits + ".25, " + digits + "]]";
        PackedPage.ValueForm[] forms = {PackedPage.ValueForm.DECIMAL, PackedPage.ValueForm.DECIMAL,
                PackedPage.ValueForm.INTEGER};
        Object[] row = PackedPage.decode(new Object[]{0, 1, chunk}, 1, forms).get(0);
        assertEquals(new BigDecimal(digits), row[0]);
        assertEquals(new BigDecimal(digits + ".25"), row[1]);
        assertEquals(new BigInteger(digits), row[2]);
    }

    @Test
    void pagesAreReadChunkByChunk() {
        PackedPage.ValueForm[] forms = {PackedPage.ValueForm.INTEGER};
        List<Object[]> chunks = List.of(new Object[]{0, 2, "[[1],[2]]"}, new Object[]{1, 1, "[[3]]"});
        TaskPage page = PackedPage.rows(new TaskPage("task1", List.of(), chunks, 4), COLUMNS, forms, 4);
        assertEquals(3, page.rows().size());
        assertEquals(true, page.isLast(), "2 chunks of 4 asked for");
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, page.rows().get(i)[0]);
        }
        TaskPage full = PackedPage.rows(new TaskPage("task1", List.of(), chunks, 2), COLUMNS, forms, 2);
        assertEquals(false, full.isLast(), "as many chunks as asked for: more may follow");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2|[[1],[2]",
            "2|[[1],[2]]x",
            "3|[[1],[2]]",
            "2|[[1],[2,3]]",
            "1|[[1]",
            "1|[[\"abc",
    })
    void aTruncatedOrMalformedChunkIsRefused(int count, String json) {
        PackedPage.ValueForm[] forms = {PackedPage.ValueForm.INTEGER};
        assertThrows(PackedPage.MalformedChunkException.class,
                () -> PackedPage.decode(new Object[]{0, count, json}, count, forms));
    }
}
