package org.semossjdbc.sql;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies SQL from its tokens alone: the fallback for SQL that JSQLParser cannot parse (vendor syntax) or should
 * not parse whole (megabyte bulk INSERTs). It looks at the leading keyword after comments and opening parentheses,
 * and at a few depth-0 clauses (RETURNING, INTO, FINAL TABLE, the statements inside a WITH). Stateless.
 */
final class LexerClassifier {
    private LexerClassifier() {
    }

    /** Kind and route of one statement. */
    record Result(StatementKind kind, Route route) {
        static Result of(StatementKind kind, Route route) {
            return new Result(kind, route);
        }
    }

    private static final Result READ = Result.of(StatementKind.QUERY, Route.READ);
    private static final Result UNKNOWN = Result.of(StatementKind.UNKNOWN, Route.WRITE);

    /**
     * Leading words of PostgreSQL, MariaDB and H2 statements that change data or server state and return no rows: they
     * are {@link StatementKind#OTHER}, which {@code executeQuery} refuses before sending. Statements that return rows
     * in some form (H2 {@code SCRIPT}, MariaDB {@code OPTIMIZE}/{@code CHECK}/{@code HANDLER ... READ}) are
     * deliberately absent: they stay {@link StatementKind#UNKNOWN}.
     */
    private static final Set<String> NO_ROWS_COMMANDS = Set.of(
            "DO", "COPY", "VACUUM", "CLUSTER", "REINDEX", "REFRESH", "LISTEN", "UNLISTEN", "NOTIFY", "LOCK", "UNLOCK",
            "PREPARE", "DEALLOCATE", "DECLARE", "CHECKPOINT", "LOAD", "RUNSCRIPT", "BACKUP", "SHUTDOWN", "FLUSH",
            "KILL", "PURGE", "INSTALL", "UNINSTALL", "SIGNAL", "RESIGNAL");

    /** Classifies the whole text: the first statement's kind; a write route if any statement writes. */
    static Classification classify(String sql, Dialect dialect) {
        Analysis a = analyze(sql, dialect);
        return a.classification(a.first(), false);
    }

    /**
     * What the lexer sees in a whole text: the first statement's result and where it ends, whether further statements
     * follow, and whether any of those further statements writes.
     */
    record Analysis(String sql, Result first, int firstStart, int firstEnd, boolean multiple, boolean anyWrite) {
        /** The classification with {@code first} standing for the first statement's kind and route. */
        Classification classification(Result first, boolean parsedByJSqlParser) {
            // a read followed by a write is a write: the server runs every statement of the text (H2, PostgreSQL)
            Route route = multiple && anyWrite && first.route() == Route.READ ? Route.WRITE : first.route();
            return new Classification(first.kind(), route, multiple, sql.startsWith("CREATE"), parsedByJSqlParser);
        }

        String firstStatement() {
            return sql.substring(firstStart, firstEnd);
        }
    }

    /** How many leading significant tokens a long statement's head keeps for classification. */
    private static final int HEAD_TOKENS = 64;

    /**
     * Classifies a long text (a bulk INSERT of megabytes) in one allocation-free pass: the kind from its head, RETURNING
     * and further statements from a scan of the rest. Falls back to {@link #analyze} for anything but a single
     * INSERT/REPLACE/UPDATE/DELETE/MERGE, whose clauses far from the head could matter.
     */
    static Analysis analyzeLong(String sql, Dialect dialect) {
        List<Token> head = new java.util.ArrayList<>(HEAD_TOKENS);
        int[] state = new int[4]; // 0: paren depth, 1: RETURNING seen at depth 0, 2: statement ends, 3: content after it
        SqlLexer.scan(sql, dialect, (kind, start, end) -> {
            if (kind == Token.Kind.SPACE || kind == Token.Kind.COMMENT) {
                return;
            }
            if (state[2] > 0) {
                state[3] = 1;
                return;
            }
            if (head.size() < HEAD_TOKENS) {
                head.add(new Token(kind, start, end));
            }
            switch (kind) {
                case LEFT_PAREN -> state[0]++;
                case RIGHT_PAREN -> state[0]--;
                case SEMICOLON -> {
                    if (state[0] <= 0) {
                        state[2] = end;
                    }
                }
                case WORD -> {
                    if (state[0] <= 0 && end - start == 9 && sql.regionMatches(true, start, "RETURNING", 0, 9)) {
                        state[1] = 1;
                    }
                }
                default -> {
                }
            }
        });
        Token first = head.isEmpty() ? null : head.get(0);
        StatementKind kind = first == null ? null : dmlKind(sql, first);
        if (kind == null || state[3] == 1) {
            return analyze(sql, dialect);
        }
        int firstEnd = state[2] > 0 ? state[2] - 1 : sql.length();
        Result result = Result.of(kind, state[1] == 1 ? Route.READ_RETURNING : Route.WRITE);
        return new Analysis(sql, result, first.start(), firstEnd, false, false);
    }

    private static StatementKind dmlKind(String sql, Token first) {
        if (first.isWord(sql, "INSERT") || first.isWord(sql, "REPLACE") || first.isWord(sql, "UPSERT")) {
            return StatementKind.INSERT;
        } else if (first.isWord(sql, "UPDATE")) {
            return StatementKind.UPDATE;
        } else if (first.isWord(sql, "DELETE")) {
            return StatementKind.DELETE;
        } else if (first.isWord(sql, "MERGE")) {
            return StatementKind.MERGE;
        }
        return null;
    }

    static Analysis analyze(String sql, Dialect dialect) {
        List<Token> tokens = SqlLexer.significant(SqlLexer.tokenize(sql, dialect));
        List<int[]> ranges = SqlSplitter.statementRanges(sql, tokens);
        if (ranges.isEmpty()) {
            return new Analysis(sql, Result.of(StatementKind.OTHER, Route.WRITE), 0, 0, false, false);
        }
        int[] firstRange = ranges.get(0);
        Result first = classifyStatement(sql, tokens.subList(firstRange[0], firstRange[1]), dialect);
        boolean anyWrite = false;
        for (int i = 1; i < ranges.size() && !anyWrite; i++) {
            anyWrite = classifyStatement(sql, tokens.subList(ranges.get(i)[0], ranges.get(i)[1]), dialect).route()
                    != Route.READ;
        }
        return new Analysis(sql, first, tokens.get(firstRange[0]).start(), tokens.get(firstRange[1] - 1).end(),
                ranges.size() > 1, anyWrite);
    }

    /**
     * As {@link #classifyStatement(String, List)}, with the dialect's exceptions: H2 has no procedures, and its
     * {@code CALL <expression>} answers one row as a SELECT would (its real server answers {@code CALL SCHEMA()}
     * through the read path, transcript 180), so it is a query there.
     */
    static Result classifyStatement(String sql, List<Token> tokens, Dialect dialect) {
        Result result = classifyStatement(sql, tokens);
        if (dialect == Dialect.H2 && result.kind() == StatementKind.CALL && !tokens.isEmpty()
                && tokens.get(0).isWord(sql, "CALL")) {
            return Result.of(StatementKind.QUERY, Route.READ);
        }
        return result;
    }

    /** Classifies one statement given its significant tokens. */
    static Result classifyStatement(String sql, List<Token> tokens) {
        int p = 0;
        while (p < tokens.size() && tokens.get(p).is(Token.Kind.LEFT_PAREN)) {
            p++;
        }
        if (p >= tokens.size() || !tokens.get(p).is(Token.Kind.WORD)) {
            return UNKNOWN;
        }
        String word = tokens.get(p).text(sql).toUpperCase(Locale.ROOT);
        return switch (word) {
            case "SELECT" -> select(sql, tokens, p);
            case "VALUES", "SHOW", "DESCRIBE", "DESC", "TABLE", "HELP" -> READ;
            case "EXPLAIN" -> explain(sql, tokens, p + 1);
            case "ANALYZE", "ANALYSE" -> analyze(sql, tokens, p + 1);
            case "WITH" -> with(sql, tokens, p + 1);
            case "INSERT", "REPLACE", "UPSERT" -> dml(sql, tokens, p, StatementKind.INSERT);
            case "UPDATE" -> dml(sql, tokens, p, StatementKind.UPDATE);
            case "DELETE" -> dml(sql, tokens, p, StatementKind.DELETE);
            case "MERGE" -> dml(sql, tokens, p, StatementKind.MERGE);
            case "TRUNCATE" -> Result.of(StatementKind.TRUNCATE, Route.WRITE);
            case "CREATE", "ALTER", "DROP", "COMMENT", "GRANT", "REVOKE", "RENAME" ->
                    Result.of(StatementKind.DDL, Route.WRITE);
            case "CALL", "EXEC", "EXECUTE" -> Result.of(StatementKind.CALL, Route.WRITE);
            case "BEGIN" -> p + 1 < tokens.size() && tokens.get(p + 1).isWord(sql, "NOT")
                    ? Result.of(StatementKind.OTHER, Route.WRITE) // MariaDB BEGIN NOT ATOMIC ... END block
                    : Result.of(StatementKind.TRANSACTION_CONTROL, Route.WRITE);
            case "START", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "END", "ABORT", "XA" ->
                    Result.of(StatementKind.TRANSACTION_CONTROL, Route.WRITE);
            case "SET" -> set(sql, tokens, p + 1);
            case "USE", "RESET", "DISCARD" -> Result.of(StatementKind.SESSION, Route.WRITE);
            default -> NO_ROWS_COMMANDS.contains(word) ? Result.of(StatementKind.OTHER, Route.WRITE) : UNKNOWN;
        };
    }

    private static Result select(String sql, List<Token> tokens, int p) {
        int depth = 0;
        for (int i = p; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Token.Kind.LEFT_PAREN)) {
                depth++;
            } else if (t.is(Token.Kind.RIGHT_PAREN)) {
                depth--;
            } else if (t.is(Token.Kind.WORD)) {
                StatementKind delta = deltaTable(sql, tokens, i);
                if (delta != null) {
                    return Result.of(delta, Route.READ_RETURNING);
                }
                if (depth == 0 && t.isWord(sql, "INTO") && i + 1 < tokens.size()) {
                    Token target = tokens.get(i + 1);
                    if (target.isWord(sql, "OUTFILE") || target.isWord(sql, "DUMPFILE")) {
                        return Result.of(StatementKind.OTHER, Route.WRITE);
                    }
                    if (target.text(sql).startsWith("@")) {
                        return Result.of(StatementKind.SESSION, Route.WRITE);
                    }
                    // PostgreSQL SELECT ... INTO creates a table
                    return Result.of(StatementKind.DDL, Route.WRITE);
                }
            }
        }
        return READ;
    }

    /** H2 {@code FINAL|NEW|OLD TABLE (dml)} starting at {@code i}: the DML kind, else null. */
    private static StatementKind deltaTable(String sql, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!(t.isWord(sql, "FINAL") || t.isWord(sql, "NEW") || t.isWord(sql, "OLD")) || i + 3 >= tokens.size()) {
            return null;
        }
        if (!tokens.get(i + 1).isWord(sql, "TABLE") || !tokens.get(i + 2).is(Token.Kind.LEFT_PAREN)) {
            return null;
        }
        Token inner = tokens.get(i + 3);
        if (inner.isWord(sql, "INSERT")) {
            return StatementKind.INSERT;
        } else if (inner.isWord(sql, "UPDATE")) {
            return StatementKind.UPDATE;
        } else if (inner.isWord(sql, "DELETE")) {
            return StatementKind.DELETE;
        } else if (inner.isWord(sql, "MERGE")) {
            return StatementKind.MERGE;
        }
        return null;
    }

    private static Result dml(String sql, List<Token> tokens, int p, StatementKind kind) {
        int depth = 0;
        for (int i = p + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Token.Kind.LEFT_PAREN)) {
                depth++;
            } else if (t.is(Token.Kind.RIGHT_PAREN)) {
                depth--;
            } else if (depth <= 0 && t.isWord(sql, "RETURNING")) {
                return Result.of(kind, Route.READ_RETURNING);
            }
        }
        return Result.of(kind, Route.WRITE);
    }

    private static Result explain(String sql, List<Token> tokens, int p) {
        boolean analyze = false;
        int i = p;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.is(Token.Kind.LEFT_PAREN)) {
                // PostgreSQL option list: (ANALYZE [true|on|1], ...)
                int depth = 0;
                for (; i < tokens.size(); i++) {
                    Token o = tokens.get(i);
                    if (o.is(Token.Kind.LEFT_PAREN)) {
                        depth++;
                    } else if (o.is(Token.Kind.RIGHT_PAREN)) {
                        if (--depth == 0) {
                            i++;
                            break;
                        }
                    } else if (o.isWord(sql, "ANALYZE") || o.isWord(sql, "ANALYSE")) {
                        Token v = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
                        boolean off = v != null && (v.isWord(sql, "FALSE") || v.isWord(sql, "OFF")
                                || v.is(Token.Kind.NUMBER) && v.text(sql).equals("0"));
                        analyze = !off;
                    }
                }
                continue;
            }
            if (t.isWord(sql, "ANALYZE") || t.isWord(sql, "ANALYSE")) {
                analyze = true;
                i++;
                continue;
            }
            if (t.is(Token.Kind.WORD) && isStatementStart(sql, t)) {
                break;
            }
            i++;
        }
        if (!analyze || i >= tokens.size()) {
            return READ;
        }
        Result inner = classifyStatement(sql, tokens.subList(i, tokens.size()));
        return inner.route() == Route.READ ? READ : Result.of(StatementKind.OTHER, Route.WRITE);
    }

    /** MariaDB {@code ANALYZE <statement>} runs the statement; PostgreSQL/MariaDB {@code ANALYZE t} updates statistics. */
    private static Result analyze(String sql, List<Token> tokens, int p) {
        if (p < tokens.size() && tokens.get(p).is(Token.Kind.WORD) && isStatementStart(sql, tokens.get(p))) {
            Result inner = classifyStatement(sql, tokens.subList(p, tokens.size()));
            return inner.route() == Route.READ ? READ : Result.of(StatementKind.OTHER, Route.WRITE);
        }
        return Result.of(StatementKind.OTHER, Route.WRITE);
    }

    private static boolean isStatementStart(String sql, Token t) {
        return t.isWord(sql, "SELECT") || t.isWord(sql, "INSERT") || t.isWord(sql, "UPDATE") || t.isWord(sql, "DELETE")
                || t.isWord(sql, "MERGE") || t.isWord(sql, "WITH") || t.isWord(sql, "VALUES") || t.isWord(sql, "REPLACE")
                || t.isWord(sql, "CREATE") || t.isWord(sql, "EXECUTE")
                || t.isWord(sql, "DECLARE");
    }

    private static Result with(String sql, List<Token> tokens, int p) {
        Result cteChange = null;
        int i = p;
        if (i < tokens.size() && tokens.get(i).isWord(sql, "RECURSIVE")) {
            i++;
        }
        while (i < tokens.size()) {
            // name [ (cols) ] AS [NOT] [MATERIALIZED] ( body )
            int depth = 0;
            int bodyStart = -1;
            int bodyEnd = -1;
            for (; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.is(Token.Kind.LEFT_PAREN)) {
                    if (depth == 0 && i > 0 && (tokens.get(i - 1).isWord(sql, "AS")
                            || tokens.get(i - 1).isWord(sql, "MATERIALIZED"))) {
                        bodyStart = i + 1;
                    }
                    depth++;
                } else if (t.is(Token.Kind.RIGHT_PAREN)) {
                    depth--;
                    if (depth == 0 && bodyStart >= 0) {
                        bodyEnd = i;
                        i++;
                        break;
                    }
                }
            }
            if (bodyStart < 0 || bodyEnd < 0) {
                // not a shape we understand: a WITH that reads, unless proven otherwise
                return Result.of(StatementKind.QUERY, Route.READ);
            }
            Result body = classifyStatement(sql, tokens.subList(bodyStart, bodyEnd));
            if (body.route() != Route.READ && cteChange == null) {
                cteChange = body;
            }
            // skip SEARCH / CYCLE clauses up to the next CTE or the main statement
            while (i < tokens.size() && !tokens.get(i).is(Token.Kind.COMMA) && !tokens.get(i).is(Token.Kind.LEFT_PAREN)
                    && !(tokens.get(i).is(Token.Kind.WORD) && isStatementStart(sql, tokens.get(i)))) {
                i++;
            }
            if (i < tokens.size() && tokens.get(i).is(Token.Kind.COMMA)) {
                i++;
                continue;
            }
            break;
        }
        if (i >= tokens.size()) {
            return cteChange != null ? Result.of(cteChange.kind(), Route.WRITE) : READ;
        }
        Result main = classifyStatement(sql, tokens.subList(i, tokens.size()));
        if (main.kind() == StatementKind.UNKNOWN && cteChange != null) {
            // an unrecognised main statement does not hide that a CTE changes data
            return Result.of(cteChange.kind(), Route.WRITE);
        }
        if (main.route() != Route.READ || cteChange == null) {
            return main;
        }
        // the main SELECT returns rows while a CTE changes data: the PostgreSQL counting-form shape
        return Result.of(cteChange.kind(), Route.READ_RETURNING);
    }

    private static Result set(String sql, List<Token> tokens, int p) {
        for (int i = p; i < Math.min(tokens.size(), p + 3); i++) {
            Token t = tokens.get(i);
            if (t.isWord(sql, "AUTOCOMMIT") || t.isWord(sql, "TRANSACTION") || t.isWord(sql, "CHARACTERISTICS")) {
                return Result.of(StatementKind.TRANSACTION_CONTROL, Route.WRITE);
            }
        }
        return Result.of(StatementKind.SESSION, Route.WRITE);
    }
}
