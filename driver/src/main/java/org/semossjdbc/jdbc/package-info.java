/**
 * The JDBC surface of semoss-jdbc. {@link org.semossjdbc.jdbc.SemossDriver} is the only public entry point; the
 * connection, statements, result sets and metadata are package-private implementations of the {@code java.sql}
 * interfaces. Connection properties are defined once, in {@link org.semossjdbc.jdbc.DriverProperty}.
 */
package org.semossjdbc.jdbc;
