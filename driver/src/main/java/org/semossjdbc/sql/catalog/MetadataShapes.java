package org.semossjdbc.sql.catalog;

import static java.sql.Types.BIGINT;
import static java.sql.Types.BOOLEAN;
import static java.sql.Types.INTEGER;
import static java.sql.Types.SMALLINT;
import static java.sql.Types.VARCHAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * The result shape of every {@link java.sql.DatabaseMetaData} method that returns a {@code ResultSet}, with the
 * column labels, order and types of the JDBC 4.3 javadoc. Methods the driver cannot answer from the live schema
 * still return an empty result of this shape instead of throwing.
 *
 * <p>The javadoc gives no type for {@code BUFFER_LENGTH} and the {@code RESERVED} columns of {@code getProcedures};
 * they are INTEGER and VARCHAR here, as the common drivers declare them. {@code getSchemas} has one shape for both
 * overloads; {@code getImportedKeys}, {@code getExportedKeys} and {@code getCrossReference} share one.
 */
public final class MetadataShapes {

    private static final Map<String, ResultShape> SHAPES = build();

    private MetadataShapes() {
    }

    /**
     * The shape of the method named {@code method} (e.g. {@code "getColumns"}).
     *
     * @throws NoSuchElementException when {@code method} is not a {@code ResultSet}-returning metadata method
     */
    public static ResultShape forMethod(String method) {
        ResultShape shape = SHAPES.get(method);
        if (shape == null) {
            throw new NoSuchElementException("not a ResultSet-returning DatabaseMetaData method: " + method);
        }
        return shape;
    }

    /** The names of all methods with a shape, sorted. */
    public static List<String> methods() {
        return List.copyOf(SHAPES.keySet());
    }

    private static Map<String, ResultShape> build() {
        Map<String, ResultShape> shapes = new TreeMap<>();
        put(shapes, "getProcedures", "PROCEDURE_CAT", VARCHAR, "PROCEDURE_SCHEM", VARCHAR, "PROCEDURE_NAME", VARCHAR,
                "RESERVED1", VARCHAR, "RESERVED2", VARCHAR, "RESERVED3", VARCHAR, "REMARKS", VARCHAR,
                "PROCEDURE_TYPE", SMALLINT, "SPECIFIC_NAME", VARCHAR);
        put(shapes, "getProcedureColumns", "PROCEDURE_CAT", VARCHAR, "PROCEDURE_SCHEM", VARCHAR,
                "PROCEDURE_NAME", VARCHAR, "COLUMN_NAME", VARCHAR, "COLUMN_TYPE", SMALLINT, "DATA_TYPE", INTEGER,
                "TYPE_NAME", VARCHAR, "PRECISION", INTEGER, "LENGTH", INTEGER, "SCALE", SMALLINT, "RADIX", SMALLINT,
                "NULLABLE", SMALLINT, "REMARKS", VARCHAR, "COLUMN_DEF", VARCHAR, "SQL_DATA_TYPE", INTEGER,
                "SQL_DATETIME_SUB", INTEGER, "CHAR_OCTET_LENGTH", INTEGER, "ORDINAL_POSITION", INTEGER,
                "IS_NULLABLE", VARCHAR, "SPECIFIC_NAME", VARCHAR);
        put(shapes, "getTables", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "TABLE_TYPE", VARCHAR, "REMARKS", VARCHAR, "TYPE_CAT", VARCHAR, "TYPE_SCHEM", VARCHAR,
                "TYPE_NAME", VARCHAR, "SELF_REFERENCING_COL_NAME", VARCHAR, "REF_GENERATION", VARCHAR);
        put(shapes, "getSchemas", "TABLE_SCHEM", VARCHAR, "TABLE_CATALOG", VARCHAR);
        put(shapes, "getCatalogs", "TABLE_CAT", VARCHAR);
        put(shapes, "getTableTypes", "TABLE_TYPE", VARCHAR);
        put(shapes, "getColumns", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "COLUMN_NAME", VARCHAR, "DATA_TYPE", INTEGER, "TYPE_NAME", VARCHAR, "COLUMN_SIZE", INTEGER,
                "BUFFER_LENGTH", INTEGER, "DECIMAL_DIGITS", INTEGER, "NUM_PREC_RADIX", INTEGER, "NULLABLE", INTEGER,
                "REMARKS", VARCHAR, "COLUMN_DEF", VARCHAR, "SQL_DATA_TYPE", INTEGER, "SQL_DATETIME_SUB", INTEGER,
                "CHAR_OCTET_LENGTH", INTEGER, "ORDINAL_POSITION", INTEGER, "IS_NULLABLE", VARCHAR,
                "SCOPE_CATALOG", VARCHAR, "SCOPE_SCHEMA", VARCHAR, "SCOPE_TABLE", VARCHAR,
                "SOURCE_DATA_TYPE", SMALLINT, "IS_AUTOINCREMENT", VARCHAR, "IS_GENERATEDCOLUMN", VARCHAR);
        put(shapes, "getColumnPrivileges", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "COLUMN_NAME", VARCHAR, "GRANTOR", VARCHAR, "GRANTEE", VARCHAR, "PRIVILEGE", VARCHAR,
                "IS_GRANTABLE", VARCHAR);
        put(shapes, "getTablePrivileges", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "GRANTOR", VARCHAR, "GRANTEE", VARCHAR, "PRIVILEGE", VARCHAR, "IS_GRANTABLE", VARCHAR);
        Object[] rowIdentifier = {"SCOPE", SMALLINT, "COLUMN_NAME", VARCHAR, "DATA_TYPE", INTEGER,
                "TYPE_NAME", VARCHAR, "COLUMN_SIZE", INTEGER, "BUFFER_LENGTH", INTEGER, "DECIMAL_DIGITS", SMALLINT,
                "PSEUDO_COLUMN", SMALLINT};
        put(shapes, "getBestRowIdentifier", rowIdentifier);
        put(shapes, "getVersionColumns", rowIdentifier);
        put(shapes, "getPrimaryKeys", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "COLUMN_NAME", VARCHAR, "KEY_SEQ", SMALLINT, "PK_NAME", VARCHAR);
        Object[] keys = {"PKTABLE_CAT", VARCHAR, "PKTABLE_SCHEM", VARCHAR, "PKTABLE_NAME", VARCHAR,
                "PKCOLUMN_NAME", VARCHAR, "FKTABLE_CAT", VARCHAR, "FKTABLE_SCHEM", VARCHAR, "FKTABLE_NAME", VARCHAR,
                "FKCOLUMN_NAME", VARCHAR, "KEY_SEQ", SMALLINT, "UPDATE_RULE", SMALLINT, "DELETE_RULE", SMALLINT,
                "FK_NAME", VARCHAR, "PK_NAME", VARCHAR, "DEFERRABILITY", SMALLINT};
        put(shapes, "getImportedKeys", keys);
        put(shapes, "getExportedKeys", keys);
        put(shapes, "getCrossReference", keys);
        put(shapes, "getTypeInfo", "TYPE_NAME", VARCHAR, "DATA_TYPE", INTEGER, "PRECISION", INTEGER,
                "LITERAL_PREFIX", VARCHAR, "LITERAL_SUFFIX", VARCHAR, "CREATE_PARAMS", VARCHAR, "NULLABLE", SMALLINT,
                "CASE_SENSITIVE", BOOLEAN, "SEARCHABLE", SMALLINT, "UNSIGNED_ATTRIBUTE", BOOLEAN,
                "FIXED_PREC_SCALE", BOOLEAN, "AUTO_INCREMENT", BOOLEAN, "LOCAL_TYPE_NAME", VARCHAR,
                "MINIMUM_SCALE", SMALLINT, "MAXIMUM_SCALE", SMALLINT, "SQL_DATA_TYPE", INTEGER,
                "SQL_DATETIME_SUB", INTEGER, "NUM_PREC_RADIX", INTEGER);
        put(shapes, "getIndexInfo", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "NON_UNIQUE", BOOLEAN, "INDEX_QUALIFIER", VARCHAR, "INDEX_NAME", VARCHAR, "TYPE", SMALLINT,
                "ORDINAL_POSITION", SMALLINT, "COLUMN_NAME", VARCHAR, "ASC_OR_DESC", VARCHAR, "CARDINALITY", BIGINT,
                "PAGES", BIGINT, "FILTER_CONDITION", VARCHAR);
        put(shapes, "getUDTs", "TYPE_CAT", VARCHAR, "TYPE_SCHEM", VARCHAR, "TYPE_NAME", VARCHAR,
                "CLASS_NAME", VARCHAR, "DATA_TYPE", INTEGER, "REMARKS", VARCHAR, "BASE_TYPE", SMALLINT);
        put(shapes, "getSuperTypes", "TYPE_CAT", VARCHAR, "TYPE_SCHEM", VARCHAR, "TYPE_NAME", VARCHAR,
                "SUPERTYPE_CAT", VARCHAR, "SUPERTYPE_SCHEM", VARCHAR, "SUPERTYPE_NAME", VARCHAR);
        put(shapes, "getSuperTables", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "SUPERTABLE_NAME", VARCHAR);
        put(shapes, "getAttributes", "TYPE_CAT", VARCHAR, "TYPE_SCHEM", VARCHAR, "TYPE_NAME", VARCHAR,
                "ATTR_NAME", VARCHAR, "DATA_TYPE", INTEGER, "ATTR_TYPE_NAME", VARCHAR, "ATTR_SIZE", INTEGER,
                "DECIMAL_DIGITS", INTEGER, "NUM_PREC_RADIX", INTEGER, "NULLABLE", INTEGER, "REMARKS", VARCHAR,
                "ATTR_DEF", VARCHAR, "SQL_DATA_TYPE", INTEGER, "SQL_DATETIME_SUB", INTEGER,
                "CHAR_OCTET_LENGTH", INTEGER, "ORDINAL_POSITION", INTEGER, "IS_NULLABLE", VARCHAR,
                "SCOPE_CATALOG", VARCHAR, "SCOPE_SCHEMA", VARCHAR, "SCOPE_TABLE", VARCHAR,
                "SOURCE_DATA_TYPE", SMALLINT);
        put(shapes, "getClientInfoProperties", "NAME", VARCHAR, "MAX_LEN", INTEGER, "DEFAULT_VALUE", VARCHAR,
                "DESCRIPTION", VARCHAR);
        put(shapes, "getFunctions", "FUNCTION_CAT", VARCHAR, "FUNCTION_SCHEM", VARCHAR, "FUNCTION_NAME", VARCHAR,
                "REMARKS", VARCHAR, "FUNCTION_TYPE", SMALLINT, "SPECIFIC_NAME", VARCHAR);
        put(shapes, "getFunctionColumns", "FUNCTION_CAT", VARCHAR, "FUNCTION_SCHEM", VARCHAR,
                "FUNCTION_NAME", VARCHAR, "COLUMN_NAME", VARCHAR, "COLUMN_TYPE", SMALLINT, "DATA_TYPE", INTEGER,
                "TYPE_NAME", VARCHAR, "PRECISION", INTEGER, "LENGTH", INTEGER, "SCALE", SMALLINT, "RADIX", SMALLINT,
                "NULLABLE", SMALLINT, "REMARKS", VARCHAR, "CHAR_OCTET_LENGTH", INTEGER, "ORDINAL_POSITION", INTEGER,
                "IS_NULLABLE", VARCHAR, "SPECIFIC_NAME", VARCHAR);
        put(shapes, "getPseudoColumns", "TABLE_CAT", VARCHAR, "TABLE_SCHEM", VARCHAR, "TABLE_NAME", VARCHAR,
                "COLUMN_NAME", VARCHAR, "DATA_TYPE", INTEGER, "COLUMN_SIZE", INTEGER, "DECIMAL_DIGITS", INTEGER,
                "NUM_PREC_RADIX", INTEGER, "COLUMN_USAGE", VARCHAR, "REMARKS", VARCHAR, "CHAR_OCTET_LENGTH", INTEGER,
                "IS_NULLABLE", VARCHAR);
        return Collections.unmodifiableMap(shapes);
    }

    /** Adds a shape from alternating label / {@code Types} code arguments. */
    private static void put(Map<String, ResultShape> shapes, String method, Object... labelsAndTypes) {
        List<MetadataColumn> columns = new ArrayList<>();
        for (int i = 0; i < labelsAndTypes.length; i += 2) {
            columns.add(MetadataColumn.of((String) labelsAndTypes[i], (Integer) labelsAndTypes[i + 1]));
        }
        shapes.put(method, new ResultShape(method, columns));
    }
}
