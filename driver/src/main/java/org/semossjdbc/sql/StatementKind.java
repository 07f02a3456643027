package org.semossjdbc.sql;

/** What a SQL statement is, as far as routing and update counts need to know. */
public enum StatementKind {
    /** SELECT, VALUES, SHOW, DESCRIBE, plain EXPLAIN, WITH whose statements only read. */
    QUERY,
    INSERT,
    UPDATE,
    DELETE,
    MERGE,
    TRUNCATE,
    /** CREATE, ALTER, DROP, COMMENT, GRANT, REVOKE, RENAME. */
    DDL,
    CALL,
    /** BEGIN, START TRANSACTION, COMMIT, ROLLBACK, SAVEPOINT, SET AUTOCOMMIT. */
    TRANSACTION_CONTROL,
    /** SET, USE, and other statements that change session state. */
    SESSION,
    /**
     * Vendor statements the driver knows to change data or server state and to return no rows (DO, COPY, VACUUM,
     * LOAD DATA, SELECT ... INTO OUTFILE, EXPLAIN ANALYZE of a write, ...); routed to the write path.
     */
    OTHER,
    /**
     * Text neither JSQLParser nor the lexer recognises: a typo such as {@code SELEC}, or vendor syntax without a rule
     * here. Routed to the write path like {@link #OTHER}, since it might change data, but nothing says it cannot
     * return rows, so {@code executeQuery} sends it too (the way {@code execute} does) instead of refusing it.
     */
    UNKNOWN
}
