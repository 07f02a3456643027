/**
 * {@link java.sql.DatabaseMetaData} answers built as SQL text for SEMOSS's read path, per backend dialect (H2 1.4.200,
 * PostgreSQL, MariaDB). Pure: no I/O; the jdbc layer runs the SQL and wraps the rows.
 *
 * <h2>How the jdbc layer uses this package</h2>
 * <ol>
 *   <li>{@link org.semossjdbc.sql.catalog.CatalogQueries#forDialect CatalogQueries.forDialect(dialect, renderer)} once
 *       per connection ({@link org.semossjdbc.sql.catalog.CatalogQueries#supports supports(dialect)} is false for
 *       GENERIC: answer those calls with empty results).</li>
 *   <li>Per call, e.g. {@code queries.columns(catalog, schemaPattern, tablePattern, columnPattern)}, which returns a
 *       {@link org.semossjdbc.sql.catalog.MetadataQuery}. If {@code needsServer()}, run {@code sql()} with
 *       {@code Database(...)|Query(...)|Collect(-1)} and convert each row of {@code data.values} with
 *       {@code shape().convertRow(row)}; otherwise {@code rows()} is the complete, converted answer.</li>
 *   <li>Declare the ResultSet's columns from {@code shape().columns()}: label, {@link java.sql.Types} code and type
 *       name; {@code getObject} returns {@link org.semossjdbc.sql.catalog.MetadataColumn#javaClass()}.</li>
 *   <li>Methods answered with no rows (procedures, functions, UDTs, super types/tables, attributes, pseudo and version
 *       columns, privileges, client info properties): an empty result of
 *       {@link org.semossjdbc.sql.catalog.MetadataShapes#forMethod MetadataShapes.forMethod(name)}.</li>
 *   <li>Scalar answers (keywords, function lists, quoting, SQL-language {@code supportsX}):
 *       {@link org.semossjdbc.sql.catalog.DialectFeatures#forDialect DialectFeatures.forDialect(dialect)}.</li>
 * </ol>
 *
 * <h2>Values</h2>
 * The SQL returns only integers, text and booleans (the tests assert it), because SEMOSS sends SMALLINT/TINYINT as
 * JSON strings and DECIMAL/NUMERIC/floats as doubles; {@code convertRow} still accepts those forms, and MariaDB's
 * 0/1 flags for BOOLEAN columns. Match SEMOSS columns by position: MariaDB's {@code rawHeaders} are upper-cased
 * column names, while {@code headers} carry the labels as written, which equal the JDBC labels on every backend.
 */
package org.semossjdbc.sql.catalog;
