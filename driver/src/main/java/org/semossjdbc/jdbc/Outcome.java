package org.semossjdbc.jdbc;

/**
 * One result of a statement: rows or an update count.
 *
 * @param resultSet   the rows, or null
 * @param updateCount the count when {@code resultSet} is null: rows changed, 0 for DDL, or
 *                    {@link java.sql.Statement#SUCCESS_NO_INFO} when the server does not say
 */
record Outcome(AbstractSemossResultSet resultSet, long updateCount) {

    static Outcome rows(AbstractSemossResultSet resultSet) {
        return new Outcome(resultSet, -1);
    }

    static Outcome count(long count) {
        return new Outcome(null, count);
    }
}
