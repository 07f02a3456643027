package org.semossjdbc.reliability;

import java.util.List;
import java.util.Random;

/**
 * Generates random strings biased toward what breaks SQL literals, pixel strings and URL/percent encodings: quotes,
 * backslashes, {@code %}, {@code +}, control characters, non-BMP characters, the pixel preprocessor's markers and
 * injection attempts. Deterministic for a seed, so a failure can be replayed.
 */
final class HostileStrings {
    /** Pieces a string is built from, each drawn with the weight next to it. */
    private static final List<Weighted> ATOMS = List.of(
            new Weighted(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".split("")),
            new Weighted(5, " ", "\t", "\n", "\r", "\r\n", "  "),
            new Weighted(10, "'", "''", "\"", "`", "'''"),
            new Weighted(8, "\\", "\\'", "\\\"", "\\n", "\\\\", "\\u0041", "\\x41"),
            new Weighted(8, "%", "%41", "%20", "%%", "%zz", "%E4%B8%AD", "+", "%2B", "100%", "a+b", "&=#?/"),
            new Weighted(6, controls()),
            new Weighted(6, "\uD83D\uDE00", "\uD840\uDC0B", "\uDBFF\uDFFD", "\uD83D\uDC69\u200D\uD83D\uDCBB",
                    "\uD834\uDD1E"),
            new Weighted(5, "\u00E9", "\u4E2D\u6587", "\uFEFF", "\u2028", "\uFFFD", "\u00A0", "\u03A9", "\u0301"),
            new Weighted(12, "<encode>", "</encode>", "<e>", "</e>", "<sEncode>", "</sEncode>", "\"", ";", "|",
                    "<encode>x</encode>", "<sEncode>q</sEncode>", "<", ">"),
            new Weighted(8, "'; DROP TABLE CANARY; --", "'); DELETE FROM CANARY; --", "\"); DropInsight(); (\"",
                    "*/", "/*", "--", "#", "$$", "$tag$", "?", "??", ":p", "{fn now()}", "{d '2020-01-01'}", "{", "}",
                    "E'", "N'", "0x41", "\\0", "');", "\")|ExecQuery(commit=true);", "META | ", "@@version"));

    private static final String NUL = "\u0000";
    private static final String[] LONE_SURROGATES = {"\uD800", "\uDBFF", "\uDC00", "\uDFFF"};

    private final Random random;
    private final int totalWeight;

    HostileStrings(long seed) {
        this.random = new Random(seed);
        this.totalWeight = ATOMS.stream().mapToInt(Weighted::weight).sum();
    }

    private static String[] controls() {
        String[] out = new String[33];
        for (int c = 1; c < 0x20; c++) {
            out[c - 1] = String.valueOf((char) c);
        }
        out[31] = "\u007F";
        out[32] = "\u0085";
        return out;
    }

    /**
     * The next string: usually up to 30 pieces, sometimes up to 1,500 (long values cross the driver's chunking),
     * now and then NUL (storable only on some backends) and, rarely, a lone surrogate (storable nowhere).
     */
    String next() {
        int roll = random.nextInt(1000);
        int pieces = roll < 20 ? random.nextInt(1500) : random.nextInt(31);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            out.append(atom());
        }
        if (roll >= 990) {
            out.insert(random.nextInt(out.length() + 1), NUL);
        }
        if (roll == 999 || roll == 500) {
            out.insert(random.nextInt(out.length() + 1), LONE_SURROGATES[random.nextInt(LONE_SURROGATES.length)]);
        }
        return out.toString();
    }

    private String atom() {
        int pick = random.nextInt(totalWeight);
        for (Weighted weighted : ATOMS) {
            pick -= weighted.weight;
            if (pick < 0) {
                return weighted.values[random.nextInt(weighted.values.length)];
            }
        }
        throw new AssertionError();
    }

    /** Whether {@code value} holds a UTF-16 code unit that is not part of a surrogate pair (no UTF-8 form exists). */
    static boolean hasLoneSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** A printable form for failure messages: every character outside printable ASCII as {@code \\uXXXX}. */
    static String show(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        value.chars().limit(120).forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return out.append(value.length() > 120 ? "...\" (" + value.length() + " chars)" : "\"").toString();
    }

    private record Weighted(int weight, String... values) {
    }
}
