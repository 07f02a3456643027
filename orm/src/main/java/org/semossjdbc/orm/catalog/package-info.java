/**
 * A catalogue of the tables a connection can see: per table its schema, name, type, the four permission flags the
 * database grants the connection's user, and its columns (position, SQL type, length, nullability, default, primary
 * key membership). Built only from standard {@link java.sql.DatabaseMetaData} calls ({@code getTables},
 * {@code getColumns}, {@code getPrimaryKeys}, {@code getTablePrivileges}), so it works on {@code jdbc:semoss:} and
 * on any other driver.
 *
 * <pre>{@code
 * for (TableInfo table : TableCatalog.read(dataSource)) {
 *     System.out.println(table.qualifiedName() + (table.canUpdate() ? " (writable)" : " (read only)"));
 *     for (ColumnInfo column : table.columns()) {
 *         System.out.println("  " + column.position() + " " + column.name() + " " + column.typeName()
 *                 + (column.primaryKey() ? " PK" : ""));
 *     }
 * }
 * }</pre>
 */
package org.semossjdbc.orm.catalog;
