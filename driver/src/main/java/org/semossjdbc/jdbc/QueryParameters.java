package org.semossjdbc.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The query string of a {@code jdbc:semoss:} URL, read the one way the driver reads it: pairs separated by {@code &},
 * empty pairs skipped, name and value percent-decoded as form data (UTF-8, {@code +} is a space), a pair without
 * {@code =} an empty value. The connection's parser, the data source and the redaction of shown URLs all go through
 * here, so a name the parser takes for {@code password} (say {@code pass%77ord}) is a password everywhere.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    /** One {@code name=value} pair as written in the URL; {@link #name()} and {@link #value()} decode it. */
    record Pair(String raw) {
        private int separator() {
            return raw.indexOf('=');
        }

        /** The name as written, still percent-encoded. */
        String rawName() {
            int eq = separator();
            return eq < 0 ? raw : raw.substring(0, eq);
        }

        /**
         * The decoded name, as the parser matches it against {@link DriverProperty#forKey}.
         *
         * @throws IllegalArgumentException on malformed percent-encoding
         */
        String name() {
            return decode(rawName());
        }

        /**
         * The decoded value.
         *
         * @throws IllegalArgumentException on malformed percent-encoding
         */
        String value() {
            int eq = separator();
            return eq < 0 ? "" : decode(raw.substring(eq + 1));
        }
    }

    /** The non-empty pairs of a raw (still encoded) query string; none for null or empty. */
    static List<Pair> split(String rawQuery) {
        List<Pair> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                pairs.add(new Pair(pair));
            }
        }
        return pairs;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
