package org.semossjdbc.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * Renders Java values as SQL literals for one dialect, so that the server receives final SQL that means exactly the
 * value and nothing else (SEMOSS has no bind protocol). Every method throws {@link IllegalArgumentException} with a
 * clear message for a value the backend cannot store (e.g. a NUL character in PostgreSQL text).
 *
 * <p>Forms per dialect:
 * <ul>
 *   <li>Strings: {@code '...'} with {@code '} doubled. MariaDB treats backslash as an escape, so backslashes are
 *       doubled and NUL is written {@code \0}. PostgreSQL strings holding a backslash are written as {@code E'...'}
 *       with doubled backslashes, which reads the same whatever {@code standard_conforming_strings} says; PostgreSQL
 *       text cannot hold U+0000, so NUL is refused. Lone surrogates cannot be encoded in UTF-8 and are refused.</li>
 *   <li>Negative numbers are parenthesised, {@code (-5)}, so that {@code 10-?} cannot become the comment
 *       {@code 10--5}.</li>
 *   <li>NaN and infinities: PostgreSQL {@code 'NaN'::float8}, H2 {@code CAST('NaN' AS DOUBLE)}; MariaDB and the
 *       generic dialect have none.</li>
 *   <li>Date/time values are typed literals with as many fractional digits as the value needs (MariaDB keeps
 *       microseconds: finer digits are truncated). java.sql.Date/Time/Timestamp, java.util.Date and Instant are
 *       written as local values in the session zone; PostgreSQL writes Instant as {@code TIMESTAMPTZ}.</li>
 *   <li>Bytes: {@code X'hex'}; PostgreSQL {@code E'\\x..'::bytea}.</li>
 * </ul>
 * Immutable and thread-safe.
 */
public final class LiteralRenderer {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Dialect dialect;
    private final ZoneId sessionZone;

    /**
     * @param dialect     the engine's dialect
     * @param sessionZone the zone in which java.sql.Date/Time/Timestamp and Instant values are written as local values
     */
    public LiteralRenderer(Dialect dialect, ZoneId sessionZone) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.sessionZone = Objects.requireNonNull(sessionZone, "sessionZone");
    }

    /** The dialect this renderer writes for. */
    public Dialect dialect() {
        return dialect;
    }

    /** {@code NULL}. */
    public String nullLiteral() {
        return "NULL";
    }

    /** A string literal that the backend reads back as exactly {@code value}. */
    public String string(String value) {
        Objects.requireNonNull(value, "value");
        int n = value.length();
        StringBuilder out = new StringBuilder(n + 8);
        boolean backslash = false;
        out.append('\'');
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    out.append(c).append(value.charAt(++i));
                    continue;
                }
                throw new IllegalArgumentException("The string holds a lone surrogate U+"
                        + Integer.toHexString(c).toUpperCase() + " at index " + i + ", which UTF-8 cannot encode");
            }
            switch (c) {
                case '\'' -> out.append("''");
                case '\\' -> {
                    backslash = true;
                    out.append(dialect == Dialect.MARIADB || dialect == Dialect.POSTGRESQL ? "\\\\" : "\\");
                }
                case '\0' -> {
                    if (dialect == Dialect.POSTGRESQL) {
                        throw new IllegalArgumentException("The string holds a NUL character (U+0000) at index " + i
                                + "; PostgreSQL text cannot store it");
                    }
                    out.append(dialect == Dialect.MARIADB ? "\\0" : "\0");
                }
                default -> out.append(c);
            }
        }
        out.append('\'');
        if (backslash && dialect == Dialect.POSTGRESQL) {
            out.insert(0, 'E');
        }
        return out.toString();
    }

    /** {@code TRUE} or {@code FALSE} (MariaDB reads them as 1 and 0). */
    public String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** A decimal integer; negative values parenthesised. */
    public String integer(long value) {
        return value < 0 ? "(" + value + ")" : Long.toString(value);
    }

    /** The plain decimal form (never an exponent); negative values parenthesised. */
    public String decimal(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        String plain = value.toPlainString();
        return value.signum() < 0 ? "(" + plain + ")" : plain;
    }

    /** NaN and infinities in the dialect's syntax, or an IllegalArgumentException where it has none. */
    public String floating(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            String name = Double.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";
            return switch (dialect) {
                case POSTGRESQL -> "'" + name + "'::float8";
                case H2 -> "CAST('" + name + "' AS DOUBLE)";
                case MARIADB -> throw new IllegalArgumentException(name + " cannot be stored in MariaDB, which has no such double value");
                case GENERIC -> throw new IllegalArgumentException(name + " has no standard SQL literal");
            };
        }
        String s = Double.toString(value);
        // Double.toString gives the shortest text that reads back as the same double; a leading '-' needs parentheses
        return value < 0 || (value == 0 && 1 / value < 0) ? "(" + s + ")" : s;
    }

    /** A float rendered with float precision (so {@code 0.1f} is {@code 0.1}, not {@code 0.10000000149011612}). */
    public String floating(float value) {
        if (Float.isNaN(value) || Float.isInfinite(value)) {
            return floating((double) value);
        }
        String s = Float.toString(value);
        return value < 0 || (value == 0 && 1 / value < 0) ? "(" + s + ")" : s;
    }

    /** {@code DATE 'yyyy-mm-dd'}. */
    public String date(LocalDate value) {
        return "DATE '" + dateText(value) + "'";
    }

    /** {@code TIME 'hh:mm:ss[.fraction]'}. */
    public String time(LocalTime value) {
        return "TIME '" + timeText(value) + "'";
    }

    /** {@code TIMESTAMP 'yyyy-mm-dd hh:mm:ss[.fraction]'}. */
    public String timestamp(LocalDateTime value) {
        return "TIMESTAMP '" + timestampText(value) + "'";
    }

    /**
     * A timestamp with its offset: PostgreSQL {@code TIMESTAMPTZ '...+hh:mm'}, H2 and generic
     * {@code TIMESTAMP WITH TIME ZONE '...'}; MariaDB has no such type, so the instant is written as a local
     * {@code TIMESTAMP} in the session zone.
     */
    public String timestampWithOffset(OffsetDateTime value) {
        Objects.requireNonNull(value, "value");
        return switch (dialect) {
            case POSTGRESQL -> "TIMESTAMPTZ '" + withOffset(timestampText(value.toLocalDateTime()), value.getOffset()) + "'";
            case H2, GENERIC -> "TIMESTAMP WITH TIME ZONE '" + timestampText(value.toLocalDateTime()) + offsetText(value.getOffset()) + "'";
            case MARIADB -> timestamp(value.atZoneSameInstant(sessionZone).toLocalDateTime());
        };
    }

    /** A time with offset; MariaDB has none and refuses it. */
    public String timeWithOffset(OffsetTime value) {
        Objects.requireNonNull(value, "value");
        return switch (dialect) {
            case POSTGRESQL -> "TIMETZ '" + timeText(value.toLocalTime()) + offsetText(value.getOffset()) + "'";
            case H2, GENERIC -> "TIME WITH TIME ZONE '" + timeText(value.toLocalTime()) + offsetText(value.getOffset()) + "'";
            case MARIADB -> throw new IllegalArgumentException("MariaDB has no time-with-offset type for " + value);
        };
    }

    /** An instant: PostgreSQL {@code TIMESTAMPTZ} at the session zone's offset, elsewhere a local timestamp in it. */
    public String instant(Instant value) {
        Objects.requireNonNull(value, "value");
        if (dialect == Dialect.POSTGRESQL) {
            return timestampWithOffset(value.atZone(sessionZone).toOffsetDateTime());
        }
        return timestamp(LocalDateTime.ofInstant(value, sessionZone));
    }

    /** {@code X'hex'}; PostgreSQL {@code E'\\xhex'::bytea}. */
    public String bytes(byte[] value) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(value.length * 2 + 16);
        out.append(dialect == Dialect.POSTGRESQL ? "E'\\\\x" : "X'");
        for (byte b : value) {
            out.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
        }
        out.append('\'');
        if (dialect == Dialect.POSTGRESQL) {
            out.append("::bytea");
        }
        return out.toString();
    }

    /** PostgreSQL {@code '...'::uuid}, H2 {@code CAST('...' AS UUID)}, elsewhere the canonical text. */
    public String uuid(UUID value) {
        Objects.requireNonNull(value, "value");
        return switch (dialect) {
            case POSTGRESQL -> "'" + value + "'::uuid";
            case H2 -> "CAST('" + value + "' AS UUID)";
            case MARIADB, GENERIC -> "'" + value + "'";
        };
    }

    /**
     * Any supported Java value by its type: null, String, Character, Boolean, Byte/Short/Integer/Long, BigInteger,
     * BigDecimal, Float/Double, java.sql.Date/Time/Timestamp (written in the session zone), java.util.Date,
     * LocalDate/LocalTime/LocalDateTime, OffsetDateTime, OffsetTime, ZonedDateTime, Instant, byte[], UUID, Enum (its name).
     *
     * @throws IllegalArgumentException for any other type, naming it
     */
    public String object(Object value) {
        if (value == null) {
            return nullLiteral();
        } else if (value instanceof String s) {
            return string(s);
        } else if (value instanceof Character c) {
            return string(String.valueOf(c));
        } else if (value instanceof Boolean b) {
            return bool(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return integer(((Number) value).longValue());
        } else if (value instanceof BigInteger b) {
            return decimal(new BigDecimal(b));
        } else if (value instanceof BigDecimal d) {
            return decimal(d);
        } else if (value instanceof Double d) {
            return floating(d.doubleValue());
        } else if (value instanceof Float f) {
            return floating(f.floatValue());
        } else if (value instanceof java.sql.Timestamp ts) {
            Instant instant = Instant.ofEpochSecond(Math.floorDiv(ts.getTime(), 1000L), ts.getNanos());
            return timestamp(LocalDateTime.ofInstant(instant, sessionZone));
        } else if (value instanceof java.sql.Date d) {
            return date(Instant.ofEpochMilli(d.getTime()).atZone(sessionZone).toLocalDate());
        } else if (value instanceof java.sql.Time t) {
            return time(Instant.ofEpochMilli(t.getTime()).atZone(sessionZone).toLocalTime());
        } else if (value instanceof java.util.Date d) {
            return timestamp(LocalDateTime.ofInstant(Instant.ofEpochMilli(d.getTime()), sessionZone));
        } else if (value instanceof LocalDate d) {
            return date(d);
        } else if (value instanceof LocalTime t) {
            return time(t);
        } else if (value instanceof LocalDateTime t) {
            return timestamp(t);
        } else if (value instanceof OffsetDateTime t) {
            return timestampWithOffset(t);
        } else if (value instanceof ZonedDateTime t) {
            return timestampWithOffset(t.toOffsetDateTime());
        } else if (value instanceof OffsetTime t) {
            return timeWithOffset(t);
        } else if (value instanceof Instant i) {
            return instant(i);
        } else if (value instanceof byte[] b) {
            return bytes(b);
        } else if (value instanceof UUID u) {
            return uuid(u);
        } else if (value instanceof Enum<?> e) {
            return string(e.name());
        }
        throw new IllegalArgumentException("Cannot render a value of type " + value.getClass().getName() + " as a SQL literal");
    }

    private String dateText(LocalDate value) {
        Objects.requireNonNull(value, "value");
        int year = value.getYear();
        if (year >= 1 && year <= 9999) {
            return pad(year, 4) + "-" + pad(value.getMonthValue(), 2) + "-" + pad(value.getDayOfMonth(), 2);
        }
        switch (dialect) {
            case POSTGRESQL -> {
                // proleptic year 0 is 1 BC in PostgreSQL's calendar
                int pgYear = year <= 0 ? 1 - year : year;
                return pad(pgYear, 4) + "-" + pad(value.getMonthValue(), 2) + "-" + pad(value.getDayOfMonth(), 2)
                        + (year <= 0 ? " BC" : "");
            }
            case H2 -> {
                return (year < 0 ? "-" : "") + pad(Math.abs(year), 4) + "-" + pad(value.getMonthValue(), 2) + "-"
                        + pad(value.getDayOfMonth(), 2);
            }
            default -> {
                if (year == 0 && dialect == Dialect.MARIADB) {
                    return "0000-" + pad(value.getMonthValue(), 2) + "-" + pad(value.getDayOfMonth(), 2);
                }
                throw new IllegalArgumentException("The year of " + value + " is outside the range " + dialect + " can store");
            }
        }
    }

    private String timeText(LocalTime value) {
        Objects.requireNonNull(value, "value");
        StringBuilder out = new StringBuilder(18);
        out.append(pad(value.getHour(), 2)).append(':').append(pad(value.getMinute(), 2)).append(':')
                .append(pad(value.getSecond(), 2));
        int nanos = value.getNano();
        if (dialect == Dialect.MARIADB) {
            nanos = nanos / 1000 * 1000;
        }
        if (nanos != 0) {
            String fraction = pad(nanos, 9);
            int end = fraction.length();
            while (fraction.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(fraction, 0, end);
        }
        return out.toString();
    }

    private String timestampText(LocalDateTime value) {
        Objects.requireNonNull(value, "value");
        String date = dateText(value.toLocalDate());
        String time = timeText(value.toLocalTime());
        // PostgreSQL writes the era last: 0044-03-15 12:00:00 BC
        return date.endsWith(" BC") ? date.substring(0, date.length() - 3) + " " + time + " BC" : date + " " + time;
    }

    /** PostgreSQL wants the era after the offset: {@code 0044-03-15 12:00:00+01:00 BC}. */
    private static String withOffset(String timestamp, ZoneOffset offset) {
        return timestamp.endsWith(" BC")
                ? timestamp.substring(0, timestamp.length() - 3) + offsetText(offset) + " BC"
                : timestamp + offsetText(offset);
    }

    /** {@code +hh:mm}, with {@code :ss} only when the offset has seconds. */
    private static String offsetText(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String s = (total < 0 ? "-" : "+") + pad(abs / 3600, 2) + ":" + pad(abs / 60 % 60, 2);
        return abs % 60 == 0 ? s : s + ":" + pad(abs % 60, 2);
    }

    private static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
