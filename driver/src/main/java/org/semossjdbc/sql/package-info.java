/**
 * Pure SQL text functions for the driver: no I/O, no java.sql, every class thread-safe.
 *
 * <ul>
 *   <li>{@link org.semossjdbc.sql.StatementClassifier} says which SEMOSS path a statement takes
 *       ({@link org.semossjdbc.sql.Route}); prefer {@code classify(sql, dialect)}, which lexes literals and comments
 *       with the dialect's own rules (MariaDB backslash escapes, PostgreSQL dollar quotes).</li>
 *   <li>{@link org.semossjdbc.sql.ParsedStatement} finds {@code ?} markers and splices literals rendered by
 *       {@link org.semossjdbc.sql.LiteralRenderer}. On PostgreSQL the {@code ?} operator is written {@code ??}
 *       (pgjdbc's convention) and comes out as {@code ?}; {@code ?|} and {@code ?&} may be written as they are.</li>
 *   <li>{@link org.semossjdbc.sql.WriteForms} turns data-changing SQL into the read path's counting and
 *       generated-key forms, and escapes the final SQL for the write path, which SEMOSS runs as a server-side
 *       prepared statement ({@code ?} becomes {@code ??} on PostgreSQL; refused elsewhere).</li>
 *   <li>{@link org.semossjdbc.sql.JdbcEscapes}, {@link org.semossjdbc.sql.SqlSplitter} and
 *       {@link org.semossjdbc.sql.NamedStatement} cover JDBC escapes, statement splitting and {@code :name} binds.</li>
 * </ul>
 * Values a backend cannot hold, and SQL a path cannot carry, are refused with {@link java.lang.IllegalArgumentException}
 * and a message naming the problem; nothing here throws for SQL it merely does not understand.
 */
package org.semossjdbc.sql;
