package org.semossjdbc.sql;

import java.util.List;
import java.util.Map;

/**
 * SQL with {@code :name} bind variables, found by the same lexer as {@code ?}: never inside literals, quoted
 * identifiers or comments, and never a PostgreSQL {@code ::type} cast or another use of {@code :}.
 */
public final class NamedStatement {

    public static NamedStatement parse(String sql, Dialect dialect) {
        throw new UnsupportedOperationException("stub");
    }

    /** Distinct names in order of first appearance. */
    public List<String> names() {
        throw new UnsupportedOperationException("stub");
    }

    /** The final SQL; every name must have a literal and every literal a name, else IllegalArgumentException. */
    public String render(Map<String, String> literals) {
        throw new UnsupportedOperationException("stub");
    }
}
