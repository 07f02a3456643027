package org.semossjdbc.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL split at its {@code ?} parameter markers, found by the lexer (never inside literals, quoted identifiers,
 * comments or dollar quotes). Immutable; parse once per PreparedStatement.
 *
 * <p>PostgreSQL: as in pgjdbc, a user writes the {@code ?} operator as {@code ??}; it is rendered as a single
 * {@code ?}. The jsonb operators {@code ?|} and {@code ?&} are recognised as operators as written (but {@code ?||}
 * and {@code ?&&} are a marker followed by an operator). Other dialects have no {@code ?} operator: every {@code ?}
 * outside literals and comments is a marker.
 *
 * <p>Rendering inserts a space between a marker and an adjacent word character when the literal would otherwise
 * fuse with it or change meaning (e.g. {@code LIKE?} with {@code E'..'}, or {@code E?} with {@code '..'}, which
 * would become an escape string).
 */
public final class ParsedStatement {
    private final String sql;
    /** The text between markers: {@code segments.length == parameterCount + 1}. */
    private final String[] segments;
    /** Whether the text just before marker i ends with a word character. */
    private final boolean[] wordBefore;
    /** Whether the text just after marker i starts with a word character. */
    private final boolean[] wordAfter;
    private final int fixedLength;
    private final MultiRowInsert multiRow;

    private ParsedStatement(String sql, String[] segments, boolean[] wordBefore, boolean[] wordAfter,
                            MultiRowInsert multiRow) {
        this.sql = sql;
        this.segments = segments;
        this.wordBefore = wordBefore;
        this.wordAfter = wordAfter;
        int length = 0;
        for (String s : segments) {
            length += s.length();
        }
        this.fixedLength = length;
        this.multiRow = multiRow;
    }

    /** Tokenizes {@code sql} for {@code dialect}. */
    public static ParsedStatement parse(String sql, Dialect dialect) {
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        Segments s = Segments.of(sql, tokens, 0, tokens.size());
        return new ParsedStatement(sql, s.texts, s.wordBefore, s.wordAfter, MultiRow.detect(sql, tokens));
    }

    /** The original SQL text. */
    public String sql() {
        return sql;
    }

    /** How many {@code ?} markers the SQL holds. */
    public int parameterCount() {
        return segments.length - 1;
    }

    /**
     * The final SQL with each marker replaced by {@code literals[i]} (already rendered by {@link LiteralRenderer}).
     * The caller checks that every parameter is set.
     *
     * @throws IllegalArgumentException if {@code literals} does not hold exactly {@link #parameterCount()} values
     */
    public String render(String[] literals) {
        if (literals.length != segments.length - 1) {
            throw new IllegalArgumentException("Expected " + (segments.length - 1) + " parameter values, got " + literals.length);
        }
        if (literals.length == 0) {
            return segments[0];
        }
        int length = fixedLength;
        for (String l : literals) {
            length += l.length() + 2;
        }
        StringBuilder out = new StringBuilder(length);
        Segments.appendRendered(out, segments, wordBefore, wordAfter, literals);
        return out.toString();
    }

    /**
     * For {@code INSERT INTO t [(cols)] VALUES (<one row with markers>)} with nothing after the row: a form that
     * renders many parameter rows into one multi-row INSERT. Empty for any other statement (ON CONFLICT, ON DUPLICATE
     * KEY UPDATE, RETURNING, INSERT ... SELECT, several statements, ...).
     */
    public Optional<MultiRowInsert> multiRowInsert() {
        return Optional.ofNullable(multiRow);
    }

    /** Renders several rows of one single-row INSERT as one multi-row INSERT. */
    public interface MultiRowInsert {
        /** {@code INSERT INTO t (cols) VALUES (row1), (row2), ...}; each array holds one row's literals. */
        String render(List<String[]> rows);

        /** The length of the SQL without any row, so callers can chunk under a size limit. */
        int prefixLength();
    }

    /** Marker-separated text of a token range, with the adjacency flags rendering needs. */
    static final class Segments {
        final String[] texts;
        final boolean[] wordBefore;
        final boolean[] wordAfter;

        private Segments(String[] texts, boolean[] wordBefore, boolean[] wordAfter) {
            this.texts = texts;
            this.wordBefore = wordBefore;
            this.wordAfter = wordAfter;
        }

        static Segments of(String sql, List<Token> tokens, int from, int to) {
            List<String> texts = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.kind() == Token.Kind.MARKER) {
                    texts.add(current.toString());
                    current.setLength(0);
                } else if (t.kind() == Token.Kind.ESCAPED_QUESTION) {
                    current.append('?');
                } else {
                    current.append(sql, t.start(), t.end());
                }
            }
            texts.add(current.toString());
            String[] array = texts.toArray(new String[0]);
            boolean[] before = new boolean[array.length - 1];
            boolean[] after = new boolean[array.length - 1];
            for (int i = 0; i < before.length; i++) {
                String b = array[i];
                String a = array[i + 1];
                before[i] = !b.isEmpty() && SqlLexer.isWordPart(b.charAt(b.length() - 1));
                after[i] = !a.isEmpty() && SqlLexer.isWordPart(a.charAt(0));
            }
            return new Segments(array, before, after);
        }

        static void appendRendered(StringBuilder out, String[] segments, boolean[] wordBefore, boolean[] wordAfter,
                                   String[] literals) {
            out.append(segments[0]);
            for (int i = 0; i < literals.length; i++) {
                String literal = literals[i];
                // a word just before the marker would fuse with the literal: LIKE?  ->  LIKEE'..', or E?  ->  E'..'
                if (wordBefore[i] && !literal.isEmpty() && (SqlLexer.isWordPart(literal.charAt(0)) || literal.charAt(0) == '\'')) {
                    out.append(' ');
                }
                out.append(literal);
                if (wordAfter[i] && !literal.isEmpty() && SqlLexer.isWordPart(literal.charAt(literal.length() - 1))) {
                    out.append(' ');
                }
                out.append(segments[i + 1]);
            }
        }
    }

    /** Finds the single-row INSERT shape and renders it for many rows. */
    static final class MultiRow implements MultiRowInsert {
        private final String prefix;
        private final Segments row;
        private final String suffix;

        private MultiRow(String prefix, Segments row, String suffix) {
            this.prefix = prefix;
            this.row = row;
            this.suffix = suffix;
        }

        static MultiRow detect(String sql, List<Token> tokens) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!tokens.get(i).isTrivia()) {
                    idx.add(i);
                }
            }
            int p = 0;
            if (p >= idx.size() || !tokens.get(idx.get(p)).isWord(sql, "INSERT")) {
                return null;
            }
            p++;
            if (p >= idx.size() || !tokens.get(idx.get(p)).isWord(sql, "INTO")) {
                return null;
            }
            p++;
            // table name: word or quoted identifier, optionally qualified
            if (p >= idx.size() || !isName(tokens.get(idx.get(p)))) {
                return null;
            }
            p++;
            while (p + 1 < idx.size() && tokens.get(idx.get(p)).text(sql).equals(".") && isName(tokens.get(idx.get(p + 1)))) {
                p += 2;
            }
            if (p < idx.size() && tokens.get(idx.get(p)).is(Token.Kind.LEFT_PAREN)) {
                int close = matching(tokens, idx, p);
                if (close < 0) {
                    return null;
                }
                for (int q = p + 1; q < close; q++) {
                    Token t = tokens.get(idx.get(q));
                    if (!isName(t) && !t.is(Token.Kind.COMMA) && !t.text(sql).equals(".")) {
                        return null;
                    }
                }
                p = close + 1;
            }
            if (p >= idx.size() || !(tokens.get(idx.get(p)).isWord(sql, "VALUES") || tokens.get(idx.get(p)).isWord(sql, "VALUE"))) {
                return null;
            }
            p++;
            if (p >= idx.size() || !tokens.get(idx.get(p)).is(Token.Kind.LEFT_PAREN)) {
                return null;
            }
            int open = p;
            int close = matching(tokens, idx, open);
            if (close < 0) {
                return null;
            }
            for (int q = close + 1; q < idx.size(); q++) {
                if (!tokens.get(idx.get(q)).is(Token.Kind.SEMICOLON) || q != idx.size() - 1) {
                    return null;
                }
            }
            int rowStart = idx.get(open);
            int rowEnd = idx.get(close) + 1;
            String prefix = sql.substring(0, tokens.get(rowStart).start());
            String suffix = sql.substring(tokens.get(rowEnd - 1).end());
            return new MultiRow(prefix, Segments.of(sql, tokens, rowStart, rowEnd), suffix);
        }

        private static boolean isName(Token t) {
            return t.is(Token.Kind.WORD) || t.is(Token.Kind.QUOTED_IDENTIFIER);
        }

        private static int matching(List<Token> tokens, List<Integer> idx, int open) {
            int depth = 0;
            for (int q = open; q < idx.size(); q++) {
                Token t = tokens.get(idx.get(q));
                if (t.is(Token.Kind.LEFT_PAREN)) {
                    depth++;
                } else if (t.is(Token.Kind.RIGHT_PAREN) && --depth == 0) {
                    return q;
                }
            }
            return -1;
        }

        @Override
        public String render(List<String[]> rows) {
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("A multi-row INSERT needs at least one row");
            }
            int perRow = row.texts.length - 1;
            StringBuilder out = new StringBuilder(prefix.length() + suffix.length() + rows.size() * 32);
            out.append(prefix);
            for (int r = 0; r < rows.size(); r++) {
                String[] literals = rows.get(r);
                if (literals.length != perRow) {
                    throw new IllegalArgumentException("Row " + (r + 1) + " has " + literals.length
                            + " values, the statement expects " + perRow);
                }
                if (r > 0) {
                    out.append(", ");
                }
                Segments.appendRendered(out, row.texts, row.wordBefore, row.wordAfter, literals);
            }
            out.append(suffix);
            return out.toString();
        }

        @Override
        public int prefixLength() {
            return prefix.length() + suffix.length();
        }
    }
}
