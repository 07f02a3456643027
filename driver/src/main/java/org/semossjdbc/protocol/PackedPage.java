package org.semossjdbc.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the rows of a packed read (docs/protocol.md, "Packed reads") out of the chunks a page carries: each chunk is
 * one cell holding a JSON array of rows, written by the database with every value in an exact text form. The rows
 * are decoded one chunk at a time, as the reader reaches them, so a page costs its JSON text plus one decoded chunk.
 *
 * <p>Values come out in the {@link TaskPage} conventions, with exact forms where the plain path is lossy:
 * DECIMAL/NUMERIC as {@link BigDecimal}, binary as {@code byte[]}, TIMESTAMP as text with its fraction (and offset).
 */
public final class PackedPage {
    /**
     * Without Jackson's default limit of 1,000 characters per number: PostgreSQL's numeric and H2's DECIMAL have many
     * more digits, and the database wrote each one (a number is never longer than the chunk that holds it, which the
     * page's own reader has already bounded).
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** How one column's packed values are read, from SEMOSS's data type and the column's probe. */
    public enum ValueForm {
        /** {@code INT}: integers (H2 sends them as text). */
        INTEGER,
        /** {@code DOUBLE}: every digit, as {@link BigDecimal}; NaN and infinities as {@link Double}. */
        DECIMAL,
        /** {@code BOOLEAN}: H2 sends {@code TRUE}/{@code FALSE} as text. */
        BOOLEAN,
        /** {@code TIMESTAMP}: {@code yyyy-MM-dd HH:mm:ss[.fraction][offset]}, the fraction without trailing zeros. */
        TIMESTAMP,
        /** Text and everything else, as sent. */
        TEXT,
        /** Binary, sent as hex ({@code \x}-prefixed on PostgreSQL): {@code byte[]}. */
        BYTES;

        /** The form of a column SEMOSS labels {@code dataType}, holding bytes when its probe says so. */
        public static ValueForm of(String dataType, boolean bytes) {
            if (bytes) {
                return BYTES;
            }
            if (dataType == null) {
                return TEXT;
            }
            return switch (dataType.toUpperCase(Locale.ROOT)) {
                case "INT" -> INTEGER;
                case "DOUBLE" -> DECIMAL;
                case "BOOLEAN" -> BOOLEAN;
                case "TIMESTAMP" -> TIMESTAMP;
                default -> TEXT;
            };
        }
    }

    /** A chunk that is not the JSON the database writes, or holds fewer rows than it counted: truncated on the way. */
    public static final class MalformedChunkException extends RuntimeException {
        MalformedChunkException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private PackedPage() {
    }

    /**
     * The rows of one page of chunks.
     *
     * @param chunks   a page whose rows are {@code [chunk number, row count, JSON text, ...]}
     * @param columns  the statement's own columns, which the page describes
     * @param forms    how each column's values are read
     * @param requested the number of chunks asked for; fewer means this page is the last
     */
    public static TaskPage rows(TaskPage chunks, List<ColumnHeader> columns, ValueForm[] forms, int requested) {
        boolean last = requested < 0 || chunks.rows().size() < requested;
        // TaskPage says "last" when it holds fewer rows than requested: -1 requests none beyond, 0 keeps it open.
        return new TaskPage(chunks.taskId(), columns, new Rows(chunks.rows(), forms), last ? -1 : 0);
    }

    /** The rows of a page, decoded chunk by chunk as {@link #get} reaches them; meant for one forward reader. */
    private static final class Rows extends AbstractList<Object[]> {
        private final Object[][] chunks;
        private final int[] ends;
        private final ValueForm[] forms;
        private int chunk = -1;
        private int chunkStart;
        private List<Object[]> decoded = List.of();

        Rows(List<Object[]> chunkRows, ValueForm[] forms) {
            this.chunks = chunkRows.toArray(new Object[0][]);
            this.ends = new int[chunks.length];
            this.forms = forms;
            int total = 0;
            for (int i = 0; i < chunks.length; i++) {
                total += count(chunks[i]);
                ends[i] = total;
            }
        }

        private static int count(Object[] chunk) {
            Object n = chunk.length > 1 ? chunk[1] : null;
            if (n instanceof Number number && number.longValue() >= 0 && number.longValue() <= Integer.MAX_VALUE) {
                return number.intValue();
            }
            throw new MalformedChunkException("A packed chunk has no row count (" + n + ")", null);
        }

        @Override
        public int size() {
            return ends.length == 0 ? 0 : ends[ends.length - 1];
        }

        @Override
        public Object[] get(int index) {
            if (index < 0 || index >= size()) {
                throw new IndexOutOfBoundsException(index);
            }
            if (chunk < 0 || index < chunkStart || index >= ends[chunk]) {
                int target = 0;
                while (ends[target] <= index) {
                    target++;
                }
                if (chunk >= 0 && target < chunk) {
                    throw new IllegalStateException("packed rows are read forward only");
                }
                // Chunks passed over are dropped with the decoded one: only the text not yet read stays.
                for (int i = Math.max(chunk, 0); i < target; i++) {
                    chunks[i] = null;
                }
                decoded = decode(chunks[target], ends[target] - (target == 0 ? 0 : ends[target - 1]), forms);
                chunks[target] = null;
                chunk = target;
                chunkStart = target == 0 ? 0 : ends[target - 1];
            }
            return decoded.get(index - chunkStart);
        }
    }

    static List<Object[]> decode(Object[] chunk, int expected, ValueForm[] forms) {
        Object text = chunk.length > 2 ? chunk[2] : null;
        if (!(text instanceof String json)) {
            throw new MalformedChunkException("A packed chunk holds no JSON text", null);
        }
        List<Object[]> rows = new ArrayList<>(expected);
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw malformed(expected, rows.size(), null);
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_ARRAY) {
                Object[] row = new Object[forms.length];
                int column = 0;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (token == null || column >= forms.length) {
                        throw malformed(expected, rows.size(), null);
                    }
                    row[column] = value(parser, token, forms[column]);
                    column++;
                }
                if (column != forms.length) {
                    throw malformed(expected, rows.size(), null);
                }
                rows.add(row);
            }
            if (token != JsonToken.END_ARRAY || parser.nextToken() != null) {
                throw malformed(expected, rows.size(), null);
            }
        } catch (IOException e) {
            throw malformed(expected, rows.size(), e);
        }
        if (rows.size() != expected) {
            throw malformed(expected, rows.size(), null);
        }
        return rows;
    }

    private static MalformedChunkException malformed(int expected, int read, Throwable cause) {
        return new MalformedChunkException("A packed chunk of " + expected + " rows came back cut short or malformed "
                + "after " + read + " rows (on MariaDB a chunk longer than group_concat_max_len is cut)", cause);
    }

    private static Object value(JsonParser parser, JsonToken token, ValueForm form) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> form == ValueForm.DECIMAL ? parser.getDecimalValue()
                    : form == ValueForm.BOOLEAN ? (Object) (parser.getLongValue() != 0) : parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_STRING -> text(parser.getText(), form);
            case START_ARRAY, START_OBJECT -> MAPPER.readTree(parser);
            default -> throw new IOException("unexpected " + token);
        };
    }

    static Object text(String s, ValueForm form) {
        return switch (form) {
            case INTEGER -> integer(s);
            case DECIMAL -> decimal(s);
            case BOOLEAN -> s.equalsIgnoreCase("true") ? Boolean.TRUE : s.equalsIgnoreCase("false") ? Boolean.FALSE : s;
            case TIMESTAMP -> timestamp(s);
            case BYTES -> bytes(s);
            case TEXT -> s;
        };
    }

    private static Object integer(String s) {
        try {
            long value = Long.parseLong(s);
            if (value == (int) value) {
                return (int) value; // as Jackson reads the plain path's integers: Integer when it fits
            }
            return value;
        } catch (NumberFormatException e) {
            try {
                return new BigInteger(s);
            } catch (NumberFormatException notInteger) {
                return s;
            }
        }
    }

    private static Object decimal(String s) {
        switch (s) {
            case "NaN":
                return Double.NaN;
            case "Infinity":
                return Double.POSITIVE_INFINITY;
            case "-Infinity":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return new BigDecimal(s);
                } catch (NumberFormatException e) {
                    return s;
                }
        }
    }

    /**
     * The backends' timestamp texts in one shape: {@code 2026-01-01T10:00:00.500000+00:00} (PostgreSQL) and
     * {@code 2026-01-01 10:00:00.500000} (MariaDB DATETIME(6)) both become {@code 2026-01-01 10:00:00.5[+00:00]}, so a
     * value without a fraction reads as the plain path's {@code yyyy-MM-dd HH:mm:ss}.
     */
    static String timestamp(String s) {
        if (s.length() < 19 || s.charAt(10) != 'T' && s.charAt(10) != ' ' || s.charAt(13) != ':') {
            return s; // infinity, a year beyond 9999, a date alone: as sent
        }
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, 10).append(' ').append(s, 11, 19);
        int i = 19;
        if (i < s.length() && s.charAt(i) == '.') {
            int start = i + 1;
            int end = start;
            while (end < s.length() && Character.isDigit(s.charAt(end))) {
                end++;
            }
            int significant = end;
            while (significant > start && s.charAt(significant - 1) == '0') {
                significant--;
            }
            if (significant > start) {
                out.append('.').append(s, start, significant);
            }
            i = end;
        }
        return out.append(s, i, s.length()).toString();
    }

    /** Hex, optionally {@code \x}-prefixed (PostgreSQL bytea); text that is not hex is left as text. */
    private static Object bytes(String s) {
        int start = s.startsWith("\\x") ? 2 : 0;
        int length = s.length() - start;
        if (length % 2 != 0) {
            return s;
        }
        byte[] out = new byte[length / 2];
        for (int i = 0; i < out.length; i++) {
            int high = Character.digit(s.charAt(start + 2 * i), 16);
            int low = Character.digit(s.charAt(start + 2 * i + 1), 16);
            if (high < 0 || low < 0) {
                return s;
            }
            out[i] = (byte) (high << 4 | low);
        }
        return out;
    }
}
