package org.semossjdbc.sql;

import java.util.List;
import java.util.Optional;

/**
 * SQL split at its {@code ?} parameter markers, found by the lexer (never inside literals, quoted identifiers,
 * comments or dollar quotes). Immutable; parse once per PreparedStatement.
 */
public final class ParsedStatement {

    /** Tokenizes {@code sql} for {@code dialect}. */
    public static ParsedStatement parse(String sql, Dialect dialect) {
        throw new UnsupportedOperationException("stub");
    }

    /** The original SQL text. */
    public String sql() {
        throw new UnsupportedOperationException("stub");
    }

    /** How many {@code ?} markers the SQL holds. */
    public int parameterCount() {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * The final SQL with each marker replaced by {@code literals[i]} (already rendered by {@link LiteralRenderer}).
     * The caller checks that every parameter is set.
     */
    public String render(String[] literals) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * For {@code INSERT INTO t [(cols)] VALUES (<one row with markers>)} with nothing after the row: a form that
     * renders many parameter rows into one multi-row INSERT. Empty for any other statement.
     */
    public Optional<MultiRowInsert> multiRowInsert() {
        throw new UnsupportedOperationException("stub");
    }

    /** Renders several rows of one single-row INSERT as one multi-row INSERT. */
    public interface MultiRowInsert {
        /** {@code INSERT INTO t (cols) VALUES (row1), (row2), ...}; each array holds one row's literals. */
        String render(List<String[]> rows);

        /** The length of the SQL without any row, so callers can chunk under a size limit. */
        int prefixLength();
    }
}
