package org.semossjdbc.jdbc;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.UUID;

/**
 * Converts the values SEMOSS sends (null, String, Boolean, Integer, Long, BigInteger, Double, JSON trees) to what
 * JDBC getters return. It converts only what the value really holds: it never invents digits, fractions or bytes the
 * server did not send, and a value that does not fit fails with a SQLDataException (22003 out of range, 22018 bad
 * format).
 */
final class ValueConverter {
    /** Local date-times as SEMOSS writes them ({@code yyyy-MM-dd HH:mm:ss}), also with a fraction, 'T' or offset. */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().appendLiteral('T').optionalEnd()
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
            .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT)
            // SMART would turn 2023-02-29 into 2023-02-28: never invent a value the server did not send.
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private ValueConverter() {
    }

    static String toText(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Double d) {
            return doubleText(d);
        }
        if (value instanceof BigDecimal d) {
            // Packed reads: the digits the database wrote, never in exponent notation.
            return d.toPlainString();
        }
        if (value instanceof byte[] bytes) {
            // As the plain path renders binary (UTF-8, U+FFFD for invalid bytes); getBytes gives the bytes.
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof JsonNode node) {
            // PostgreSQL json/jsonb arrive as {"type":"json","value":"<text>"} (§15): the text is the value.
            JsonNode inner = node.get("value");
            if (node.isObject() && inner != null && inner.isTextual() && node.has("type") && node.size() == 2) {
                return inner.asText();
            }
            return node.isTextual() ? node.asText() : node.toString();
        }
        return value.toString();
    }

    /**
     * DECIMAL and NUMERIC columns arrive as doubles written by Java ({@code 1.234567891E7}, {@code 1.0E-5}), labelled
     * DOUBLE like DOUBLE and REAL columns, so one text serves them all: the shortest decimal that reads back as the
     * double, in plain notation ({@code 12345678.91}, {@code 0.00001}, {@code 100}), the digits
     * {@link #toBigDecimal} gives. It still parses back to the same double, which is what a DOUBLE's text owes.
     */
    static String doubleText(double d) {
        // SEMOSS sends NaN and infinities as null (§5.7); only a local value can be one.
        return Double.isFinite(d) ? ShortestDecimal.toPlainString(d) : Double.toString(d);
    }

    static boolean toBoolean(Object value) throws SQLException {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            return toBigDecimal(n).signum() != 0;
        }
        String s = toText(value).trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "true", "t", "1", "yes", "y", "on" -> true;
            case "false", "f", "0", "no", "n", "off" -> false;
            default -> throw badFormat(value, "boolean");
        };
    }

    static long toLong(Object value, long min, long max, String type) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Integer || value instanceof Long) {
            return checkRange(((Number) value).longValue(), min, max, type);
        }
        if (value instanceof Double d && Math.abs(d) < 0x1p53) {
            // Below 2^53 every integer is a double, so none lies between the double and its shortest decimal: both
            // truncate alike, and the decimal need not be made.
            long whole = (long) (double) d;
            if (whole < min || whole > max) {
                throw new SQLDataException("Value " + toText(value) + " is out of range for " + type, "22003");
            }
            return whole;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        BigDecimal decimal = toBigDecimal(value);
        // Truncation toward zero, as JDBC drivers do for getInt on a decimal; the range is still checked.
        BigInteger whole = decimal.toBigInteger();
        if (whole.bitLength() > 63 || whole.longValue() < min || whole.longValue() > max) {
            throw new SQLDataException("Value " + toText(value) + " is out of range for " + type, "22003");
        }
        return whole.longValue();
    }

    private static long checkRange(long v, long min, long max, String type) throws SQLException {
        if (v < min || v > max) {
            throw new SQLDataException("Value " + v + " is out of range for " + type, "22003");
        }
        return v;
    }

    static double toDouble(Object value) throws SQLException {
        if (value == null) {
            return 0;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        try {
            return Double.parseDouble(toText(value).trim());
        } catch (NumberFormatException e) {
            throw badFormat(value, "double");
        }
    }

    static BigDecimal toBigDecimal(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return new BigDecimal(b);
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                throw badFormat(value, "decimal");
            }
            // Not BigDecimal.valueOf: Double.toString's 1.0E-5 would read back as 0.000010, 100.0 as 100.0.
            return ShortestDecimal.toBigDecimal(d);
        }
        if (value instanceof Boolean b) {
            return b ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(toText(value).trim());
        } catch (NumberFormatException e) {
            throw badFormat(value, "decimal");
        }
    }

    /**
     * Binary columns arrive as their bytes decoded as UTF-8 (§5.7). Where the decoder replaced invalid sequences with
     * U+FFFD the original bytes are lost, and the driver refuses rather than invent them.
     */
    static byte[] toBytes(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        String text = toText(value);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new SQLDataException("The server sent this binary value as UTF-8 text and replaced invalid bytes, "
                    + "so the original bytes are lost; select it as hex in SQL instead", "22000");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static LocalDate toLocalDate(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        String s = toText(value).trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            return parseDateTime(s).toLocalDate();
        } catch (DateTimeParseException e) {
            throw badFormat(value, "date");
        }
    }

    static LocalTime toLocalTime(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        String s = toText(value).trim();
        try {
            if (s.length() > 10 && s.charAt(4) == '-') {
                return parseDateTime(s).toLocalTime();
            }
            return LocalTime.parse(s);
        } catch (DateTimeParseException e) {
            throw badFormat(value, "time");
        }
    }

    static LocalDateTime toLocalDateTime(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        String s = toText(value).trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            return parseDateTime(s).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw badFormat(value, "timestamp");
        }
    }

    /**
     * The instant a date-time text means: its own offset when it carries one (H2 TIMESTAMP WITH TIME ZONE), otherwise
     * the local value read in {@code zone} (the session zone or the caller's Calendar zone).
     */
    static Instant toInstant(Object value, ZoneId zone) throws SQLException {
        OffsetDateTime withOffset = toOffsetDateTime(value, zone);
        return withOffset == null ? null : withOffset.toInstant();
    }

    static OffsetDateTime toOffsetDateTime(Object value, ZoneId zone) throws SQLException {
        if (value == null) {
            return null;
        }
        String s = toText(value).trim();
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).atStartOfDay(zone).toOffsetDateTime();
            }
            ParsedDateTime parsed = parseDateTime(s);
            return parsed.offset != null ? OffsetDateTime.of(parsed.toLocalDateTime(), parsed.offset)
                    : parsed.toLocalDateTime().atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw badFormat(value, "timestamp");
        }
    }

    static ZonedDateTime toZonedDateTime(Object value, ZoneId zone) throws SQLException {
        OffsetDateTime odt = toOffsetDateTime(value, zone);
        return odt == null ? null : odt.toZonedDateTime();
    }

    static OffsetTime toOffsetTime(Object value, ZoneId zone) throws SQLException {
        if (value == null) {
            return null;
        }
        LocalTime time = toLocalTime(value);
        ZoneOffset offset = zone.getRules().getOffset(Instant.now());
        return time.atOffset(offset);
    }

    static UUID toUuid(Object value) throws SQLException {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(toText(value).trim());
        } catch (IllegalArgumentException e) {
            throw badFormat(value, "UUID");
        }
    }

    private static ParsedDateTime parseDateTime(String s) {
        ParsedDateTime plain = parsePlainDateTime(s);
        if (plain != null) {
            return plain;
        }
        var parsed = DATE_TIME.parse(s);
        LocalDate date = LocalDate.from(parsed);
        LocalTime time = LocalTime.of(parsed.get(ChronoField.HOUR_OF_DAY), parsed.get(ChronoField.MINUTE_OF_HOUR),
                parsed.isSupported(ChronoField.SECOND_OF_MINUTE) ? parsed.get(ChronoField.SECOND_OF_MINUTE) : 0,
                parsed.isSupported(ChronoField.NANO_OF_SECOND) ? parsed.get(ChronoField.NANO_OF_SECOND) : 0);
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS)) : null;
        return new ParsedDateTime(date, time, offset);
    }

    /**
     * SEMOSS writes every DATE/TIMESTAMP value as fixed-width {@code yyyy-MM-dd HH:mm:ss}; reading that shape by hand
     * avoids the formatter's per-value allocations, which took most of the time of large reads. Anything else (or an
     * impossible date) returns null and goes through {@link #DATE_TIME}, which also reports errors.
     */
    private static ParsedDateTime parsePlainDateTime(String s) {
        int nanos = 0;
        if (s.length() > 20 && s.length() <= 29 && s.charAt(19) == '.') {
            // Packed reads: the fraction the database wrote, 1 to 9 digits.
            for (int i = 20; i < 29; i++) {
                int digit = i < s.length() ? s.charAt(i) - '0' : 0;
                if (digit < 0 || digit > 9) {
                    return null;
                }
                nanos = nanos * 10 + digit;
            }
            ParsedDateTime whole = parsePlainDateTime(s.substring(0, 19));
            return whole == null ? null : new ParsedDateTime(whole.date, whole.time.withNano(nanos), null);
        }
        if (s.length() != 19 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != ' '
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            return new ParsedDateTime(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second), null);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The decimal value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static SQLException badFormat(Object value, String type) {
        String text = toText(value);
        String shown = text.length() > 60 ? text.substring(0, 60) + "..." : text;
        return new SQLDataException("Cannot convert '" + shown + "' to " + type, "22018");
    }

    private record ParsedDateTime(LocalDate date, LocalTime time, ZoneOffset offset) {
        LocalDateTime toLocalDateTime() {
            return LocalDateTime.of(date, time);
        }

        LocalDate toLocalDate() {
            return date;
        }

        LocalTime toLocalTime() {
            return time;
        }
    }
}
