package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.Sample;

/**
 * Exact round trips of the values SEMOSS's read path damages: 38-digit decimals, fractional-second timestamps,
 * every byte value, and Unicode beyond the BMP. The same code path (select as text or hex, parse) runs everywhere.
 */
class ExactValuesTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < 256; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }

    /**
     * The value as the backend stores it: H2 TIMESTAMP(9) keeps nanoseconds, MariaDB DATETIME(6) truncates to
     * microseconds, PostgreSQL rounds to the nearest microsecond.
     */
    private static LocalDateTime truncate(LocalDateTime value, TestBackend backend) {
        return switch (backend.product()) {
            case H2 -> value;
            case MARIADB -> value.truncatedTo(ChronoUnit.MICROS);
            case POSTGRES -> value.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void everyLossyTypeRoundTripsExactly(TestBackend backend) {
        backend.use();
        backend.createTable("sample", Sample.COLUMNS);
        Sample sample = new Sample();
        sample.amount = new BigDecimal("1234567890123456789012345678.0123456789");
        sample.happenedAt = Instant.parse("2024-02-29T13:45:56.123456789Z");
        sample.localAt = LocalDateTime.of(1999, 12, 31, 23, 59, 59, 987_654_321);
        sample.payload = allBytes();
        sample.note = "naïve café 中文 😀 \u0000x'\"\\ end";
        sample.day = LocalDate.of(2024, 2, 29);
        sample.small = (short) -32768;
        sample.big = Long.MAX_VALUE;
        sample.ratio = 3.141592653589793;
        sample.flag = Boolean.FALSE;
        sample.status = Sample.Status.FINAL;
        if (backend.product() == org.semossjdbc.testing.ScratchDatabase.Backend.POSTGRES) {
            sample.note = sample.note.replace("\u0000", ""); // PostgreSQL text cannot hold NUL at all
        }
        sample.save();
        assertNotNull(sample.id, "client-generated UUID key");

        Sample loaded = Sample.find.get(sample.id).orElseThrow();
        assertEquals(sample.amount, loaded.amount, "38 significant digits, scale 10");
        assertEquals(sample.amount.scale(), loaded.amount.scale());
        assertEquals(truncate(LocalDateTime.ofInstant(sample.happenedAt, java.time.ZoneOffset.UTC), backend),
                LocalDateTime.ofInstant(loaded.happenedAt, java.time.ZoneOffset.UTC));
        assertEquals(truncate(sample.localAt, backend), loaded.localAt);
        assertArrayEquals(sample.payload, loaded.payload, "all 256 byte values");
        assertEquals(sample.note, loaded.note);
        assertEquals(sample.day, loaded.day);
        assertEquals(sample.small, loaded.small);
        assertEquals(sample.big, loaded.big);
        assertEquals(sample.ratio, loaded.ratio);
        assertEquals(sample.flag, loaded.flag);
        assertEquals(sample.status, loaded.status);
        assertTrue(loaded.changedFields().isEmpty(), "a fresh load is clean: " + loaded.changedFields());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void exactValuesWorkInConditionsAndUpdates(TestBackend backend) {
        backend.use();
        backend.createTable("sample", Sample.COLUMNS);
        Sample sample = new Sample();
        sample.amount = new BigDecimal("-0.0000000001");
        sample.localAt = LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1_000);
        sample.payload = new byte[] {0, (byte) 0xFF, 0x10};
        sample.save();

        assertEquals(1, Sample.find.where("amount", new BigDecimal("-0.0000000001")).count());
        assertEquals(1, Sample.find.where("localAt", sample.localAt).count());
        assertEquals(0, Sample.find.where("localAt", sample.localAt.plusNanos(1_000)).count());
        assertEquals(List.of(sample.id), Sample.find.where("amount", "<", BigDecimal.ZERO).pluck("id"));

        sample.payload[1] = 0x7F; // changed in place: still noticed
        sample.amount = new BigDecimal("9999999999999999999999999999.9999999999");
        backend.resetLog();
        sample.save();
        String update = backend.executed().get(0).toLowerCase(Locale.ROOT);
        assertTrue(update.contains("payload") && update.contains("amount") && !update.contains("local_at"), update);
        Sample loaded = Sample.find.get(sample.id).orElseThrow();
        assertArrayEquals(new byte[] {0, 0x7F, 0x10}, loaded.payload);
        assertEquals(sample.amount, loaded.amount);
        assertNull(loaded.note);
        assertNull(loaded.happenedAt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void readsSelectLossyColumnsAsText(TestBackend backend) {
        backend.use();
        backend.createTable("sample", Sample.COLUMNS);
        backend.resetLog();
        Sample.find.all();
        String select = backend.selectsSent().get(0).toLowerCase(Locale.ROOT);
        assertTrue(select.contains("cast("), select);
        assertTrue(select.contains("hex(") || select.contains("encode("), select);
    }
}
