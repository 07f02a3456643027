package org.semossjdbc.sql;

/**
 * Classifies SQL with JSQLParser (bounded cache per SQL text, short timeout on a shared executor) and falls back to
 * the lexer for SQL JSQLParser cannot parse. Never rejects SQL. Thread-safe.
 */
public final class StatementClassifier {

    /** The process-wide instance. */
    public static StatementClassifier shared() {
        throw new UnsupportedOperationException("stub");
    }

    /** Classifies one SQL text (after JDBC escape translation). */
    public Classification classify(String sql) {
        throw new UnsupportedOperationException("stub");
    }
}
