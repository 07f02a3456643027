package org.semossjdbc.sql.catalog;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Catalog SQL for PostgreSQL (written against 15), from {@code pg_catalog}: information_schema hides objects the
 * session lacks privileges on and carries neither type modifiers nor index details. The catalog is always the
 * current database, since a SEMOSS engine's connection can reach no other.
 *
 * <p>Type codes, sizes and table types follow pgjdbc's own {@code DatabaseMetaData} (the driver SEMOSS bundles),
 * so a tool sees the same answers through SEMOSS as over a direct connection: {@code bool} is BIT, {@code text}
 * VARCHAR, {@code timestamptz} TIMESTAMP, domains DISTINCT, enums VARCHAR, serial columns report their type as
 * {@code serial}/{@code bigserial}/{@code smallserial}.
 */
final class PostgresCatalogSql extends CatalogSql {

    private static final String SYSTEM_SCHEMA = "(n.nspname = 'pg_catalog' OR n.nspname = 'information_schema')";

    PostgresCatalogSql(UnaryOperator<String> stringLiteral) {
        super(stringLiteral);
    }

    @Override
    String quote(String label) {
        // Unquoted aliases would fold to lower case.
        return '"' + label + '"';
    }

    @Override
    String sortKey(String quotedLabel) {
        return quotedLabel + " COLLATE \"C\"";
    }

    @Override
    String catalogs() {
        return "SELECT CAST(current_database() AS text) AS \"TABLE_CAT\"";
    }

    @Override
    String schemas() {
        return "SELECT CAST(n.nspname AS text) AS \"TABLE_SCHEM\", CAST(current_database() AS text) AS \"TABLE_CATALOG\""
                + " FROM pg_catalog.pg_namespace n"
                + " WHERE n.nspname <> 'pg_toast' AND n.nspname NOT LIKE 'pg!_temp!_%' ESCAPE '!'"
                + " AND n.nspname NOT LIKE 'pg!_toast!_temp!_%' ESCAPE '!'";
    }

    @Override
    String tables() {
        return "SELECT CAST(current_database() AS text) AS \"TABLE_CAT\", CAST(n.nspname AS text) AS \"TABLE_SCHEM\","
                + " CAST(c.relname AS text) AS \"TABLE_NAME\", " + tableType() + " AS \"TABLE_TYPE\","
                + " d.description AS \"REMARKS\", CAST(NULL AS text) AS \"TYPE_CAT\", CAST(NULL AS text) AS \"TYPE_SCHEM\","
                + " CAST(NULL AS text) AS \"TYPE_NAME\", CAST(NULL AS text) AS \"SELF_REFERENCING_COL_NAME\","
                + " CAST(NULL AS text) AS \"REF_GENERATION\""
                + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = c.oid AND d.objsubid = 0"
                + " AND d.classoid = CAST('pg_catalog.pg_class' AS regclass)"
                + " WHERE " + tableType() + " IS NOT NULL";
    }

    /** pgjdbc's table type names: system, toast and temporary schemas get their own types. */
    private static String tableType() {
        return "CASE WHEN " + SYSTEM_SCHEMA + " THEN CASE c.relkind WHEN 'r' THEN 'SYSTEM TABLE'"
                + " WHEN 'v' THEN 'SYSTEM VIEW' WHEN 'i' THEN 'SYSTEM INDEX' END"
                + " WHEN n.nspname = 'pg_toast' THEN CASE c.relkind WHEN 'r' THEN 'SYSTEM TOAST TABLE'"
                + " WHEN 'i' THEN 'SYSTEM TOAST INDEX' END"
                + " WHEN n.nspname LIKE 'pg!_%' ESCAPE '!' THEN CASE c.relkind WHEN 'r' THEN 'TEMPORARY TABLE'"
                + " WHEN 'p' THEN 'TEMPORARY TABLE' WHEN 'i' THEN 'TEMPORARY INDEX' WHEN 'S' THEN 'TEMPORARY SEQUENCE'"
                + " WHEN 'v' THEN 'TEMPORARY VIEW' END"
                + " ELSE CASE c.relkind WHEN 'r' THEN 'TABLE' WHEN 'p' THEN 'PARTITIONED TABLE' WHEN 'i' THEN 'INDEX'"
                + " WHEN 'I' THEN 'PARTITIONED INDEX' WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'c' THEN 'TYPE'"
                + " WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'm' THEN 'MATERIALIZED VIEW' END END";
    }

    @Override
    List<String> tableTypes() {
        return List.of("FOREIGN TABLE", "INDEX", "MATERIALIZED VIEW", "PARTITIONED INDEX", "PARTITIONED TABLE",
                "SEQUENCE", "SYSTEM INDEX", "SYSTEM TABLE", "SYSTEM TOAST INDEX", "SYSTEM TOAST TABLE", "SYSTEM VIEW",
                "TABLE", "TEMPORARY INDEX", "TEMPORARY SEQUENCE", "TEMPORARY TABLE", "TEMPORARY VIEW", "TYPE", "VIEW");
    }

    @Override
    String columns() {
        // x: one row per live column with its effective type (a domain's base type) and type modifier.
        String x = "SELECT n.nspname, c.relname, a.attname, a.attnum, a.attnotnull, a.attidentity, a.attgenerated,"
                + " t.typname, t.typtype, CAST(t.typinput AS text) AS typinput,"
                // Sizes of an array column are its element type's, as pgjdbc reports them.
                + " COALESCE(bt.typname, et.typname, t.typname) AS tn,"
                + " CAST(COALESCE(bt.typinput, t.typinput) AS text) AS tninput,"
                + " CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS tm,"
                + " pg_catalog.pg_get_expr(def.adbin, def.adrelid) AS defval,"
                + " pg_catalog.col_description(a.attrelid, a.attnum) AS remarks,"
                // Dropped columns leave gaps in attnum; JDBC positions count from 1 without gaps.
                + " row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum) AS position"
                + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
                + " LEFT JOIN pg_catalog.pg_type bt ON t.typtype = 'd' AND bt.oid = t.typbasetype"
                + " LEFT JOIN pg_catalog.pg_type et ON CAST(t.typinput AS text) = 'array_in' AND et.oid = t.typelem"
                + " LEFT JOIN pg_catalog.pg_attrdef def ON def.adrelid = a.attrelid AND def.adnum = a.attnum"
                + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'f', 'm')";
        String serial = "x.defval LIKE '%nextval(%'";
        String characterType = "x.tn IN ('bpchar', 'varchar', 'text', 'char', 'name')";
        return "SELECT CAST(current_database() AS text) AS \"TABLE_CAT\", CAST(x.nspname AS text) AS \"TABLE_SCHEM\","
                + " CAST(x.relname AS text) AS \"TABLE_NAME\", CAST(x.attname AS text) AS \"COLUMN_NAME\","
                + " CASE x.typtype WHEN 'c' THEN 2002 WHEN 'd' THEN 2001 WHEN 'e' THEN 12 ELSE "
                + jdbcType("x.typname", "x.typinput") + " END AS \"DATA_TYPE\","
                + " CAST(CASE WHEN " + serial + " AND x.typname = 'int4' THEN 'serial'"
                + " WHEN " + serial + " AND x.typname = 'int8' THEN 'bigserial'"
                + " WHEN " + serial + " AND x.typname = 'int2' THEN 'smallserial' ELSE x.typname END AS text)"
                + " AS \"TYPE_NAME\","
                + " " + columnSize() + " AS \"COLUMN_SIZE\", CAST(NULL AS integer) AS \"BUFFER_LENGTH\","
                + " " + decimalDigits() + " AS \"DECIMAL_DIGITS\","
                + " CASE WHEN x.tn IN ('bit', 'varbit') THEN 2 ELSE 10 END AS \"NUM_PREC_RADIX\","
                + " CASE WHEN x.attnotnull THEN 0 ELSE 1 END AS \"NULLABLE\", x.remarks AS \"REMARKS\","
                + " x.defval AS \"COLUMN_DEF\", CAST(NULL AS integer) AS \"SQL_DATA_TYPE\","
                + " CAST(NULL AS integer) AS \"SQL_DATETIME_SUB\","
                + " CASE WHEN " + characterType + " THEN " + columnSize() + " END AS \"CHAR_OCTET_LENGTH\","
                + " CAST(x.position AS integer) AS \"ORDINAL_POSITION\","
                + " CASE WHEN x.attnotnull THEN 'NO' ELSE 'YES' END AS \"IS_NULLABLE\","
                + " CAST(NULL AS text) AS \"SCOPE_CATALOG\", CAST(NULL AS text) AS \"SCOPE_SCHEMA\","
                + " CAST(NULL AS text) AS \"SCOPE_TABLE\","
                + " CASE WHEN x.typtype = 'd' THEN " + jdbcType("x.tn", "x.tninput") + " END AS \"SOURCE_DATA_TYPE\","
                + " CASE WHEN " + serial + " OR x.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END"
                + " AS \"IS_AUTOINCREMENT\","
                + " CASE WHEN x.attgenerated = 's' THEN 'YES' ELSE 'NO' END AS \"IS_GENERATEDCOLUMN\""
                + " FROM (" + x + ") x";
    }

    /** pgjdbc's java.sql.Types code for a base type name; {@code input} tells arrays (array_in) apart. */
    private static String jdbcType(String name, String input) {
        return "CASE WHEN " + input + " = 'array_in' THEN 2003"
                + " WHEN " + name + " = 'int2' THEN 5 WHEN " + name + " = 'int4' THEN 4"
                + " WHEN " + name + " IN ('int8', 'oid') THEN -5 WHEN " + name + " = 'numeric' THEN 2"
                + " WHEN " + name + " = 'float4' THEN 7 WHEN " + name + " IN ('float8', 'money') THEN 8"
                + " WHEN " + name + " IN ('char', 'bpchar') THEN 1"
                + " WHEN " + name + " IN ('varchar', 'text', 'name') THEN 12 WHEN " + name + " = 'bytea' THEN -2"
                + " WHEN " + name + " IN ('bool', 'bit') THEN -7 WHEN " + name + " = 'date' THEN 91"
                + " WHEN " + name + " IN ('time', 'timetz') THEN 92"
                + " WHEN " + name + " IN ('timestamp', 'timestamptz') THEN 93"
                + " WHEN " + name + " = 'refcursor' THEN 2012 WHEN " + name + " = 'xml' THEN 2009 ELSE 1111 END";
    }

    /** pgjdbc's COLUMN_SIZE: the precision, or the display size where the type has no precision. */
    private static String columnSize() {
        String fraction = "CASE x.tm WHEN -1 THEN 7 WHEN 0 THEN 0 ELSE x.tm + 1 END";
        return "CASE WHEN x.typtype IN ('c', 'e') THEN 2147483647"
                + " WHEN x.tn = 'int2' THEN 5 WHEN x.tn IN ('int4', 'oid') THEN 10 WHEN x.tn = 'int8' THEN 19"
                + " WHEN x.tn = 'float4' THEN 8 WHEN x.tn = 'float8' THEN 17"
                // pgjdbc gives an unconstrained numeric size 0 and no decimal digits.
                + " WHEN x.tn = 'numeric' THEN CASE WHEN x.tm = -1 THEN 0 ELSE ((x.tm - 4) >> 16) & 65535 END"
                + " WHEN x.tn IN ('bpchar', 'varchar') THEN CASE WHEN x.tm = -1 THEN 2147483647 ELSE x.tm - 4 END"
                + " WHEN x.tn IN ('char', 'bool') THEN 1 WHEN x.tn = 'date' THEN 13"
                + " WHEN x.tn = 'time' THEN 8 + " + fraction
                + " WHEN x.tn = 'timetz' THEN 14 + " + fraction
                + " WHEN x.tn = 'timestamp' THEN 22 + " + fraction
                + " WHEN x.tn = 'timestamptz' THEN 28 + " + fraction
                + " WHEN x.tn = 'interval' THEN 49"
                + " WHEN x.tn IN ('bit', 'varbit') THEN CASE WHEN x.tm = -1 THEN 2147483647 ELSE x.tm END"
                + " ELSE 2147483647 END";
    }

    /** pgjdbc's DECIMAL_DIGITS: the scale, fractional second digits, or 0. */
    private static String decimalDigits() {
        return "CASE WHEN x.tn = 'float4' THEN 8 WHEN x.tn = 'float8' THEN 17"
                + " WHEN x.tn = 'numeric' THEN CASE WHEN x.tm <> -1 THEN (x.tm - 4) & 65535 END"
                + " WHEN x.tn IN ('time', 'timetz', 'timestamp', 'timestamptz')"
                + " THEN CASE WHEN x.tm = -1 THEN 6 ELSE x.tm END"
                + " WHEN x.tn = 'interval' THEN CASE WHEN x.tm = -1 THEN 6 ELSE x.tm & 65535 END ELSE 0 END";
    }

    @Override
    String primaryKeys() {
        return "SELECT CAST(current_database() AS text) AS \"TABLE_CAT\", CAST(n.nspname AS text) AS \"TABLE_SCHEM\","
                + " CAST(c.relname AS text) AS \"TABLE_NAME\", CAST(a.attname AS text) AS \"COLUMN_NAME\","
                + " CAST(k.seq AS integer) AS \"KEY_SEQ\", CAST(con.conname AS text) AS \"PK_NAME\""
                + " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, seq)"
                + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum"
                + " WHERE con.contype = 'p'";
    }

    @Override
    String foreignKeys() {
        return "SELECT CAST(current_database() AS text) AS \"PKTABLE_CAT\", CAST(pn.nspname AS text) AS \"PKTABLE_SCHEM\","
                + " CAST(pc.relname AS text) AS \"PKTABLE_NAME\", CAST(pa.attname AS text) AS \"PKCOLUMN_NAME\","
                + " CAST(current_database() AS text) AS \"FKTABLE_CAT\", CAST(fn.nspname AS text) AS \"FKTABLE_SCHEM\","
                + " CAST(fc.relname AS text) AS \"FKTABLE_NAME\", CAST(fa.attname AS text) AS \"FKCOLUMN_NAME\","
                + " CAST(k.seq AS integer) AS \"KEY_SEQ\", " + rule("con.confupdtype") + " AS \"UPDATE_RULE\","
                + " " + rule("con.confdeltype") + " AS \"DELETE_RULE\", CAST(con.conname AS text) AS \"FK_NAME\","
                + " CAST(pk.relname AS text) AS \"PK_NAME\","
                + " CASE WHEN con.condeferrable AND con.condeferred THEN 5 WHEN con.condeferrable THEN 6 ELSE 7 END"
                + " AS \"DEFERRABILITY\""
                + " FROM pg_catalog.pg_constraint con"
                + " JOIN pg_catalog.pg_class fc ON fc.oid = con.conrelid"
                + " JOIN pg_catalog.pg_namespace fn ON fn.oid = fc.relnamespace"
                + " JOIN pg_catalog.pg_class pc ON pc.oid = con.confrelid"
                + " JOIN pg_catalog.pg_namespace pn ON pn.oid = pc.relnamespace"
                + " CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(fkattnum, pkattnum, seq)"
                + " JOIN pg_catalog.pg_attribute fa ON fa.attrelid = con.conrelid AND fa.attnum = k.fkattnum"
                + " JOIN pg_catalog.pg_attribute pa ON pa.attrelid = con.confrelid AND pa.attnum = k.pkattnum"
                // The referenced key is the unique index the constraint depends on.
                + " LEFT JOIN pg_catalog.pg_class pk ON pk.oid = con.conindid"
                + " WHERE con.contype = 'f'";
    }

    /** Maps a pg_constraint action letter to DatabaseMetaData's importedKey* code. */
    private static String rule(String column) {
        return "CASE " + column + " WHEN 'c' THEN 0 WHEN 'r' THEN 1 WHEN 'n' THEN 2 WHEN 'd' THEN 4 ELSE 3 END";
    }

    @Override
    String indexInfo() {
        return "SELECT CAST(current_database() AS text) AS \"TABLE_CAT\", CAST(n.nspname AS text) AS \"TABLE_SCHEM\","
                + " CAST(ct.relname AS text) AS \"TABLE_NAME\", NOT i.indisunique AS \"NON_UNIQUE\","
                + " CAST(NULL AS text) AS \"INDEX_QUALIFIER\", CAST(ci.relname AS text) AS \"INDEX_NAME\","
                + " CASE WHEN i.indisclustered THEN 1 WHEN am.amname = 'hash' THEN 2 ELSE 3 END AS \"TYPE\","
                + " CAST(k.seq AS integer) AS \"ORDINAL_POSITION\","
                // attnum 0 marks an expression column; its text is the expression.
                + " CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, CAST(k.seq AS integer), true)"
                + " ELSE CAST(a.attname AS text) END AS \"COLUMN_NAME\","
                + " CASE WHEN NOT pg_catalog.pg_indexam_has_property(am.oid, 'can_order') THEN NULL"
                + " WHEN (i.indoption[CAST(k.seq AS integer) - 1] & 1) = 1 THEN 'D' ELSE 'A' END AS \"ASC_OR_DESC\","
                + " CAST(ci.reltuples AS bigint) AS \"CARDINALITY\", CAST(ci.relpages AS bigint) AS \"PAGES\","
                + " pg_catalog.pg_get_expr(i.indpred, i.indrelid) AS \"FILTER_CONDITION\""
                + " FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ci ON ci.oid = i.indexrelid"
                + " JOIN pg_catalog.pg_class ct ON ct.oid = i.indrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = ct.relnamespace"
                + " JOIN pg_catalog.pg_am am ON am.oid = ci.relam"
                + " CROSS JOIN LATERAL unnest(CAST(i.indkey AS int2[])) WITH ORDINALITY AS k(attnum, seq)"
                + " LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = ct.oid AND a.attnum = k.attnum"
                // INCLUDE columns are stored, not indexed.
                + " WHERE k.seq <= i.indnkeyatts";
    }

    @Override
    String procedures() {
        // Procedures proper (CREATE PROCEDURE), as pgjdbc lists them; functions are getFunctions'. The specific name
        // tells overloads apart by oid. A procedure returns no result (OUT parameters are getProcedureColumns').
        return "SELECT CAST(current_database() AS text) AS \"PROCEDURE_CAT\", CAST(n.nspname AS text) AS \"PROCEDURE_SCHEM\","
                + " CAST(p.proname AS text) AS \"PROCEDURE_NAME\", CAST(NULL AS text) AS \"RESERVED1\","
                + " CAST(NULL AS text) AS \"RESERVED2\", CAST(NULL AS text) AS \"RESERVED3\","
                + " d.description AS \"REMARKS\","
                + " 1 AS \"PROCEDURE_TYPE\","
                + " CAST(p.proname AS text) || '_' || CAST(p.oid AS text) AS \"SPECIFIC_NAME\""
                + routines() + " WHERE p.prokind = 'p'";
    }

    @Override
    String functions() {
        return "SELECT CAST(current_database() AS text) AS \"FUNCTION_CAT\", CAST(n.nspname AS text) AS \"FUNCTION_SCHEM\","
                + " CAST(p.proname AS text) AS \"FUNCTION_NAME\", d.description AS \"REMARKS\","
                + " CASE WHEN p.proretset OR pg_catalog.pg_get_function_result(p.oid) LIKE 'TABLE(%' THEN 2"
                + " ELSE 1 END AS \"FUNCTION_TYPE\","
                + " CAST(p.proname AS text) || '_' || CAST(p.oid AS text) AS \"SPECIFIC_NAME\""
                + routines() + " WHERE p.prokind = 'f'";
    }

    private static String routines() {
        return " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                + " LEFT JOIN pg_catalog.pg_description d ON d.objoid = p.oid AND d.objsubid = 0"
                + " AND d.classoid = CAST('pg_catalog.pg_proc' AS regclass)";
    }

    @Override
    MetadataQuery typeInfo(ResultShape shape) {
        return TypeInfoTable.load("postgresql", shape);
    }
}
