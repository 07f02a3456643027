package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.ColumnHeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The columns JDBC prescribes for each {@code DatabaseMetaData} result, so catalog methods not implemented yet return
 * an empty result of the right shape instead of failing. {@code NAME:TYPE}; no type means VARCHAR.
 */
final class MetadataShapes {
    private static final String FK = "PKTABLE_CAT,PKTABLE_SCHEM,PKTABLE_NAME,PKCOLUMN_NAME,FKTABLE_CAT,FKTABLE_SCHEM,"
            + "FKTABLE_NAME,FKCOLUMN_NAME,KEY_SEQ:SMALLINT,UPDATE_RULE:SMALLINT,DELETE_RULE:SMALLINT,FK_NAME,PK_NAME,"
            + "DEFERRABILITY:SMALLINT";
    private static final String ROW_ID = "SCOPE:SMALLINT,COLUMN_NAME,DATA_TYPE:INTEGER,TYPE_NAME,COLUMN_SIZE:INTEGER,"
            + "BUFFER_LENGTH:INTEGER,DECIMAL_DIGITS:SMALLINT,PSEUDO_COLUMN:SMALLINT";

    private static final Map<String, String> SHAPES = Map.ofEntries(
            Map.entry("getTables", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,TABLE_TYPE,REMARKS,TYPE_CAT,TYPE_SCHEM,TYPE_NAME,"
                    + "SELF_REFERENCING_COL_NAME,REF_GENERATION"),
            Map.entry("getColumns", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,DATA_TYPE:INTEGER,TYPE_NAME,"
                    + "COLUMN_SIZE:INTEGER,BUFFER_LENGTH:INTEGER,DECIMAL_DIGITS:INTEGER,NUM_PREC_RADIX:INTEGER,"
                    + "NULLABLE:INTEGER,REMARKS,COLUMN_DEF,SQL_DATA_TYPE:INTEGER,SQL_DATETIME_SUB:INTEGER,"
                    + "CHAR_OCTET_LENGTH:INTEGER,ORDINAL_POSITION:INTEGER,IS_NULLABLE,SCOPE_CATALOG,SCOPE_SCHEMA,"
                    + "SCOPE_TABLE,SOURCE_DATA_TYPE:SMALLINT,IS_AUTOINCREMENT,IS_GENERATEDCOLUMN"),
            Map.entry("getSchemas", "TABLE_SCHEM,TABLE_CATALOG"),
            Map.entry("getCatalogs", "TABLE_CAT"),
            Map.entry("getTableTypes", "TABLE_TYPE"),
            Map.entry("getPrimaryKeys", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,KEY_SEQ:SMALLINT,PK_NAME"),
            Map.entry("getImportedKeys", FK),
            Map.entry("getExportedKeys", FK),
            Map.entry("getCrossReference", FK),
            Map.entry("getIndexInfo", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,NON_UNIQUE:BOOLEAN,INDEX_QUALIFIER,INDEX_NAME,"
                    + "TYPE:SMALLINT,ORDINAL_POSITION:SMALLINT,COLUMN_NAME,ASC_OR_DESC,CARDINALITY:BIGINT,"
                    + "PAGES:BIGINT,FILTER_CONDITION"),
            Map.entry("getTypeInfo", "TYPE_NAME,DATA_TYPE:INTEGER,PRECISION:INTEGER,LITERAL_PREFIX,LITERAL_SUFFIX,"
                    + "CREATE_PARAMS,NULLABLE:SMALLINT,CASE_SENSITIVE:BOOLEAN,SEARCHABLE:SMALLINT,"
                    + "UNSIGNED_ATTRIBUTE:BOOLEAN,FIXED_PREC_SCALE:BOOLEAN,AUTO_INCREMENT:BOOLEAN,LOCAL_TYPE_NAME,"
                    + "MINIMUM_SCALE:SMALLINT,MAXIMUM_SCALE:SMALLINT,SQL_DATA_TYPE:INTEGER,SQL_DATETIME_SUB:INTEGER,"
                    + "NUM_PREC_RADIX:INTEGER"),
            Map.entry("getProcedures", "PROCEDURE_CAT,PROCEDURE_SCHEM,PROCEDURE_NAME,RESERVED1,RESERVED2,RESERVED3,"
                    + "REMARKS,PROCEDURE_TYPE:SMALLINT,SPECIFIC_NAME"),
            Map.entry("getProcedureColumns", "PROCEDURE_CAT,PROCEDURE_SCHEM,PROCEDURE_NAME,COLUMN_NAME,"
                    + "COLUMN_TYPE:SMALLINT,DATA_TYPE:INTEGER,TYPE_NAME,PRECISION:INTEGER,LENGTH:INTEGER,"
                    + "SCALE:SMALLINT,RADIX:SMALLINT,NULLABLE:SMALLINT,REMARKS,COLUMN_DEF,SQL_DATA_TYPE:INTEGER,"
                    + "SQL_DATETIME_SUB:INTEGER,CHAR_OCTET_LENGTH:INTEGER,ORDINAL_POSITION:INTEGER,IS_NULLABLE,"
                    + "SPECIFIC_NAME"),
            Map.entry("getFunctions", "FUNCTION_CAT,FUNCTION_SCHEM,FUNCTION_NAME,REMARKS,FUNCTION_TYPE:SMALLINT,"
                    + "SPECIFIC_NAME"),
            Map.entry("getFunctionColumns", "FUNCTION_CAT,FUNCTION_SCHEM,FUNCTION_NAME,COLUMN_NAME,"
                    + "COLUMN_TYPE:SMALLINT,DATA_TYPE:INTEGER,TYPE_NAME,PRECISION:INTEGER,LENGTH:INTEGER,"
                    + "SCALE:SMALLINT,RADIX:SMALLINT,NULLABLE:SMALLINT,REMARKS,CHAR_OCTET_LENGTH:INTEGER,"
                    + "ORDINAL_POSITION:INTEGER,IS_NULLABLE,SPECIFIC_NAME"),
            Map.entry("getUDTs", "TYPE_CAT,TYPE_SCHEM,TYPE_NAME,CLASS_NAME,DATA_TYPE:INTEGER,REMARKS,"
                    + "BASE_TYPE:SMALLINT"),
            Map.entry("getSuperTypes", "TYPE_CAT,TYPE_SCHEM,TYPE_NAME,SUPERTYPE_CAT,SUPERTYPE_SCHEM,SUPERTYPE_NAME"),
            Map.entry("getSuperTables", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,SUPERTABLE_NAME"),
            Map.entry("getAttributes", "TYPE_CAT,TYPE_SCHEM,TYPE_NAME,ATTR_NAME,DATA_TYPE:INTEGER,ATTR_TYPE_NAME,"
                    + "ATTR_SIZE:INTEGER,DECIMAL_DIGITS:INTEGER,NUM_PREC_RADIX:INTEGER,NULLABLE:INTEGER,REMARKS,"
                    + "ATTR_DEF,SQL_DATA_TYPE:INTEGER,SQL_DATETIME_SUB:INTEGER,CHAR_OCTET_LENGTH:INTEGER,"
                    + "ORDINAL_POSITION:INTEGER,IS_NULLABLE,SCOPE_CATALOG,SCOPE_SCHEMA,SCOPE_TABLE,"
                    + "SOURCE_DATA_TYPE:SMALLINT"),
            Map.entry("getColumnPrivileges", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,GRANTOR,GRANTEE,PRIVILEGE,"
                    + "IS_GRANTABLE"),
            Map.entry("getTablePrivileges", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,GRANTOR,GRANTEE,PRIVILEGE,IS_GRANTABLE"),
            Map.entry("getBestRowIdentifier", ROW_ID),
            Map.entry("getVersionColumns", ROW_ID),
            Map.entry("getPseudoColumns", "TABLE_CAT,TABLE_SCHEM,TABLE_NAME,COLUMN_NAME,DATA_TYPE:INTEGER,"
                    + "COLUMN_SIZE:INTEGER,DECIMAL_DIGITS:INTEGER,NUM_PREC_RADIX:INTEGER,COLUMN_USAGE,REMARKS,"
                    + "CHAR_OCTET_LENGTH:INTEGER,IS_NULLABLE"),
            Map.entry("getClientInfoProperties", "NAME,MAX_LEN:INTEGER,DEFAULT_VALUE,DESCRIPTION"));

    private MetadataShapes() {
    }

    /** The columns of the named {@code DatabaseMetaData} method's result. */
    static List<ColumnHeader> columns(String method) {
        String shape = SHAPES.get(method);
        if (shape == null) {
            throw new IllegalArgumentException("No result shape for " + method);
        }
        List<ColumnHeader> columns = new ArrayList<>();
        for (String column : shape.split(",")) {
            int colon = column.indexOf(':');
            String name = colon < 0 ? column : column.substring(0, colon);
            String type = colon < 0 ? "STRING" : column.substring(colon + 1);
            columns.add(new ColumnHeader(name, name, type));
        }
        return List.copyOf(columns);
    }
}
