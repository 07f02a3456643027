package org.semossjdbc.emulator.pixel;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The server's URL codec ({@code Utility.encodeURIComponent} / {@code decodeURIComponent} in SEMOSS), quirks
 * included: decoding turns a bare {@code +} into a space and rejects a bare {@code %} with the JDK's
 * {@link URLDecoder} message, exactly as the recorded server does (transcripts 120, 121).
 */
public final class UrlCodec {

    private UrlCodec() {
    }

    /** {@code URLEncoder.encode(text, UTF-8)} with {@code +} written as {@code %20}. */
    public static String encode(String text) {
        // The server's further replacements of ! ' ( ) ~ never match: URLEncoder has already encoded them.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The server's decode: a few escapes are turned back first, then {@link URLDecoder} runs.
     *
     * @throws IllegalArgumentException with URLDecoder's own message for malformed escapes
     */
    public static String decode(String text) {
        String prepared = text.replace("%20", "+")
                .replace("%21", "!")
                .replace("%27", "'")
                .replace("%28", "(")
                .replace("%29", ")")
                .replace("%7E", "~");
        return URLDecoder.decode(prepared, StandardCharsets.UTF_8);
    }
}
