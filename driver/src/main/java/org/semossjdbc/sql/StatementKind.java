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
    /** Anything else (vendor statements); routed to the write path. */
    OTHER
}
