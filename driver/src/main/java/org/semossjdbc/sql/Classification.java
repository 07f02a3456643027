package org.semossjdbc.sql;

/**
 * The result of classifying one SQL text.
 *
 * @param kind                what the (first) statement is
 * @param route               the path it must take
 * @param multipleStatements  the text holds more than one statement separated by {@code ;}
 * @param startsWithCreate    the text starts with {@code CREATE} (case-sensitive, untrimmed, as SEMOSS checks): the
 *                            server then runs it unprepared, so {@code ?} needs no escaping
 * @param parsedByJSqlParser  false when the lexer fallback decided
 */
public record Classification(StatementKind kind, Route route, boolean multipleStatements, boolean startsWithCreate,
                             boolean parsedByJSqlParser) {

    /** True for every route but {@link Route#READ}. */
    public boolean changesData() {
        return route != Route.READ;
    }
}
