package org.semossjdbc.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes SQL for a tag-less {@code Query("...")} argument.
 *
 * <p>SEMOSS decodes every {@code Query} argument with {@code URLDecoder}, tagged or not, and tag-less percent-encoding
 * is the only form observed to carry every character, including {@code <encode>}, {@code </encode>}, {@code <e>},
 * quotes, backslashes, {@code %}, {@code +} and {@code ;} (docs/protocol.md, 'Encoding'; transcript 118). The encoded
 * text contains no {@code "}, {@code \}, {@code <} or {@code ;}, so neither the preprocessor nor the pixel lexer can
 * misread it.
 */
public final class PixelEncoder {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PixelEncoder() {
    }

    /** UTF-8 bytes outside {@code A-Z a-z 0-9 - _ . ~} become {@code %XX}; the rest stays as is. */
    public static String encode(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + bytes.length / 2);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** The inverse of {@link #encode}, for tests and diagnostics; {@code +} is left alone. */
    public static String decode(String encoded) {
        byte[] buffer = new byte[encoded.length()];
        int length = 0;
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                buffer[length++] = (byte) Integer.parseInt(encoded.substring(i + 1, i + 3), 16);
                i += 2;
            } else {
                buffer[length++] = (byte) c;
            }
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    /** Whether {@link #encode} keeps this byte as it is. */
    static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }
}
