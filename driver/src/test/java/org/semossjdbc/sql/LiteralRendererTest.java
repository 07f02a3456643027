package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LiteralRendererTest {
    static final ZoneId SESSION_ZONE = ZoneId.of("Europe/Berlin");

    static Stream<Arguments> literals() {
        return Corpus.arguments("/sql/literals.tsv");
    }

    @ParameterizedTest
    @MethodSource("literals")
    void rendersLikeTheCorpusSays(Corpus.Line line) {
        LiteralRenderer renderer = new LiteralRenderer(line.dialect(0), SESSION_ZONE);
        String expected = line.cell(3);
        Object value = value(line.cell(1), line.cell(2));
        if (expected.startsWith("!")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> renderer.object(value),
                    line.toString());
            assertTrue(e.getMessage().contains(expected.substring(1)), line + " message: " + e.getMessage());
        } else {
            assertEquals(expected, renderer.object(value), line.toString());
        }
    }

    /** The Java value a corpus line describes; {@link LiteralRenderer#object} dispatches on its type. */
    static Object value(String type, String input) {
        return switch (type) {
            case "string" -> input;
            case "char" -> input.charAt(0);
            case "null" -> null;
            case "bool" -> Boolean.parseBoolean(input);
            case "integer" -> Long.parseLong(input);
            case "biginteger" -> new BigInteger(input);
            case "decimal" -> new BigDecimal(input);
            case "double" -> Double.parseDouble(input);
            case "float" -> Float.parseFloat(input);
            case "date" -> LocalDate.parse(input);
            case "time" -> LocalTime.parse(input);
            case "timestamp" -> LocalDateTime.parse(input);
            case "offset" -> OffsetDateTime.parse(input);
            case "zoned" -> ZonedDateTime.parse(input);
            case "offsettime" -> OffsetTime.parse(input);
            case "instant" -> Instant.parse(input);
            case "sqltimestamp" -> java.sql.Timestamp.from(Instant.parse(input));
            case "sqldate" -> new java.sql.Date(Instant.parse(input).toEpochMilli());
            case "sqltime" -> new java.sql.Time(Instant.parse(input).toEpochMilli());
            case "utildate" -> new java.util.Date(Instant.parse(input).toEpochMilli());
            case "bytes" -> HexFormat.of().parseHex(input);
            case "uuid" -> UUID.fromString(input);
            case "enum" -> ChronoUnit.valueOf(input);
            case "object-unsupported" -> new StringBuilder("x");
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }

    @Test
    void dialectAndZoneAreRequired() {
        assertThrows(NullPointerException.class, () -> new LiteralRenderer(null, SESSION_ZONE));
    }

    @Test
    void typedMethodsAgreeWithObject() {
        LiteralRenderer r = new LiteralRenderer(Dialect.POSTGRESQL, SESSION_ZONE);
        List<String> typed = List.of(r.string("x"), r.bool(true), r.integer(-1), r.decimal(BigDecimal.TEN),
                r.floating(0.5), r.date(LocalDate.of(2024, 1, 2)), r.time(LocalTime.NOON),
                r.timestamp(LocalDateTime.of(2024, 1, 2, 3, 4)), r.bytes(new byte[] {1}), r.nullLiteral());
        List<String> byObject = List.of(r.object("x"), r.object(true), r.object(-1), r.object(BigDecimal.TEN),
                r.object(0.5), r.object(LocalDate.of(2024, 1, 2)), r.object(LocalTime.NOON),
                r.object(LocalDateTime.of(2024, 1, 2, 3, 4)), r.object(new byte[] {1}), r.object(null));
        assertEquals(byObject, typed);
    }
}
