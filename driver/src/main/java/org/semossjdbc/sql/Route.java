package org.semossjdbc.sql;

/** Which of SEMOSS's two paths a statement takes. */
public enum Route {
    /** {@code Query|Collect}: statements that only read. */
    READ,
    /** A data-changing statement that itself returns rows (RETURNING, FINAL TABLE): read path, write permission rules. */
    READ_RETURNING,
    /** {@code ExecQuery}, or the dialect's counting form on the read path when the rules allow it. */
    WRITE
}
