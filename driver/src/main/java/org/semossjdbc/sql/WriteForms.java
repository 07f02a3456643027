package org.semossjdbc.sql;

import java.util.ArrayList;
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
     * the read path: H2 {@code SELECT COUNT(*) FROM FINAL TABLE (...)} (UPDATE through a derived table) / {@code OLD TABLE}
     * for DELETE, PostgreSQL
     * {@code WITH c AS (... RETURNING 1) SELECT COUNT(*) FROM c}, MariaDB {@code INSERT|DELETE|REPLACE ... RETURNING 1}
     * and, for UPDATE, multi-table DELETE and ON DUPLICATE KEY UPDATE,
     * {@code BEGIN NOT ATOMIC <statement>; SELECT ROW_COUNT() AS n; END}.
     * Empty where the dialect has no such form for this statement (a leading WITH, an existing RETURNING, DDL,
     * several statements, ...).
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
                // H2 1.4.200 can answer COUNT(*) (or a constant) over FINAL TABLE (UPDATE ...) without running the
                // UPDATE: the count is right and no row changes (seen with and without WHERE, on fresh sessions).
                // Reading the delta table through a derived table makes H2 execute it. INSERT and MERGE cannot be
                // nested that way (H2 cannot re-parse them inside a view) and do run under a plain COUNT(*).
                case "UPDATE" -> Optional.of(new CountingQuery(
                        "SELECT COUNT(*) FROM (SELECT 1 FROM FINAL TABLE (" + body + "))", true));
                case "INSERT", "MERGE" -> shape.hasOnDuplicateKey ? Optional.empty()
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
                case "INSERT", "REPLACE" -> shape.hasOnDuplicateKey ? Optional.of(compound(body))
                        : Optional.of(new CountingQuery(body + " RETURNING 1", false));
                case "DELETE" -> shape.isMultiTableDelete ? Optional.of(compound(body))
                        : Optional.of(new CountingQuery(body + " RETURNING 1", false));
                case "UPDATE" -> Optional.of(compound(body));
                default -> Optional.empty();
            };
            case GENERIC -> Optional.empty();
        };
    }

    /**
     * MariaDB has no {@code UPDATE ... RETURNING}; an anonymous compound statement on the read path runs the statement,
     * commits it and answers {@code ROW_COUNT()} as one row: matched rows for UPDATE (also rows left unchanged), 1 per
     * inserted and 2 per updated row for ON DUPLICATE KEY UPDATE, as MariaDB's JDBC drivers count them. A failing
     * statement inside the block is an error and applies nothing (transcripts 373-376).
     */
    private static CountingQuery compound(String body) {
        return new CountingQuery("BEGIN NOT ATOMIC " + body + "; SELECT ROW_COUNT() AS n; END", true);
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
     * <p>A {@code ?} inside a literal, quoted identifier or comment is left alone: H2 1.4.200, pgjdbc 42.7.2 and
     * mariadb-java-client 1.1.9 all skip those when they look for markers (checked against the real drivers in
     * {@code WriteFormsBackendTest}). H2 and MariaDB have no escape for a bare {@code ?}, so it is refused.
     * Returns the same instance when nothing changes.
     */
    public static String forPreparedExecution(String sql, Dialect dialect) {
        if (sql.startsWith("CREATE") && !sql.startsWith("CREATE DATABASE")) {
            return sql;
        }
        if (sql.indexOf('?') < 0) {
            // without any '?' no parser can find a marker, whatever it makes of comments
            return sql;
        }
        // one pass without a token list: bulk INSERTs of megabytes come through here
        List<int[]> questionMarks = new ArrayList<>();
        SqlLexer.scan(sql, dialect, (kind, start, end) -> {
            if (kind == Token.Kind.MARKER || kind == Token.Kind.ESCAPED_QUESTION || kind == Token.Kind.OPERATOR) {
                for (int i = start; i < end; i++) {
                    if (sql.charAt(i) == '?') {
                        questionMarks.add(new int[] {i});
                    }
                }
            }
        });
        if (questionMarks.isEmpty()) {
            return sql;
        }
        if (dialect != Dialect.POSTGRESQL) {
            throw new IllegalArgumentException("The SQL holds a '?' outside literals at offset " + questionMarks.get(0)[0]
                    + ", which cannot be sent through " + dialect + "'s write path: the server runs it as a prepared"
                    + " statement, where '?' is a parameter marker with no escape");
        }
        StringBuilder out = new StringBuilder(sql.length() + questionMarks.size());
        int from = 0;
        for (int[] mark : questionMarks) {
            out.append(sql, from, mark[0] + 1).append('?');
            from = mark[0] + 1;
        }
        return out.append(sql, from, sql.length()).toString();
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
        boolean hasUsing;

        /** Depth-0 tokens kept for the head checks (DELETE's table list); later ones only set flags. */
        private static final int HEAD_TOKENS = 64;

        static Shape of(String sql, Classification classification, Dialect dialect) {
            if (classification.multipleStatements()) {
                return null;
            }
            List<Token> head = new ArrayList<>();
            Shape s = new Shape();
            // 0: paren depth, 1: end of the last significant token before any ';', 2: a ';' seen, 3: content after it
            int[] state = new int[4];
            Token[] previous = new Token[1];
            SqlLexer.scan(sql, dialect, (kind, start, end) -> {
                if (kind == Token.Kind.SPACE || kind == Token.Kind.COMMENT) {
                    return;
                }
                if (kind == Token.Kind.SEMICOLON && state[0] <= 0) {
                    state[2] = 1;
                    return;
                }
                if (state[2] == 1) {
                    state[3] = 1;
                    return;
                }
                state[1] = end;
                if (kind == Token.Kind.RIGHT_PAREN) {
                    state[0]--;
                    return;
                }
                if (state[0] > 0) {
                    if (kind == Token.Kind.LEFT_PAREN) {
                        state[0]++;
                    }
                    return;
                }
                Token t = new Token(kind, start, end);
                if (head.size() < HEAD_TOKENS) {
                    head.add(t);
                }
                if (kind == Token.Kind.LEFT_PAREN) {
                    state[0]++;
                } else if (t.isWord(sql, "RETURNING")) {
                    s.hasReturning = true;
                } else if (t.isWord(sql, "DUPLICATE") && previous[0] != null && previous[0].isWord(sql, "ON")) {
                    s.hasOnDuplicateKey = true;
                } else if (t.isWord(sql, "USING")) {
                    s.hasUsing = true;
                }
                previous[0] = t;
            });
            if (head.isEmpty() || state[3] == 1 || head.get(0).kind() != Token.Kind.WORD) {
                return null;
            }
            s.head = head.get(0).text(sql).toUpperCase(java.util.Locale.ROOT);
            if (!List.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE").contains(s.head)) {
                return null;
            }
            // the body keeps leading comments: they sit harmlessly inside the wrapper's parentheses
            s.body = sql.substring(0, state[1]);
            if (s.head.equals("DELETE")) {
                s.isMultiTableDelete = s.hasUsing || isMultiTableDelete(sql, head);
            }
            return s;
        }

        /** MariaDB's single-table form is {@code DELETE [LOW_PRIORITY] [QUICK] [IGNORE] FROM t ...}, one table. */
        private static boolean isMultiTableDelete(String sql, List<Token> tokens) {
            int i = 1;
            while (i < tokens.size() && (tokens.get(i).isWord(sql, "LOW_PRIORITY") || tokens.get(i).isWord(sql, "QUICK")
                    || tokens.get(i).isWord(sql, "IGNORE"))) {
                i++;
            }
            if (i >= tokens.size() || !tokens.get(i).isWord(sql, "FROM")) {
                return true;
            }
            for (int j = i + 1; j < tokens.size() && !endsTableList(sql, tokens.get(j)); j++) {
                if (tokens.get(j).is(Token.Kind.COMMA)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean endsTableList(String sql, Token t) {
            return t.isWord(sql, "WHERE") || t.isWord(sql, "ORDER") || t.isWord(sql, "LIMIT") || t.isWord(sql, "RETURNING")
                    || t.is(Token.Kind.LEFT_PAREN);
        }
    }
}
