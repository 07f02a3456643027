package org.semossjdbc.sql.catalog;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Catalog SQL for H2 1.4.200, the version SEMOSS bundles. Its INFORMATION_SCHEMA is H2's own (H2 2.x replaced
 * it with the SQL-standard one): {@code COLUMNS} carries {@code TYPE_NAME}, {@code NULLABLE}, {@code IS_COMPUTED}
 * and {@code SEQUENCE_NAME}; {@code INDEXES} has one row per index column; {@code CROSS_REFERENCES} already holds
 * JDBC's foreign key rows with numeric rules; {@code TYPE_INFO} is the type list. The columns chosen here follow
 * H2 1.4.200's own {@code JdbcDatabaseMetaData}, except that columns the javadoc calls unused are null.
 */
final class H2CatalogSql extends CatalogSql {

    H2CatalogSql(UnaryOperator<String> stringLiteral) {
        super(stringLiteral);
    }

    @Override
    String quote(String label) {
        return '"' + label + '"';
    }

    @Override
    String catalogs() {
        return "SELECT CATALOG_NAME AS \"TABLE_CAT\" FROM INFORMATION_SCHEMA.CATALOGS";
    }

    @Override
    String schemas() {
        return "SELECT SCHEMA_NAME AS \"TABLE_SCHEM\", CATALOG_NAME AS \"TABLE_CATALOG\""
                + " FROM INFORMATION_SCHEMA.SCHEMATA";
    }

    @Override
    String tables() {
        return "SELECT TABLE_CATALOG AS \"TABLE_CAT\", TABLE_SCHEMA AS \"TABLE_SCHEM\", TABLE_NAME AS \"TABLE_NAME\","
                + " TABLE_TYPE AS \"TABLE_TYPE\", REMARKS AS \"REMARKS\", CAST(NULL AS VARCHAR) AS \"TYPE_CAT\","
                + " CAST(NULL AS VARCHAR) AS \"TYPE_SCHEM\", CAST(NULL AS VARCHAR) AS \"TYPE_NAME\","
                + " CAST(NULL AS VARCHAR) AS \"SELF_REFERENCING_COL_NAME\", CAST(NULL AS VARCHAR) AS \"REF_GENERATION\""
                + " FROM INFORMATION_SCHEMA.TABLES";
    }

    @Override
    List<String> tableTypes() {
        // INFORMATION_SCHEMA.TABLE_TYPES of 1.4.200, sorted.
        return List.of("EXTERNAL", "SYSTEM TABLE", "TABLE", "TABLE LINK", "VIEW");
    }

    @Override
    String columns() {
        return "SELECT TABLE_CATALOG AS \"TABLE_CAT\", TABLE_SCHEMA AS \"TABLE_SCHEM\", TABLE_NAME AS \"TABLE_NAME\","
                + " COLUMN_NAME AS \"COLUMN_NAME\", DATA_TYPE AS \"DATA_TYPE\", TYPE_NAME AS \"TYPE_NAME\","
                // 1.4.200 keeps the precision of every type (numeric ones too) in CHARACTER_MAXIMUM_LENGTH.
                + " CHARACTER_MAXIMUM_LENGTH AS \"COLUMN_SIZE\", CAST(NULL AS INT) AS \"BUFFER_LENGTH\","
                + " NUMERIC_SCALE AS \"DECIMAL_DIGITS\", NUMERIC_PRECISION_RADIX AS \"NUM_PREC_RADIX\","
                + " NULLABLE AS \"NULLABLE\", REMARKS AS \"REMARKS\", COLUMN_DEFAULT AS \"COLUMN_DEF\","
                + " CAST(NULL AS INT) AS \"SQL_DATA_TYPE\", CAST(NULL AS INT) AS \"SQL_DATETIME_SUB\","
                + " CHARACTER_OCTET_LENGTH AS \"CHAR_OCTET_LENGTH\", ORDINAL_POSITION AS \"ORDINAL_POSITION\","
                + " IS_NULLABLE AS \"IS_NULLABLE\", CAST(NULL AS VARCHAR) AS \"SCOPE_CATALOG\","
                + " CAST(NULL AS VARCHAR) AS \"SCOPE_SCHEMA\", CAST(NULL AS VARCHAR) AS \"SCOPE_TABLE\","
                + " CAST(SOURCE_DATA_TYPE AS INT) AS \"SOURCE_DATA_TYPE\","
                // Identity and auto-increment columns are backed by a sequence named in SEQUENCE_NAME.
                + " CASE WHEN SEQUENCE_NAME IS NULL THEN 'NO' ELSE 'YES' END AS \"IS_AUTOINCREMENT\","
                + " CASE WHEN IS_COMPUTED THEN 'YES' ELSE 'NO' END AS \"IS_GENERATEDCOLUMN\""
                + " FROM INFORMATION_SCHEMA.COLUMNS";
    }

    @Override
    String primaryKeys() {
        return "SELECT TABLE_CATALOG AS \"TABLE_CAT\", TABLE_SCHEMA AS \"TABLE_SCHEM\", TABLE_NAME AS \"TABLE_NAME\","
                + " COLUMN_NAME AS \"COLUMN_NAME\", CAST(ORDINAL_POSITION AS INT) AS \"KEY_SEQ\","
                + " COALESCE(CONSTRAINT_NAME, INDEX_NAME) AS \"PK_NAME\""
                + " FROM INFORMATION_SCHEMA.INDEXES WHERE PRIMARY_KEY = TRUE";
    }

    @Override
    String foreignKeys() {
        return "SELECT PKTABLE_CATALOG AS \"PKTABLE_CAT\", PKTABLE_SCHEMA AS \"PKTABLE_SCHEM\","
                + " PKTABLE_NAME AS \"PKTABLE_NAME\", PKCOLUMN_NAME AS \"PKCOLUMN_NAME\","
                + " FKTABLE_CATALOG AS \"FKTABLE_CAT\", FKTABLE_SCHEMA AS \"FKTABLE_SCHEM\","
                + " FKTABLE_NAME AS \"FKTABLE_NAME\", FKCOLUMN_NAME AS \"FKCOLUMN_NAME\","
                + " CAST(ORDINAL_POSITION AS INT) AS \"KEY_SEQ\", CAST(UPDATE_RULE AS INT) AS \"UPDATE_RULE\","
                + " CAST(DELETE_RULE AS INT) AS \"DELETE_RULE\", FK_NAME AS \"FK_NAME\", PK_NAME AS \"PK_NAME\","
                + " CAST(DEFERRABILITY AS INT) AS \"DEFERRABILITY\""
                + " FROM INFORMATION_SCHEMA.CROSS_REFERENCES";
    }

    @Override
    String indexInfo() {
        return "SELECT TABLE_CATALOG AS \"TABLE_CAT\", TABLE_SCHEMA AS \"TABLE_SCHEM\", TABLE_NAME AS \"TABLE_NAME\","
                + " NON_UNIQUE AS \"NON_UNIQUE\", TABLE_CATALOG AS \"INDEX_QUALIFIER\", INDEX_NAME AS \"INDEX_NAME\","
                + " CAST(INDEX_TYPE AS INT) AS \"TYPE\", CAST(ORDINAL_POSITION AS INT) AS \"ORDINAL_POSITION\","
                + " COLUMN_NAME AS \"COLUMN_NAME\", ASC_OR_DESC AS \"ASC_OR_DESC\","
                + " CAST(CARDINALITY AS BIGINT) AS \"CARDINALITY\", CAST(PAGES AS BIGINT) AS \"PAGES\","
                + " FILTER_CONDITION AS \"FILTER_CONDITION\""
                + " FROM INFORMATION_SCHEMA.INDEXES";
    }

    @Override
    String procedures() {
        // H2's routines are Java aliases, one row per overload (by parameter count).
        return "SELECT ALIAS_CATALOG AS \"PROCEDURE_CAT\", ALIAS_SCHEMA AS \"PROCEDURE_SCHEM\","
                + " ALIAS_NAME AS \"PROCEDURE_NAME\", CAST(NULL AS VARCHAR) AS \"RESERVED1\","
                + " CAST(NULL AS VARCHAR) AS \"RESERVED2\", CAST(NULL AS VARCHAR) AS \"RESERVED3\","
                + " REMARKS AS \"REMARKS\", CAST(RETURNS_RESULT AS INT) AS \"PROCEDURE_TYPE\","
                + " ALIAS_NAME AS \"SPECIFIC_NAME\""
                + " FROM INFORMATION_SCHEMA.FUNCTION_ALIASES";
    }

    @Override
    String functions() {
        return "SELECT ALIAS_CATALOG AS \"FUNCTION_CAT\", ALIAS_SCHEMA AS \"FUNCTION_SCHEM\","
                + " ALIAS_NAME AS \"FUNCTION_NAME\", REMARKS AS \"REMARKS\","
                // RESULT_SET (-10) marks a table function.
                + " CASE WHEN DATA_TYPE = -10 THEN 2 ELSE 1 END AS \"FUNCTION_TYPE\","
                + " ALIAS_NAME AS \"SPECIFIC_NAME\""
                + " FROM INFORMATION_SCHEMA.FUNCTION_ALIASES";
    }

    @Override
    MetadataQuery typeInfo(ResultShape shape) {
        // TYPE_INFO is H2's live type list; POS orders the names that share a DATA_TYPE (closest match first).
        return MetadataQuery.sql(shape, "SELECT TYPE_NAME AS \"TYPE_NAME\", DATA_TYPE AS \"DATA_TYPE\","
                + " PRECISION AS \"PRECISION\", PREFIX AS \"LITERAL_PREFIX\", SUFFIX AS \"LITERAL_SUFFIX\","
                + " PARAMS AS \"CREATE_PARAMS\", CAST(NULLABLE AS INT) AS \"NULLABLE\","
                + " CASE_SENSITIVE AS \"CASE_SENSITIVE\", CAST(SEARCHABLE AS INT) AS \"SEARCHABLE\","
                + " FALSE AS \"UNSIGNED_ATTRIBUTE\", FALSE AS \"FIXED_PREC_SCALE\", AUTO_INCREMENT AS \"AUTO_INCREMENT\","
                + " TYPE_NAME AS \"LOCAL_TYPE_NAME\", CAST(MINIMUM_SCALE AS INT) AS \"MINIMUM_SCALE\","
                + " CAST(MAXIMUM_SCALE AS INT) AS \"MAXIMUM_SCALE\", DATA_TYPE AS \"SQL_DATA_TYPE\","
                + " 0 AS \"SQL_DATETIME_SUB\", RADIX AS \"NUM_PREC_RADIX\""
                + " FROM INFORMATION_SCHEMA.TYPE_INFO ORDER BY DATA_TYPE, POS");
    }
}
