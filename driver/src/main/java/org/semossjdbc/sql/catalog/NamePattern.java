package org.semossjdbc.sql.catalog;

/**
 * A JDBC name pattern ({@code %} any run, {@code _} one character, {@code \} escapes the next {@code %}, {@code _}
 * or {@code \}; {@code getSearchStringEscape()} is {@code \}), normalised so that it means the same on every
 * backend.
 *
 * <p>A backslash before any other character, or at the very end, is taken literally: PostgreSQL rejects a LIKE
 * pattern ending in its escape character and H2 rejects an escape before an ordinary character, so such input is
 * re-escaped rather than passed through. A pattern without wildcards becomes an exact name, compared with
 * {@code =} (which also spares the backend the LIKE machinery).
 */
final class NamePattern {

    /** The escape character of {@link #likePattern()}, to be given in {@code LIKE ... ESCAPE}. */
    static final String ESCAPE = "\\";

    private final String likePattern;
    private final String exactName;
    private final boolean matchesAll;

    private NamePattern(String likePattern, String exactName, boolean matchesAll) {
        this.likePattern = likePattern;
        this.exactName = exactName;
        this.matchesAll = matchesAll;
    }

    /** Parses a JDBC pattern; {@code jdbcPattern} must not be null (null means "no filter" to the caller). */
    static NamePattern parse(String jdbcPattern) {
        StringBuilder like = new StringBuilder();
        StringBuilder exact = new StringBuilder();
        boolean wildcard = false;
        boolean onlyPercent = !jdbcPattern.isEmpty();
        for (int i = 0; i < jdbcPattern.length(); i++) {
            char c = jdbcPattern.charAt(i);
            if (c == '\\' && i + 1 < jdbcPattern.length() && isSpecial(jdbcPattern.charAt(i + 1))) {
                char escaped = jdbcPattern.charAt(++i);
                like.append('\\').append(escaped);
                exact.append(escaped);
                onlyPercent = false;
            } else if (c == '%' || c == '_') {
                like.append(c);
                wildcard = true;
                onlyPercent &= c == '%';
            } else if (c == '\\') {
                like.append("\\\\");
                exact.append(c);
                onlyPercent = false;
            } else {
                like.append(c);
                exact.append(c);
                onlyPercent = false;
            }
        }
        return new NamePattern(like.toString(), wildcard ? null : exact.toString(), onlyPercent);
    }

    private static boolean isSpecial(char c) {
        return c == '%' || c == '_' || c == '\\';
    }

    /** Whether every name matches (the pattern is one or more {@code %}). */
    boolean matchesAll() {
        return matchesAll;
    }

    /** The name to compare with {@code =} when the pattern has no wildcard; null otherwise. */
    String exactName() {
        return exactName;
    }

    /** The pattern for {@code LIKE ... ESCAPE '\'}: wildcards kept, literal {@code %}, {@code _}, {@code \} escaped. */
    String likePattern() {
        return likePattern;
    }
}
