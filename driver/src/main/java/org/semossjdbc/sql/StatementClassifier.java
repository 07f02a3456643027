package org.semossjdbc.sql;

/**
 * Classifies SQL with JSQLParser (bounded cache per SQL text, short timeout on a shared executor) and falls back to
 * the lexer for SQL JSQLParser cannot parse. Never rejects SQL. Thread-safe.
 */
public final class StatementClassifier {
    private static final StatementClassifier SHARED = new StatementClassifier();

    /** Statements longer than this are classified by the lexer alone. */
    static final int MAX_PARSED_LENGTH = 20_000;
    /** Texts longer than this are not cached (the cache would pin megabytes). */
    static final int MAX_CACHED_LENGTH = 64_000;

    private final BoundedCache<String, Classification> cache = new BoundedCache<>(2048);

    private StatementClassifier() {
    }

    /** The process-wide instance. */
    public static StatementClassifier shared() {
        return SHARED;
    }

    /** Classifies one SQL text (after JDBC escape translation), lexing it with the generic dialect's rules. */
    public Classification classify(String sql) {
        return classify(sql, Dialect.GENERIC);
    }

    /**
     * Classifies one SQL text lexed with {@code dialect}'s rules (MariaDB backslash escapes and {@code #} comments,
     * PostgreSQL dollar quotes, ...), so that literal text can never be mistaken for a keyword.
     */
    public Classification classify(String sql, Dialect dialect) {
        if (sql.length() > MAX_CACHED_LENGTH) {
            return compute(sql, dialect);
        }
        String key = dialect.ordinal() + sql;
        Classification cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Classification result = compute(sql, dialect);
        cache.put(key, result);
        return result;
    }

    /**
     * JSQLParser decides the first statement when it can parse it; the lexer decides otherwise. The lexer may still
     * overrule a parser answer in one direction only: towards a data-changing route (JSQLParser does not know H2's
     * {@code FINAL TABLE}, nor RETURNING on REPLACE), because sending a data-changing statement down the read path
     * would hide its update count or fail after changing data.
     */
    private static Classification compute(String sql, Dialect dialect) {
        LexerClassifier.Analysis lexed = sql.length() > MAX_PARSED_LENGTH
                ? LexerClassifier.analyzeLong(sql, dialect)
                : LexerClassifier.analyze(sql, dialect);
        LexerClassifier.Result byLexer = lexed.first();
        if (dialect == Dialect.H2 && byLexer.kind() == StatementKind.QUERY && isCall(lexed.firstStatement())) {
            // H2's CALL <expression> is a query (LexerClassifier#classifyStatement); JSQLParser knows only procedures
            return lexed.classification(byLexer, false);
        }
        if (lexed.firstEnd() - lexed.firstStart() > MAX_PARSED_LENGTH) {
            // e.g. a bulk INSERT of megabytes: its leading keyword says all the routing needs
            return lexed.classification(byLexer, false);
        }
        LexerClassifier.Result byParser = JSqlClassifier.classify(lexed.firstStatement(), dialect);
        if (byParser == null) {
            return lexed.classification(byLexer, false);
        }
        if (byParser.route() == Route.READ && byLexer.route() != Route.READ) {
            return lexed.classification(byLexer, false);
        }
        if (byParser.route() == Route.WRITE && byLexer.route() == Route.READ_RETURNING && byParser.kind() == byLexer.kind()) {
            return lexed.classification(byLexer, false);
        }
        return lexed.classification(byParser, true);
    }

    private static boolean isCall(String statement) {
        return statement.regionMatches(true, 0, "CALL", 0, 4)
                && (statement.length() == 4 || !Character.isJavaIdentifierPart(statement.charAt(4)));
    }
}
