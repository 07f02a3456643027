package org.semossjdbc.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Translates JDBC escape syntax ({@code {fn ...}}, {@code {d ...}}, {@code {t ...}}, {@code {ts ...}},
 * {@code {oj ...}}, {@code {escape ...}}, {@code {call ...}}, {@code {? = call ...}}, {@code {limit ...}}) for a
 * dialect. Escapes are found by the lexer, so a brace inside a literal, quoted identifier or comment is left alone;
 * escapes may nest. A brace group that is not a known escape is kept as written.
 *
 * <p>{@code {? = call f(args)}} loses its {@code ?}: the result comes back as a one-row result set
 * ({@code SELECT f(args)}), so the caller must not count that marker as a parameter.
 */
public final class JdbcEscapes {
    private static final Pattern BACKSLASH_ESCAPE_CLAUSE =
            Pattern.compile("\\{\\s*escape\\s+'\\\\'\\s*}", Pattern.CASE_INSENSITIVE);

    private JdbcEscapes() {
    }

    /** Returns {@code sql} unchanged (the same instance) when it holds no escape outside literals and comments. */
    public static String translate(String sql, Dialect dialect) {
        if (sql.indexOf('{') < 0) {
            return sql;
        }
        if (dialect == Dialect.MARIADB && sql.contains("'\\'")) {
            // {escape '\'} is written for the standard reading of '\'; MariaDB would read the quote as escaped and
            // run the literal on, so the escape is rewritten with MariaDB's spelling of a backslash first
            sql = BACKSLASH_ESCAPE_CLAUSE.matcher(sql).replaceAll("ESCAPE '\\\\\\\\'");
        }
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        boolean anyBrace = false;
        for (Token t : tokens) {
            if (t.is(Token.Kind.LEFT_BRACE)) {
                anyBrace = true;
                break;
            }
        }
        if (!anyBrace) {
            return sql;
        }
        String out = translateRange(sql, tokens, 0, tokens.size(), dialect);
        return out.equals(sql) ? sql : out;
    }

    private static String translateRange(String sql, List<Token> tokens, int from, int to, Dialect dialect) {
        StringBuilder out = new StringBuilder(sql.length());
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.is(Token.Kind.LEFT_BRACE)) {
                out.append(sql, t.start(), t.end());
                continue;
            }
            int close = matchingBrace(tokens, i, to);
            if (close < 0) {
                out.append(sql, t.start(), t.end());
                continue;
            }
            String inner = translateRange(sql, tokens, i + 1, close, dialect);
            String translated = EscapeFunctions.translate(inner, dialect);
            out.append(translated == null ? "{" + inner + "}" : translated);
            i = close;
        }
        return out.toString();
    }

    private static int matchingBrace(List<Token> tokens, int open, int to) {
        int depth = 0;
        for (int i = open; i < to; i++) {
            Token t = tokens.get(i);
            if (t.is(Token.Kind.LEFT_BRACE)) {
                depth++;
            } else if (t.is(Token.Kind.RIGHT_BRACE) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits {@code text} at top-level commas (outside parentheses, literals and comments). */
    static List<String> splitArguments(String text, Dialect dialect) {
        List<String> args = new ArrayList<>();
        List<Token> tokens = SqlLexer.tokenize(text, dialect);
        int depth = 0;
        int start = 0;
        for (Token t : tokens) {
            if (t.is(Token.Kind.LEFT_PAREN)) {
                depth++;
            } else if (t.is(Token.Kind.RIGHT_PAREN)) {
                depth--;
            } else if (t.is(Token.Kind.COMMA) && depth == 0) {
                args.add(text.substring(start, t.start()).trim());
                start = t.end();
            }
        }
        String last = text.substring(start).trim();
        if (!last.isEmpty() || !args.isEmpty()) {
            args.add(last);
        }
        return args;
    }

    static String keyword(String text) {
        int i = 0;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return text.substring(0, i).toLowerCase(Locale.ROOT);
    }
}
