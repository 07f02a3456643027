package org.semossjdbc.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Renders Java values as SQL literals for one dialect, so that the server receives final SQL that means exactly the
 * value and nothing else (SEMOSS has no bind protocol). Every method throws {@link IllegalArgumentException} with a
 * clear message for a value the backend cannot store (e.g. a NUL character in PostgreSQL text).
 */
public final class LiteralRenderer {

    /**
     * @param dialect     the engine's dialect
     * @param sessionZone the zone in which java.sql.Date/Time/Timestamp and Instant values are written as local values
     */
    public LiteralRenderer(Dialect dialect, ZoneId sessionZone) {
        throw new UnsupportedOperationException("stub");
    }

    public String nullLiteral() {
        throw new UnsupportedOperationException("stub");
    }

    public String string(String value) {
        throw new UnsupportedOperationException("stub");
    }

    public String bool(boolean value) {
        throw new UnsupportedOperationException("stub");
    }

    public String integer(long value) {
        throw new UnsupportedOperationException("stub");
    }

    public String decimal(BigDecimal value) {
        throw new UnsupportedOperationException("stub");
    }

    /** NaN and infinities in the dialect's syntax, or an IllegalArgumentException where it has none. */
    public String floating(double value) {
        throw new UnsupportedOperationException("stub");
    }

    public String date(LocalDate value) {
        throw new UnsupportedOperationException("stub");
    }

    public String time(LocalTime value) {
        throw new UnsupportedOperationException("stub");
    }

    public String timestamp(LocalDateTime value) {
        throw new UnsupportedOperationException("stub");
    }

    public String timestampWithOffset(OffsetDateTime value) {
        throw new UnsupportedOperationException("stub");
    }

    public String bytes(byte[] value) {
        throw new UnsupportedOperationException("stub");
    }

    public String uuid(UUID value) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * Any supported Java value by its type: null, String, Character, Boolean, Byte/Short/Integer/Long, BigInteger,
     * BigDecimal, Float/Double, java.sql.Date/Time/Timestamp (written in the session zone), java.util.Date,
     * LocalDate/LocalTime/LocalDateTime, OffsetDateTime, OffsetTime, ZonedDateTime, Instant, byte[], UUID, Enum (its name).
     */
    public String object(Object value) {
        throw new UnsupportedOperationException("stub");
    }
}
