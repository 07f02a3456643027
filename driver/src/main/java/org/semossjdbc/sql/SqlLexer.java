package org.semossjdbc.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, forgiving SQL lexer per dialect. It never fails: an unterminated literal or comment simply runs to the end
 * of the text, so that nothing after it can be mistaken for a marker or a keyword.
 *
 * <p>Dialect rules that matter for safety:
 * <ul>
 *   <li>PostgreSQL: {@code E'..'} strings use backslash escapes; {@code $tag$..$tag$} dollar quotes; block comments
 *       nest; {@code ??} is an escaped {@code ?}, {@code ?|} and {@code ?&} are JSON operators, not markers.</li>
 *   <li>MariaDB: backslash is an escape in {@code '..'} and {@code ".."} (both strings, as {@code ANSI_QUOTES} is
 *       off); backticks quote identifiers; {@code #} and {@code -- } (dash dash space) start line comments.</li>
 *   <li>H2: {@code $$..$$} strings, {@code //} line comments, {@code "..."} and backtick identifiers.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class SqlLexer {
    private SqlLexer() {
    }

    /** Receives tokens in order; lets a caller scan megabytes without allocating a token per token. */
    interface TokenSink {
        void token(Token.Kind kind, int start, int end);
    }

    static List<Token> tokenize(String sql, Dialect dialect) {
        List<Token> tokens = new ArrayList<>(Math.max(8, sql.length() / 4));
        scan(sql, dialect, (kind, start, end) -> tokens.add(new Token(kind, start, end)));
        return tokens;
    }

    static void scan(String sql, Dialect dialect, TokenSink sink) {
        int n = sql.length();
        int i = 0;
        int bracketDepth = 0;
        Token.Kind previousKind = null;
        int previousStart = 0;
        int previousEnd = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            Token.Kind kind;
            if (isSpace(c)) {
                while (i < n && isSpace(sql.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.SPACE;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' && dashCommentAllowed(sql, i, dialect)) {
                i = lineEnd(sql, i);
                kind = Token.Kind.COMMENT;
            } else if (c == '#' && dialect == Dialect.MARIADB) {
                i = lineEnd(sql, i);
                kind = Token.Kind.COMMENT;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '/' && dialect == Dialect.H2) {
                i = lineEnd(sql, i);
                kind = Token.Kind.COMMENT;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i, dialect == Dialect.POSTGRESQL);
                kind = Token.Kind.COMMENT;
            } else if (c == '\'') {
                i = quotedEnd(sql, i, '\'', backslashEscapes(sql, previousKind, previousStart, previousEnd, dialect));
                kind = Token.Kind.STRING;
            } else if (c == '"') {
                if (dialect == Dialect.MARIADB) {
                    i = quotedEnd(sql, i, '"', true);
                    kind = Token.Kind.STRING;
                } else {
                    i = quotedEnd(sql, i, '"', false);
                    kind = Token.Kind.QUOTED_IDENTIFIER;
                }
            } else if (c == '`' && (dialect == Dialect.MARIADB || dialect == Dialect.H2)) {
                i = quotedEnd(sql, i, '`', false);
                kind = Token.Kind.QUOTED_IDENTIFIER;
            } else if (c == '$' && (dialect == Dialect.POSTGRESQL || dialect == Dialect.H2) && dollarTagEnd(sql, i, dialect) > 0) {
                int tagEnd = dollarTagEnd(sql, i, dialect);
                String tag = sql.substring(i, tagEnd);
                int close = sql.indexOf(tag, tagEnd);
                i = close < 0 ? n : close + tag.length();
                kind = Token.Kind.DOLLAR_STRING;
            } else if (isWordStart(c)) {
                i++;
                while (i < n && isWordPart(sql.charAt(i))) {
                    i++;
                }
                kind = Token.Kind.WORD;
            } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql.charAt(i + 1)))) {
                i = numberEnd(sql, i);
                kind = Token.Kind.NUMBER;
            } else if (c == '?') {
                char next = i + 1 < n ? sql.charAt(i + 1) : 0;
                char after = i + 2 < n ? sql.charAt(i + 2) : 0;
                if (dialect == Dialect.POSTGRESQL && next == '?') {
                    i += 2;
                    kind = Token.Kind.ESCAPED_QUESTION;
                } else if (dialect == Dialect.POSTGRESQL && (next == '|' && after != '|' || next == '&' && after != '&')) {
                    // jsonb ?| and ?& : an operator, unless followed by || or && (marker then operator)
                    i += 2;
                    kind = Token.Kind.OPERATOR;
                } else {
                    i++;
                    kind = Token.Kind.MARKER;
                }
            } else if (c == ':') {
                char next = i + 1 < n ? sql.charAt(i + 1) : 0;
                if (next == ':' || next == '=') {
                    i += 2;
                    kind = Token.Kind.OPERATOR;
                } else if (isWordStart(next) && next != '$' && bracketDepth == 0) {
                    i += 2;
                    while (i < n && isWordPart(sql.charAt(i))) {
                        i++;
                    }
                    kind = Token.Kind.NAMED_BIND;
                } else {
                    i++;
                    kind = Token.Kind.OPERATOR;
                }
            } else {
                i++;
                switch (c) {
                    case ';' -> kind = Token.Kind.SEMICOLON;
                    case '(' -> kind = Token.Kind.LEFT_PAREN;
                    case ')' -> kind = Token.Kind.RIGHT_PAREN;
                    case '{' -> kind = Token.Kind.LEFT_BRACE;
                    case '}' -> kind = Token.Kind.RIGHT_BRACE;
                    case ',' -> kind = Token.Kind.COMMA;
                    case '[' -> {
                        bracketDepth++;
                        kind = Token.Kind.OPERATOR;
                    }
                    case ']' -> {
                        bracketDepth = Math.max(0, bracketDepth - 1);
                        kind = Token.Kind.OPERATOR;
                    }
                    default -> kind = Token.Kind.OPERATOR;
                }
            }
            sink.token(kind, start, i);
            previousKind = kind;
            previousStart = start;
            previousEnd = i;
        }
    }

    /** The tokens without whitespace and comments. */
    static List<Token> significant(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!t.isTrivia()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * The value a STRING token denotes, as the dialect reads it (quotes removed, doubled quotes and, where the
     * dialect has them, backslash escapes resolved). Prefixes such as {@code E} are part of the preceding WORD token.
     */
    static String decodeString(String sql, Token token, boolean backslashEscapes) {
        char quote = sql.charAt(token.start());
        StringBuilder out = new StringBuilder(token.end() - token.start());
        int end = token.end() - 1;
        for (int i = token.start() + 1; i < end; i++) {
            char c = sql.charAt(i);
            if (c == quote) {
                i++;
                out.append(quote);
            } else if (c == '\\' && backslashEscapes) {
                i++;
                char e = sql.charAt(i);
                switch (e) {
                    case '0' -> out.append('\0');
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'Z' -> out.append('\u001a');
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether a {@code '} string starting after {@code tokens} uses backslash escapes in this dialect. */
    static boolean backslashEscapes(String sql, List<Token> tokens, Dialect dialect) {
        if (tokens.isEmpty()) {
            return backslashEscapes(sql, null, 0, 0, dialect);
        }
        Token prev = tokens.get(tokens.size() - 1);
        return backslashEscapes(sql, prev.kind(), prev.start(), prev.end(), dialect);
    }

    /** MariaDB always; PostgreSQL when the string is prefixed by a one-letter word {@code E} (escape string). */
    private static boolean backslashEscapes(String sql, Token.Kind previousKind, int previousStart, int previousEnd,
                                            Dialect dialect) {
        if (dialect == Dialect.MARIADB) {
            return true;
        }
        return dialect == Dialect.POSTGRESQL && previousKind == Token.Kind.WORD && previousEnd - previousStart == 1
                && (sql.charAt(previousStart) == 'E' || sql.charAt(previousStart) == 'e');
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isWordStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > 127 && Character.isLetter(c))
                || Character.isSurrogate(c);
    }

    static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c) || c == '$' || (c > 127 && Character.isLetterOrDigit(c));
    }

    private static boolean dashCommentAllowed(String sql, int i, Dialect dialect) {
        if (dialect != Dialect.MARIADB) {
            return true;
        }
        // MariaDB needs whitespace or a control character (or the end) after "--"
        if (i + 2 >= sql.length()) {
            return true;
        }
        char c = sql.charAt(i + 2);
        return c <= ' ';
    }

    private static int lineEnd(String sql, int i) {
        int n = sql.length();
        while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int blockCommentEnd(String sql, int i, boolean nested) {
        int n = sql.length();
        int depth = 1;
        i += 2;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '*' && i + 1 < n && sql.charAt(i + 1) == '/') {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (nested && c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i += 2;
                depth++;
            } else {
                i++;
            }
        }
        return n;
    }

    private static int quotedEnd(String sql, int i, char quote, boolean backslash) {
        int n = sql.length();
        i++;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\\' && backslash) {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }

    /** The end of a dollar-quote opening tag at {@code i}, or -1. H2 only knows {@code $$}. */
    private static int dollarTagEnd(String sql, int i, Dialect dialect) {
        int n = sql.length();
        int j = i + 1;
        if (j < n && sql.charAt(j) == '$') {
            return j + 1;
        }
        if (dialect != Dialect.POSTGRESQL || j >= n || !isWordStart(sql.charAt(j))) {
            return -1;
        }
        while (j < n && (isWordStart(sql.charAt(j)) || isDigit(sql.charAt(j)))) {
            j++;
        }
        return j < n && sql.charAt(j) == '$' ? j + 1 : -1;
    }

    private static int numberEnd(String sql, int i) {
        int n = sql.length();
        if (sql.startsWith("0x", i) || sql.startsWith("0X", i)) {
            i += 2;
            while (i < n && (isDigit(sql.charAt(i)) || "abcdefABCDEF".indexOf(sql.charAt(i)) >= 0)) {
                i++;
            }
            return i;
        }
        while (i < n && (isDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i < n && sql.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(sql.charAt(i))) {
                i++;
            }
        }
        if (i < n && (sql.charAt(i) == 'e' || sql.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (sql.charAt(j) == '+' || sql.charAt(j) == '-')) {
                j++;
            }
            if (j < n && isDigit(sql.charAt(j))) {
                i = j;
                while (i < n && isDigit(sql.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }
}
