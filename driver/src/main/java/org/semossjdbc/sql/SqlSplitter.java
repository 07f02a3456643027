package org.semossjdbc.sql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits SQL text into statements at top-level {@code ;} (never inside literals, comments, dollar quotes or
 * BEGIN...END bodies). A {@code BEGIN} that opens a statement is transaction control, not a block, unless it is
 * MariaDB's {@code BEGIN NOT ATOMIC}; {@code CASE ... END} is tracked so that its {@code END} does not close a block.
 */
public final class SqlSplitter {
    private SqlSplitter() {
    }

    /** The statements, trimmed, empty ones dropped (a statement of only comments counts as empty). */
    public static List<String> split(String sql, Dialect dialect) {
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        List<String> out = new ArrayList<>();
        Deque<String> blocks = new ArrayDeque<>();
        int statementStart = 0;
        boolean statementHasContent = false;
        boolean atStatementHead = true;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isTrivia()) {
                continue;
            }
            if (t.is(Token.Kind.SEMICOLON) && blocks.isEmpty()) {
                add(out, sql.substring(statementStart, t.start()), statementHasContent);
                statementStart = t.end();
                statementHasContent = false;
                atStatementHead = true;
                continue;
            }
            statementHasContent = true;
            if (t.is(Token.Kind.WORD)) {
                if (t.isWord(sql, "BEGIN")) {
                    Token next = nextSignificant(tokens, i + 1);
                    boolean notAtomic = next != null && next.isWord(sql, "NOT");
                    if (!atStatementHead || notAtomic) {
                        blocks.push("BEGIN");
                    }
                } else if (t.isWord(sql, "CASE")) {
                    Token prev = previousSignificant(tokens, i - 1);
                    if (prev == null || !prev.isWord(sql, "END")) {
                        blocks.push("CASE");
                    }
                } else if (t.isWord(sql, "END") && !blocks.isEmpty()) {
                    Token next = nextSignificant(tokens, i + 1);
                    boolean closesOther = next != null && (next.isWord(sql, "IF") || next.isWord(sql, "LOOP")
                            || next.isWord(sql, "WHILE") || next.isWord(sql, "REPEAT") || next.isWord(sql, "FOR"));
                    if (!closesOther) {
                        blocks.pop();
                    }
                }
            }
            atStatementHead = false;
        }
        add(out, sql.substring(statementStart), statementHasContent);
        return out;
    }

    private static void add(List<String> out, String statement, boolean hasContent) {
        if (hasContent) {
            out.add(statement.trim());
        }
    }

    static Token nextSignificant(List<Token> tokens, int from) {
        for (int i = from; i < tokens.size(); i++) {
            if (!tokens.get(i).isTrivia()) {
                return tokens.get(i);
            }
        }
        return null;
    }

    static Token previousSignificant(List<Token> tokens, int from) {
        for (int i = from; i >= 0; i--) {
            if (!tokens.get(i).isTrivia()) {
                return tokens.get(i);
            }
        }
        return null;
    }
}
