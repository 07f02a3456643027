package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Conversions of the values SEMOSS sends (§5.7). */
class ValueConverterTest {

    @Test
    void smallintArrivesAsAStringAndStillReadsAsInt() throws SQLException {
        assertEquals(-32768, ValueConverter.toLong("-32768", Short.MIN_VALUE, Short.MAX_VALUE, "short"));
        assertEquals("22003", assertThrows(SQLException.class,
                () -> ValueConverter.toLong(3_000_000_000L, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"))
                .getSQLState());
        assertEquals("22018", assertThrows(SQLException.class,
                () -> ValueConverter.toLong("abc", Long.MIN_VALUE, Long.MAX_VALUE, "long")).getSQLState());
    }

    @Test
    void decimalsSentAsDoublesKeepTheServersDigits() throws SQLException {
        assertEquals(new BigDecimal("12345678.91"), ValueConverter.toBigDecimal(1.234567891E7));
        assertEquals("12345678.91", ValueConverter.toText(1.234567891E7));
        assertEquals("-0.01", ValueConverter.toText(-0.01));
        assertEquals(new BigDecimal("9223372036854775807"), ValueConverter.toBigDecimal(Long.MAX_VALUE));
    }

    /**
     * DECIMAL -0.0001, 0.00001, 100.00 and 1E20 arrive as the doubles Java writes -1.0E-4, 1.0E-5, 100.0 and 1.0E20:
     * they read back as the shortest plain decimal, scale never negative, the same digits in getString and
     * getBigDecimal (not -0.00010, 0.000010, 100.0, 1.0E+20 and 1.0E-5, 1.0E20).
     */
    @Test
    void decimalsReadBackAsTheirShortestPlainDecimal() throws SQLException {
        String[][] cases = {{"-1.0E-4", "-0.0001"}, {"1.0E-5", "0.00001"}, {"100.0", "100"},
            {"1.0E20", "100000000000000000000"}, {"1.0E23", "100000000000000000000000"}};
        for (String[] c : cases) {
            Double sent = Double.valueOf(c[0]);
            assertEquals(new BigDecimal(c[1]), ValueConverter.toBigDecimal(sent), c[0]);
            assertEquals(c[1], ValueConverter.toText(sent), c[0]);
        }
        assertEquals(0, ValueConverter.toBigDecimal(100.0).scale());
    }

    /** DOUBLE and REAL columns are labelled like DECIMAL ones (§5.6): their text is plain too, and exact. */
    @Test
    void doubleTextReadsBackAsTheSameDouble() throws SQLException {
        for (double d : new double[] {1.0E300, -1.0E-300, Math.PI, 0.1 + 0.2, Double.MAX_VALUE, Double.MIN_VALUE}) {
            String text = ValueConverter.toText(d);
            assertFalse(text.contains("E"), text);
            assertEquals(d, Double.parseDouble(text));
            assertEquals(0, new BigDecimal(text).compareTo(ValueConverter.toBigDecimal(d)));
        }
        assertEquals("-0", ValueConverter.toText(-0.0));
        assertEquals("NaN", ValueConverter.toText(Double.NaN));
        assertEquals("22018", assertThrows(SQLException.class,
                () -> ValueConverter.toBigDecimal(Double.POSITIVE_INFINITY)).getSQLState());
    }

    @Test
    void wholeNumbersOfDecimalsTruncateLikeTheirDecimal() throws SQLException {
        assertEquals(-2, ValueConverter.toLong(-2.99, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"));
        assertEquals(12345678, ValueConverter.toLong(1.234567891E7, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"));
        assertEquals(282879384806159000L, ValueConverter.toLong(2.82879384806159E17, Long.MIN_VALUE, Long.MAX_VALUE,
                "long"), "above 2^53 the decimal's digits, as getBigDecimal gives them");
        SQLException e = assertThrows(SQLException.class,
                () -> ValueConverter.toLong(3.0E9 + 0.5, Integer.MIN_VALUE, Integer.MAX_VALUE, "int"));
        assertEquals("22003", e.getSQLState());
        assertTrue(e.getMessage().contains("3000000000.5"), e.getMessage());
    }

    @Test
    void timestampsWithAndWithoutOffsets() throws SQLException {
        ZoneId paris = ZoneId.of("Europe/Paris");
        assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 56), ValueConverter.toLocalDateTime("2024-02-29 13:45:56"));
        assertEquals(Instant.parse("2024-02-29T12:45:56Z"), ValueConverter.toInstant("2024-02-29 13:45:56", paris));
        assertEquals(Instant.parse("2024-02-29T08:15:56Z"),
                ValueConverter.toInstant("2024-02-29 13:45:56+05:30", paris));
        assertEquals(Instant.parse("1970-01-01T00:00:00Z"), ValueConverter.toInstant("1970-01-01 00:00:00+00", paris));
        assertEquals(ZoneOffset.ofHoursMinutes(5, 30),
                ValueConverter.toOffsetDateTime("2024-02-29 13:45:56+05:30", paris).getOffset());
        assertEquals(LocalTime.of(23, 59, 58, 123_456_000), ValueConverter.toLocalTime("23:59:58.123456"));
        assertEquals("22018", assertThrows(SQLException.class, () -> ValueConverter.toLocalDate("yesterday"))
                .getSQLState());
    }

    @Test
    void fixedWidthTimestampsParseLikeTheGeneralForm() throws SQLException {
        assertEquals(LocalDateTime.of(1, 1, 1, 0, 0, 0), ValueConverter.toLocalDateTime("0001-01-01 00:00:00"));
        assertEquals(LocalDateTime.of(9999, 12, 31, 23, 59, 59), ValueConverter.toLocalDateTime("9999-12-31 23:59:59"));
        assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 56), ValueConverter.toLocalDateTime("2024-02-29T13:45:56"));
        assertEquals("22018", assertThrows(SQLException.class,
                () -> ValueConverter.toLocalDateTime("2023-02-29 10:00:00")).getSQLState());
        assertEquals("22018", assertThrows(SQLException.class,
                () -> ValueConverter.toLocalDateTime("2024-02-29 24:00:00")).getSQLState());
        assertEquals("22018", assertThrows(SQLException.class,
                () -> ValueConverter.toLocalDateTime("2024-0a-29 10:00:00")).getSQLState());
    }

    @Test
    void booleansFromEveryShape() throws SQLException {
        assertTrue(ValueConverter.toBoolean(true));
        assertTrue(ValueConverter.toBoolean(1));
        assertTrue(ValueConverter.toBoolean("t"));
        assertFalse(ValueConverter.toBoolean("0"));
        assertFalse(ValueConverter.toBoolean(null));
        assertThrows(SQLException.class, () -> ValueConverter.toBoolean("perhaps"));
    }

    @Test
    void binaryIsReturnedOnlyWhenTheServerDidNotAlterIt() throws SQLException {
        assertArrayEquals(new byte[]{0, 'a'}, ValueConverter.toBytes("\u0000a"));
        assertEquals("22000", assertThrows(SQLException.class, () -> ValueConverter.toBytes("\uFFFD\u0010"))
                .getSQLState());
    }

    /** What packed reads hand over: exact decimals, bytes, timestamps with a fraction (parsed without the formatter). */
    @Test
    void packedValuesConvertExactly() throws SQLException {
        BigDecimal digits = new BigDecimal("-1E-10");
        assertEquals("-0.0000000001", ValueConverter.toText(digits), "plain notation, never an exponent");
        assertEquals(digits, ValueConverter.toBigDecimal(digits));
        assertEquals("100.00", ValueConverter.toText(new BigDecimal("100.00")), "the database's scale");
        byte[] bytes = {0, (byte) 0xff, 0x10};
        assertArrayEquals(bytes, ValueConverter.toBytes(bytes));
        assertEquals("\u0000\uFFFD\u0010", ValueConverter.toText(bytes), "getString reads them as the plain path does");
        assertEquals(LocalDateTime.of(2026, 1, 1, 10, 0, 0, 123_456_789),
                ValueConverter.toLocalDateTime("2026-01-01 10:00:00.123456789"));
        assertEquals(LocalDateTime.of(2026, 1, 1, 0, 0, 4, 250_000_000),
                ValueConverter.toLocalDateTime("2026-01-01 00:00:04.25"));
        assertEquals(Instant.parse("2026-01-01T08:00:00.5Z"),
                ValueConverter.toInstant("2026-01-01 10:00:00.5+02:00", ZoneId.of("Asia/Tokyo")));
    }
}
