/**
 * The JDBC surface of semoss-jdbc. The public entry points are {@link org.semossjdbc.jdbc.SemossDriver} (for
 * {@code DriverManager}) and {@link org.semossjdbc.jdbc.SemossDataSource} (a JavaBean for pools such as HikariCP);
 * the connection, statements, result sets and metadata are package-private implementations of the {@code java.sql}
 * interfaces. Connection properties are defined once, in {@link org.semossjdbc.jdbc.DriverProperty}, and the data
 * source has one bean property per constant.
 *
 * <p>Batches go through {@code BatchRunner} (several statements per request); the driver logs connects, statement
 * routes, batches and request timings at DEBUG/TRACE under {@code org.semossjdbc}, never secrets.
 */
package org.semossjdbc.jdbc;
