/**
 * Plain SQL with named bind variables ({@code :name}) and a map of values, on any JDBC connection, including
 * {@code jdbc:semoss:}.
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = NamedSql.query(dataSource,
 *         "SELECT id, name FROM people WHERE city = :city AND born < :year -- :ignored in comments",
 *         Map.of("city", "O'Fallon", "year", 1990));
 * int changed = NamedSql.execute(dataSource, "UPDATE people SET city = :to WHERE city = :from",
 *         Map.of("from", "Springfield", "to", "Shelbyville"));
 * List<Person> people = NamedSql.query(dataSource, "SELECT id, full_name FROM people", Map.of(), Person.class);
 * }</pre>
 *
 * <p>Names are found by the driver's SQL lexer ({@link org.semossjdbc.sql.NamedStatement}) for the connection's
 * dialect: never inside string literals, quoted identifiers, comments or dollar quotes, and never a PostgreSQL
 * {@code ::type} cast, a MariaDB {@code :=} or an array slice bound. The statement then runs as positional
 * {@code ?} SQL on a {@link java.sql.PreparedStatement}, every value bound with {@code setObject}: whatever holds for
 * the driver's PreparedStatement (no injection, exact literals, its update counts) holds here.
 */
package org.semossjdbc.orm.binds;
