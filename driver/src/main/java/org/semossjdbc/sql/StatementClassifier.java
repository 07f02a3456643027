package org.semossjdbc.sql;

/**
 * Classifies SQL with JSQLParser (bounded cache per SQL text, short timeout on a shared executor) and falls back to
 * the lexer for SQL JSQLParser cannot parse. Never rejects SQL. Thread-safe.
 */
public final class StatementClassifier {
    private static final StatementClassifier SHARED = new StatementClassifier();

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
        String key = dialect.ordinal() + sql;
        Classification cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Classification result = LexerClassifier.classify(sql, dialect);
        cache.put(key, result);
        return result;
    }
}
