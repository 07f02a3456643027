package org.semossjdbc.sql;

/** Translates JDBC escape syntax ({@code {fn ...}}, {@code {d ...}}, {@code {t ...}}, {@code {ts ...}}, {@code {oj ...}}, {@code {escape ...}}, {@code {call ...}}) for a dialect. */
public final class JdbcEscapes {
    private JdbcEscapes() {
    }

    /** Returns {@code sql} unchanged (the same instance) when it holds no escape outside literals and comments. */
    public static String translate(String sql, Dialect dialect) {
        throw new UnsupportedOperationException("stub");
    }
}
