package org.semossjdbc.transport;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The length of the form body the transport sends ({@code application/x-www-form-urlencoded}, UTF-8, written by
 * OkHttp's {@code FormBody}), computed without building it: the one measure behind every request-size decision, so that
 * the limit checked is the body that goes out. OkHttp leaves {@code * - . _}, digits and ASCII letters as they are and
 * percent-encodes every other byte, the space included ({@code %20}, 3 bytes, never {@code +}).
 * {@code FormEncodingTest} holds this to the bytes {@code FormBody} really writes.
 */
public final class FormEncoding {
    private FormEncoding() {
    }

    /** The body's length in bytes: {@code name=value} pairs joined by {@code &}. */
    public static long length(Map<String, String> form) {
        long bytes = Math.max(0, form.size() - 1); // the '&' between fields
        for (Map.Entry<String, String> field : form.entrySet()) {
            bytes += length(field.getKey()) + 1 + length(field.getValue() == null ? "" : field.getValue());
        }
        return bytes;
    }

    /** The bytes {@code text} takes as a form field name or value. */
    public static long length(String text) {
        long bytes = 0;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            bytes += length(b & 0xFF);
        }
        return bytes;
    }

    /** The bytes one UTF-8 byte of a field takes: 1 as is, 3 percent-encoded. */
    public static int length(int utf8Byte) {
        boolean plain = utf8Byte >= 'a' && utf8Byte <= 'z' || utf8Byte >= 'A' && utf8Byte <= 'Z'
                || utf8Byte >= '0' && utf8Byte <= '9' || utf8Byte == '-' || utf8Byte == '.' || utf8Byte == '_'
                || utf8Byte == '*';
        return plain ? 1 : 3;
    }
}
