package org.semossjdbc.sql;

import java.util.List;

/** Splits SQL text into statements at top-level {@code ;} (never inside literals, comments, dollar quotes or BEGIN...END bodies). */
public final class SqlSplitter {
    private SqlSplitter() {
    }

    /** The statements, trimmed, empty ones dropped. */
    public static List<String> split(String sql, Dialect dialect) {
        throw new UnsupportedOperationException("stub");
    }
}
