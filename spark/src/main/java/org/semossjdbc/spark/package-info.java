/**
 * Apache Spark JDBC dialects for {@code jdbc:semoss:} URLs, one per database behind a SEMOSS engine (H2, PostgreSQL,
 * MariaDB), chosen by the URL's {@code dialect} property. Spark 4 loads them through
 * {@code META-INF/services/org.apache.spark.sql.jdbc.JdbcDialect}; on Spark 3.5 call
 * {@link org.semossjdbc.spark.SemossDialect#register()} once.
 */
package org.semossjdbc.spark;
