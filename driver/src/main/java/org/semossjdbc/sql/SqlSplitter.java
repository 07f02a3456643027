package org.semossjdbc.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits SQL text into statements at top-level {@code ;} (never inside literals, comments, dollar quotes or
 * BEGIN...END bodies).
 *
 * <p>Bodies are tracked only where they can occur: in statements that start with {@code CREATE} or {@code ALTER}
 * (procedures, functions, triggers, events, PostgreSQL {@code BEGIN ATOMIC}) and in MariaDB's
 * {@code BEGIN NOT ATOMIC} blocks. A {@code BEGIN} that opens a statement is transaction control, and a
 * {@code BEGIN} used as a column name ({@code (begin INT, ...}, {@code SELECT begin FROM t}) opens nothing.
 * {@code CASE ... END} is tracked so that its {@code END} does not close a body; {@code END IF}, {@code END LOOP},
 * {@code END WHILE}, {@code END REPEAT} and {@code END FOR} close nothing we track.
 */
public final class SqlSplitter {
    private SqlSplitter() {
    }

    /** The statements, trimmed, empty ones dropped (a statement of only comments counts as empty). */
    public static List<String> split(String sql, Dialect dialect) {
        List<Token> tokens = SqlLexer.significant(SqlLexer.tokenize(sql, dialect));
        List<String> out = new ArrayList<>();
        for (int[] range : statementRanges(sql, tokens)) {
            // from the separating ';' before to the one after, so that comments inside the statement stay with it
            int from = range[0] == 0 ? 0 : tokens.get(range[0] - 1).end();
            int to = range[1] < tokens.size() ? tokens.get(range[1]).start() : sql.length();
            out.add(sql.substring(from, to).trim());
        }
        return out;
    }

    /**
     * The statements of a text as half-open ranges {@code [from, to)} of indexes into {@code tokens} (its significant
     * tokens), separating semicolons excluded; empty ranges are dropped.
     */
    static List<int[]> statementRanges(String sql, List<Token> tokens) {
        List<int[]> ranges = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        int start = 0;
        boolean tracksBodies = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Token.Kind.SEMICOLON) && blocks.isEmpty()) {
                if (i > start) {
                    ranges.add(new int[] {start, i});
                }
                start = i + 1;
                continue;
            }
            if (i == start) {
                tracksBodies = t.isWord(sql, "CREATE") || t.isWord(sql, "ALTER")
                        || t.isWord(sql, "BEGIN") && i + 1 < tokens.size() && tokens.get(i + 1).isWord(sql, "NOT");
            }
            if (!tracksBodies || t.kind() != Token.Kind.WORD) {
                continue;
            }
            Token previous = i > start ? tokens.get(i - 1) : null;
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (t.isWord(sql, "BEGIN")) {
                if (opensBody(sql, previous, next)) {
                    blocks.push("BEGIN");
                }
            } else if (t.isWord(sql, "CASE")) {
                if (previous == null || !previous.isWord(sql, "END")) {
                    blocks.push("CASE");
                }
            } else if (t.isWord(sql, "END") && !blocks.isEmpty()) {
                boolean closesOther = next != null && (next.isWord(sql, "IF") || next.isWord(sql, "LOOP")
                        || next.isWord(sql, "WHILE") || next.isWord(sql, "REPEAT") || next.isWord(sql, "FOR"));
                if (!closesOther) {
                    blocks.pop();
                }
            }
        }
        if (tokens.size() > start) {
            ranges.add(new int[] {start, tokens.size()});
        }
        return ranges;
    }

    /** A BEGIN used as a name sits in a list or before FROM/AS/an operator; a body's BEGIN does not. */
    private static boolean opensBody(String sql, Token previous, Token next) {
        if (previous != null && (previous.is(Token.Kind.LEFT_PAREN) || previous.is(Token.Kind.COMMA)
                || previous.text(sql).equals(".") || previous.isWord(sql, "SELECT"))) {
            return false;
        }
        return next == null || !(next.is(Token.Kind.COMMA) || next.is(Token.Kind.RIGHT_PAREN)
                || next.is(Token.Kind.OPERATOR) || next.isWord(sql, "FROM") || next.isWord(sql, "AS"));
    }
}
