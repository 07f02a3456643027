package org.semossjdbc.sql.catalog;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Catalog SQL for MariaDB (written against 10.11), from {@code information_schema}.
 *
 * <p>Catalogs are databases and there are no schemas, as MariaDB Connector/J reports by default: {@code TABLE_CAT}
 * is the database, {@code TABLE_SCHEM} is null, {@code getSchemas} is empty and schema arguments are ignored. A null
 * catalog argument means the engine's current database ({@code DATABASE()}), as with Connector/J's
 * {@code nullCatalogMeansCurrent}; the engine is one database, and listing the server's others would be noise.
 *
 * <p>Two MariaDB facts shape the SQL: information_schema compares names case-insensitively (utf8mb3_general_ci),
 * so name filters convert to utf8mb4 with a binary collation; and backslash is an escape character inside string
 * literals, which the literal renderer handles (the {@code ESCAPE '\'} of a LIKE arrives as {@code '\\'}).
 * {@code COLUMN_DEFAULT} holds the string {@code NULL} for "no default" on nullable columns, which becomes SQL NULL.
 */
final class MariaDbCatalogSql extends CatalogSql {

    MariaDbCatalogSql(UnaryOperator<String> stringLiteral) {
        super(stringLiteral);
    }

    @Override
    String quote(String label) {
        return '`' + label + '`';
    }

    @Override
    String caseSensitive(String quotedLabel) {
        return "CONVERT(" + quotedLabel + " USING utf8mb4) COLLATE utf8mb4_bin";
    }

    /**
     * The plain comparison first: it is case-insensitive, but it lets MariaDB read only the named database and
     * table from disk ("Scanned 0 databases" rather than "Scanned all databases"); the binary one then decides.
     */
    @Override
    String nameCondition(String quotedLabel, String comparison) {
        return quotedLabel + " " + comparison + " AND " + caseSensitive(quotedLabel) + " " + comparison;
    }

    @Override
    String sortKey(String quotedLabel) {
        return caseSensitive(quotedLabel);
    }

    @Override
    void filterCatalog(List<String> where, String label, String catalog) {
        if (catalog == null) {
            where.add(nameCondition(quote(label), "= DATABASE()"));
        } else {
            super.filterCatalog(where, label, catalog);
        }
    }

    @Override
    void filterSchema(List<String> where, String label, String schema, boolean isPattern) {
        // No schemas: like Connector/J, schema arguments do not filter.
    }

    @Override
    String catalogs() {
        return "SELECT SCHEMA_NAME AS `TABLE_CAT` FROM information_schema.SCHEMATA";
    }

    @Override
    String schemas() {
        return null;
    }

    @Override
    String tables() {
        return "SELECT TABLE_SCHEMA AS `TABLE_CAT`, CAST(NULL AS CHAR) AS `TABLE_SCHEM`, TABLE_NAME AS `TABLE_NAME`,"
                + " CASE TABLE_TYPE WHEN 'BASE TABLE' THEN 'TABLE' WHEN 'SYSTEM VERSIONED' THEN 'TABLE'"
                + " WHEN 'TEMPORARY' THEN 'LOCAL TEMPORARY' ELSE TABLE_TYPE END AS `TABLE_TYPE`,"
                + " TABLE_COMMENT AS `REMARKS`, CAST(NULL AS CHAR) AS `TYPE_CAT`, CAST(NULL AS CHAR) AS `TYPE_SCHEM`,"
                + " CAST(NULL AS CHAR) AS `TYPE_NAME`, CAST(NULL AS CHAR) AS `SELF_REFERENCING_COL_NAME`,"
                + " CAST(NULL AS CHAR) AS `REF_GENERATION`"
                + " FROM information_schema.TABLES";
    }

    @Override
    List<String> tableTypes() {
        return List.of("LOCAL TEMPORARY", "SEQUENCE", "SYSTEM VIEW", "TABLE", "VIEW");
    }

    @Override
    String columns() {
        String type = "LOWER(DATA_TYPE)";
        String fraction = "CASE WHEN DATETIME_PRECISION > 0 THEN DATETIME_PRECISION + 1 ELSE 0 END";
        String size = "CASE WHEN " + type + " IN ('date') THEN 10"
                + " WHEN " + type + " = 'time' THEN 8 + " + fraction
                + " WHEN " + type + " IN ('datetime', 'timestamp') THEN 19 + " + fraction
                + " WHEN " + type + " = 'year' THEN 4"
                + " WHEN NUMERIC_PRECISION IS NOT NULL THEN NUMERIC_PRECISION"
                + " ELSE LEAST(CHARACTER_MAXIMUM_LENGTH, 2147483647) END";
        return "SELECT TABLE_SCHEMA AS `TABLE_CAT`, CAST(NULL AS CHAR) AS `TABLE_SCHEM`, TABLE_NAME AS `TABLE_NAME`,"
                + " COLUMN_NAME AS `COLUMN_NAME`, CAST(" + jdbcType(type) + " AS SIGNED) AS `DATA_TYPE`,"
                + " CONCAT(UPPER(DATA_TYPE),"
                + " CASE WHEN COLUMN_TYPE LIKE '% unsigned%' THEN ' UNSIGNED' ELSE '' END) AS `TYPE_NAME`,"
                + " CAST(" + size + " AS SIGNED) AS `COLUMN_SIZE`, CAST(NULL AS SIGNED) AS `BUFFER_LENGTH`,"
                + " CAST(CASE WHEN " + type + " IN ('time', 'datetime', 'timestamp') THEN DATETIME_PRECISION"
                + " ELSE NUMERIC_SCALE END AS SIGNED) AS `DECIMAL_DIGITS`,"
                + " CAST(10 AS SIGNED) AS `NUM_PREC_RADIX`,"
                + " CAST(CASE WHEN IS_NULLABLE = 'YES' THEN 1 ELSE 0 END AS SIGNED) AS `NULLABLE`,"
                + " COLUMN_COMMENT AS `REMARKS`,"
                + " CASE WHEN COLUMN_DEFAULT = 'NULL' THEN NULL ELSE COLUMN_DEFAULT END AS `COLUMN_DEF`,"
                + " CAST(NULL AS SIGNED) AS `SQL_DATA_TYPE`, CAST(NULL AS SIGNED) AS `SQL_DATETIME_SUB`,"
                + " CAST(LEAST(CHARACTER_OCTET_LENGTH, 2147483647) AS SIGNED) AS `CHAR_OCTET_LENGTH`,"
                + " CAST(ORDINAL_POSITION AS SIGNED) AS `ORDINAL_POSITION`, IS_NULLABLE AS `IS_NULLABLE`,"
                + " CAST(NULL AS CHAR) AS `SCOPE_CATALOG`, CAST(NULL AS CHAR) AS `SCOPE_SCHEMA`,"
                + " CAST(NULL AS CHAR) AS `SCOPE_TABLE`, CAST(NULL AS SIGNED) AS `SOURCE_DATA_TYPE`,"
                + " CASE WHEN EXTRA LIKE '%auto_increment%' THEN 'YES' ELSE 'NO' END AS `IS_AUTOINCREMENT`,"
                + " CASE WHEN IS_GENERATED = 'ALWAYS' THEN 'YES' ELSE 'NO' END AS `IS_GENERATEDCOLUMN`"
                + " FROM information_schema.COLUMNS";
    }

    /**
     * The java.sql.Types code for a column, as MariaDB Connector/J maps it by default: {@code tinyint(1)} and
     * {@code bit(1)} are BIT ({@code tinyInt1isBit}), {@code year} is DATE ({@code yearIsDateType}), text types are
     * LONGVARCHAR and blobs LONGVARBINARY. SEMOSS's own driver reads these columns the same way (true/false for
     * {@code tinyint(1)}).
     */
    private static String jdbcType(String type) {
        return "CASE WHEN COLUMN_TYPE LIKE 'tinyint(1)%' OR COLUMN_TYPE = 'bit(1)' THEN -7"
                + " WHEN " + type + " = 'bit' THEN -3 WHEN " + type + " = 'tinyint' THEN -6"
                + " WHEN " + type + " = 'smallint' THEN 5"
                + " WHEN " + type + " IN ('mediumint', 'int') AND COLUMN_TYPE NOT LIKE '% unsigned%' THEN 4"
                + " WHEN " + type + " IN ('int', 'bigint') THEN -5 WHEN " + type + " = 'mediumint' THEN 4"
                + " WHEN " + type + " = 'decimal' THEN 3 WHEN " + type + " = 'float' THEN 7"
                + " WHEN " + type + " = 'double' THEN 8 WHEN " + type + " IN ('date', 'year') THEN 91"
                + " WHEN " + type + " = 'time' THEN 92 WHEN " + type + " IN ('datetime', 'timestamp') THEN 93"
                + " WHEN " + type + " = 'char' THEN 1 WHEN " + type + " IN ('varchar', 'enum', 'set') THEN 12"
                + " WHEN " + type + " IN ('tinytext', 'text', 'mediumtext', 'longtext', 'json') THEN -1"
                + " WHEN " + type + " = 'binary' THEN -2 WHEN " + type + " = 'varbinary' THEN -3"
                + " WHEN " + type + " IN ('tinyblob', 'blob', 'mediumblob', 'longblob') THEN -4"
                + " WHEN " + type + " IN ('geometry', 'point', 'linestring', 'polygon', 'multipoint',"
                + " 'multilinestring', 'multipolygon', 'geometrycollection') THEN -2"
                + " WHEN " + type + " IN ('uuid', 'inet4', 'inet6') THEN 1 ELSE 1111 END";
    }

    @Override
    String primaryKeys() {
        return "SELECT TABLE_SCHEMA AS `TABLE_CAT`, CAST(NULL AS CHAR) AS `TABLE_SCHEM`, TABLE_NAME AS `TABLE_NAME`,"
                + " COLUMN_NAME AS `COLUMN_NAME`, CAST(ORDINAL_POSITION AS SIGNED) AS `KEY_SEQ`,"
                + " CONSTRAINT_NAME AS `PK_NAME`"
                + " FROM information_schema.KEY_COLUMN_USAGE WHERE CONSTRAINT_NAME = 'PRIMARY'";
    }

    @Override
    String foreignKeys() {
        return "SELECT k.REFERENCED_TABLE_SCHEMA AS `PKTABLE_CAT`, CAST(NULL AS CHAR) AS `PKTABLE_SCHEM`,"
                + " k.REFERENCED_TABLE_NAME AS `PKTABLE_NAME`, k.REFERENCED_COLUMN_NAME AS `PKCOLUMN_NAME`,"
                + " k.TABLE_SCHEMA AS `FKTABLE_CAT`, CAST(NULL AS CHAR) AS `FKTABLE_SCHEM`,"
                + " k.TABLE_NAME AS `FKTABLE_NAME`, k.COLUMN_NAME AS `FKCOLUMN_NAME`,"
                + " CAST(k.ORDINAL_POSITION AS SIGNED) AS `KEY_SEQ`,"
                + " CAST(" + rule("r.UPDATE_RULE") + " AS SIGNED) AS `UPDATE_RULE`,"
                + " CAST(" + rule("r.DELETE_RULE") + " AS SIGNED) AS `DELETE_RULE`,"
                + " k.CONSTRAINT_NAME AS `FK_NAME`, r.UNIQUE_CONSTRAINT_NAME AS `PK_NAME`,"
                // MariaDB checks every constraint immediately.
                + " CAST(7 AS SIGNED) AS `DEFERRABILITY`"
                + " FROM information_schema.KEY_COLUMN_USAGE k"
                + " JOIN information_schema.REFERENTIAL_CONSTRAINTS r ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA"
                + " AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME AND r.TABLE_NAME = k.TABLE_NAME"
                + " WHERE k.REFERENCED_TABLE_NAME IS NOT NULL";
    }

    /** Maps an information_schema rule name to DatabaseMetaData's importedKey* code. */
    private static String rule(String column) {
        return "CASE " + column + " WHEN 'CASCADE' THEN 0 WHEN 'RESTRICT' THEN 1 WHEN 'SET NULL' THEN 2"
                + " WHEN 'SET DEFAULT' THEN 4 ELSE 3 END";
    }

    @Override
    String indexInfo() {
        return "SELECT TABLE_SCHEMA AS `TABLE_CAT`, CAST(NULL AS CHAR) AS `TABLE_SCHEM`, TABLE_NAME AS `TABLE_NAME`,"
                // 0/1: MariaDB has no boolean type; the jdbc layer converts it to BOOLEAN.
                + " CAST(NON_UNIQUE AS SIGNED) AS `NON_UNIQUE`, INDEX_SCHEMA AS `INDEX_QUALIFIER`,"
                + " INDEX_NAME AS `INDEX_NAME`, CAST(CASE INDEX_TYPE WHEN 'HASH' THEN 2 ELSE 3 END AS SIGNED) AS `TYPE`,"
                + " CAST(SEQ_IN_INDEX AS SIGNED) AS `ORDINAL_POSITION`, COLUMN_NAME AS `COLUMN_NAME`,"
                + " COLLATION AS `ASC_OR_DESC`, CAST(CARDINALITY AS SIGNED) AS `CARDINALITY`,"
                + " CAST(NULL AS SIGNED) AS `PAGES`, CAST(NULL AS CHAR) AS `FILTER_CONDITION`"
                + " FROM information_schema.STATISTICS";
    }

    @Override
    String procedures() {
        return "SELECT ROUTINE_SCHEMA AS `PROCEDURE_CAT`, CAST(NULL AS CHAR) AS `PROCEDURE_SCHEM`,"
                + " ROUTINE_NAME AS `PROCEDURE_NAME`, CAST(NULL AS CHAR) AS `RESERVED1`, CAST(NULL AS CHAR) AS `RESERVED2`,"
                + " CAST(NULL AS CHAR) AS `RESERVED3`, ROUTINE_COMMENT AS `REMARKS`,"
                + " CAST(CASE ROUTINE_TYPE WHEN 'PROCEDURE' THEN 1 ELSE 2 END AS SIGNED) AS `PROCEDURE_TYPE`,"
                + " SPECIFIC_NAME AS `SPECIFIC_NAME`"
                + " FROM information_schema.ROUTINES";
    }

    @Override
    String functions() {
        return "SELECT ROUTINE_SCHEMA AS `FUNCTION_CAT`, CAST(NULL AS CHAR) AS `FUNCTION_SCHEM`,"
                + " ROUTINE_NAME AS `FUNCTION_NAME`, ROUTINE_COMMENT AS `REMARKS`,"
                + " CAST(1 AS SIGNED) AS `FUNCTION_TYPE`, SPECIFIC_NAME AS `SPECIFIC_NAME`"
                + " FROM information_schema.ROUTINES WHERE ROUTINE_TYPE = 'FUNCTION'";
    }

    @Override
    MetadataQuery typeInfo(ResultShape shape) {
        return TypeInfoTable.load("mariadb", shape);
    }
}
