package org.semossjdbc.sql;

import java.util.List;
import java.util.Optional;

/**
 * Rewrites data-changing SQL into the forms SEMOSS's two paths need. Pure functions.
 *
 * <p>The rewrites work on the statement's text without its trailing {@code ;} and trailing comments (a trailing
 * {@code --} comment would otherwise swallow the closing parenthesis of the wrapper).
 */
public final class WriteForms {
    private WriteForms() {
    }

    /** The name of the PostgreSQL common table expression in the counting form. */
    static final String COUNT_CTE = "semoss_count";

    /**
     * A statement that returns the number of rows a data-changing statement touched, and persists its change, through
     * the read path: H2 {@code SELECT COUNT(*) FROM FINAL TABLE (...)} / {@code OLD TABLE} for DELETE, PostgreSQL
     * {@code WITH c AS (... RETURNING 1) SELECT COUNT(*) FROM c}, MariaDB {@code INSERT|DELETE|REPLACE ... RETURNING 1}.
     * Empty where the dialect has no such form for this statement (MariaDB UPDATE, multi-table DELETE, ON DUPLICATE
     * KEY UPDATE, a leading WITH, an existing RETURNING, DDL, several statements, ...).
     */
    public static Optional<CountingQuery> countingForm(String sql, Classification classification, Dialect dialect) {
        Shape shape = Shape.of(sql, classification, dialect);
        if (shape == null || shape.hasReturning) {
            return Optional.empty();
        }
        String head = shape.head;
        String body = shape.body;
        return switch (dialect) {
            case H2 -> switch (head) {
                case "INSERT", "UPDATE", "MERGE" -> shape.hasOnDuplicateKey ? Optional.empty()
                        : Optional.of(new CountingQuery("SELECT COUNT(*) FROM FINAL TABLE (" + body + ")", true));
                case "DELETE" -> Optional.of(new CountingQuery("SELECT COUNT(*) FROM OLD TABLE (" + body + ")", true));
                default -> Optional.empty();
            };
            case POSTGRESQL -> switch (head) {
                case "INSERT", "UPDATE", "DELETE" -> Optional.of(new CountingQuery(
                        "WITH " + COUNT_CTE + " AS (" + body + " RETURNING 1) SELECT COUNT(*) FROM " + COUNT_CTE, true));
                default -> Optional.empty();
            };
            case MARIADB -> switch (head) {
                case "INSERT", "REPLACE" -> shape.hasOnDuplicateKey ? Optional.empty()
                        : Optional.of(new CountingQuery(body + " RETURNING 1", false));
                case "DELETE" -> shape.isMultiTableDelete ? Optional.empty()
                        : Optional.of(new CountingQuery(body + " RETURNING 1", false));
                default -> Optional.empty();
            };
            case GENERIC -> Optional.empty();
        };
    }

    /**
     * An INSERT rewritten to return its generated keys through the read path ({@code RETURNING} or H2
     * {@code FINAL TABLE}); {@code keyColumns} empty means every column. Empty where the dialect cannot.
     * Column names that are plain identifiers are written as given (the backend folds their case); others are quoted.
     */
    public static Optional<String> returningForm(String sql, Classification classification, Dialect dialect,
                                                 List<String> keyColumns) {
        Shape shape = Shape.of(sql, classification, dialect);
        if (shape == null || shape.hasReturning || !shape.head.equals("INSERT") && !shape.head.equals("REPLACE")) {
            return Optional.empty();
        }
        String columns = keyColumns.isEmpty() ? "*" : columnList(keyColumns, dialect);
        return switch (dialect) {
            case H2 -> shape.hasOnDuplicateKey ? Optional.empty()
                    : Optional.of("SELECT " + columns + " FROM FINAL TABLE (" + shape.body + ")");
            case POSTGRESQL -> shape.head.equals("INSERT") ? Optional.of(shape.body + " RETURNING " + columns) : Optional.empty();
            case MARIADB -> Optional.of(shape.body + " RETURNING " + columns);
            case GENERIC -> Optional.empty();
        };
    }

    private static String columnList(List<String> columns, Dialect dialect) {
        StringBuilder out = new StringBuilder();
        for (String c : columns) {
            if (out.length() > 0) {
                out.append(", ");
            }
            if (c.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                out.append(c);
            } else if (dialect == Dialect.MARIADB) {
                out.append('`').append(c.replace("`", "``")).append('`');
            } else {
                out.append('"').append(c.replace("\"", "\"\"")).append('"');
            }
        }
        return out.toString();
    }

    /**
     * SQL for the write path, which runs it as a server-side prepared statement: a {@code ?} outside literals,
     * quoted identifiers and comments would be a parameter marker, so it is escaped for the dialect (PostgreSQL
     * {@code ??}). Throws IllegalArgumentException where the dialect has no escape for it.
     * SQL starting with {@code CREATE} is returned unchanged (the server runs it unprepared).
     *
     * <p>MariaDB (mariadb-java-client 1.1.9 splits the text at {@code ?} itself and does not know comments): a
     * {@code ?} or quote character inside a comment is replaced by a space, except in executable {@code /*!...*}{@code /}
     * comments. H2 and the generic dialect: a {@code ?} inside a comment is replaced by a space. PostgreSQL: pgjdbc skips
     * comments, so they are left as written. Returns the same instance when nothing changes.
     */
    public static String forPreparedExecution(String sql, Dialect dialect) {
        if (sql.startsWith("CREATE") && !sql.startsWith("CREATE DATABASE")) {
            return sql;
        }
        if (sql.indexOf('?') < 0) {
            // without any '?' no parser can find a marker, whatever it makes of comments
            return sql;
        }
        List<Token> tokens = SqlLexer.tokenize(sql, dialect);
        StringBuilder out = new StringBuilder(sql.length() + 8);
        boolean changed = false;
        for (Token t : tokens) {
            switch (t.kind()) {
                case MARKER, ESCAPED_QUESTION, OPERATOR -> {
                    String text = t.text(sql);
                    if (text.indexOf('?') >= 0) {
                        if (dialect != Dialect.POSTGRESQL) {
                            throw new IllegalArgumentException("The SQL holds a '?' outside literals at offset " + t.start()
                                    + ", which cannot be sent through " + dialect + "'s write path: the server runs it as a"
                                    + " prepared statement, where '?' is a parameter marker with no escape");
                        }
                        out.append(text.replace("?", "??"));
                        changed = true;
                    } else {
                        out.append(text);
                    }
                }
                case COMMENT -> {
                    String text = t.text(sql);
                    String cleaned = cleanComment(text, dialect);
                    changed |= cleaned != text;
                    out.append(cleaned);
                }
                default -> out.append(sql, t.start(), t.end());
            }
        }
        return changed ? out.toString() : sql;
    }

    private static String cleanComment(String text, Dialect dialect) {
        if (dialect == Dialect.POSTGRESQL) {
            return text;
        }
        if (dialect == Dialect.MARIADB) {
            if (text.startsWith("/*!") || text.startsWith("/*M!")) {
                return text;
            }
            boolean dirty = false;
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c == '?' || c == '\'' || c == '"' || c == '`') {
                    chars[i] = ' ';
                    dirty = true;
                }
            }
            return dirty ? new String(chars) : text;
        }
        return text.indexOf('?') >= 0 ? text.replace('?', ' ') : text;
    }

    /**
     * A counting query and how to read its result.
     *
     * @param sql         the statement to send through the read path
     * @param countColumn true: one row whose first column is the count; false: one row per changed row
     */
    public record CountingQuery(String sql, boolean countColumn) {
    }

    /** What the rewrites need to know about one data-changing statement. */
    private static final class Shape {
        String head;
        String body;
        boolean hasReturning;
        boolean hasOnDuplicateKey;
        boolean isMultiTableDelete;

        static Shape of(String sql, Classification classification, Dialect dialect) {
            if (classification.multipleStatements()) {
                return null;
            }
            List<Token> all = SqlLexer.tokenize(sql, dialect);
            int last = all.size() - 1;
            while (last >= 0 && (all.get(last).isTrivia() || all.get(last).is(Token.Kind.SEMICOLON))) {
                last--;
            }
            if (last < 0) {
                return null;
            }
            List<Token> tokens = SqlLexer.significant(all.subList(0, last + 1));
            for (Token t : tokens) {
                if (t.is(Token.Kind.SEMICOLON)) {
                    return null;
                }
            }
            Token first = tokens.get(0);
            if (first.kind() != Token.Kind.WORD) {
                return null;
            }
            Shape s = new Shape();
            s.head = first.text(sql).toUpperCase(java.util.Locale.ROOT);
            if (!List.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE").contains(s.head)) {
                return null;
            }
            // the body keeps leading comments: they sit harmlessly inside the wrapper's parentheses
            s.body = sql.substring(0, all.get(last).end());
            int depth = 0;
            for (int i = 1; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is(Token.Kind.LEFT_PAREN)) {
                    depth++;
                } else if (t.is(Token.Kind.RIGHT_PAREN)) {
                    depth--;
                } else if (depth == 0 && t.isWord(sql, "RETURNING")) {
                    s.hasReturning = true;
                } else if (depth == 0 && t.isWord(sql, "DUPLICATE") && tokens.get(i - 1).isWord(sql, "ON")) {
                    s.hasOnDuplicateKey = true;
                } else if (depth == 0 && t.isWord(sql, "USING") && s.head.equals("DELETE")) {
                    s.isMultiTableDelete = true;
                }
            }
            if (s.head.equals("DELETE")) {
                // single-table DELETE: DELETE [LOW_PRIORITY] [QUICK] [IGNORE] FROM t ...
                int i = 1;
                while (i < tokens.size() && (tokens.get(i).isWord(sql, "LOW_PRIORITY") || tokens.get(i).isWord(sql, "QUICK")
                        || tokens.get(i).isWord(sql, "IGNORE"))) {
                    i++;
                }
                if (i >= tokens.size() || !tokens.get(i).isWord(sql, "FROM")) {
                    s.isMultiTableDelete = true;
                } else {
                    // DELETE FROM t1, t2 USING ...
                    for (int j = i + 1; j < tokens.size() && !endsTableList(sql, tokens.get(j)); j++) {
                        if (tokens.get(j).is(Token.Kind.COMMA)) {
                            s.isMultiTableDelete = true;
                        }
                    }
                }
            }
            return s;
        }

        private static boolean endsTableList(String sql, Token t) {
            return t.isWord(sql, "WHERE") || t.isWord(sql, "ORDER") || t.isWord(sql, "LIMIT") || t.isWord(sql, "RETURNING")
                    || t.is(Token.Kind.LEFT_PAREN);
        }
    }
}
