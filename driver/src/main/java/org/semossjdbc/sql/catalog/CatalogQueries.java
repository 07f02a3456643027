package org.semossjdbc.sql.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.LiteralRenderer;

/**
 * Answers the live-schema {@link java.sql.DatabaseMetaData} methods for one backend: each method returns a
 * {@link MetadataQuery} whose SQL, run through SEMOSS's read path, yields exactly the JDBC 4.3 columns of the
 * method (labels, order) in the order the javadoc requires. Pure: builds text, does no I/O.
 *
 * <p>Arguments follow {@code DatabaseMetaData}: parameters named {@code ...Pattern} are LIKE patterns with
 * {@code %}, {@code _} and the escape {@code \} ({@code getSearchStringEscape()}); other names are exact; null means
 * "do not filter"; {@code ""} means "objects without a catalog/schema" (none, on H2 and PostgreSQL). Name values
 * reach the SQL only through the {@link LiteralRenderer}. Names are compared case-sensitively, as stored.
 *
 * <p>Catalogs: H2's is the database name; PostgreSQL's is always {@code current_database()}; on MariaDB catalogs
 * are databases, schemas are absent (null), and a null catalog means the current database (see
 * {@link MariaDbCatalogSql}). Values arrive as SEMOSS encodes them; convert every row with
 * {@link ResultShape#convertRow(java.util.List)}.
 */
public final class CatalogQueries {

    private final Dialect dialect;
    private final CatalogSql sql;

    private CatalogQueries(Dialect dialect, CatalogSql sql) {
        this.dialect = dialect;
        this.sql = sql;
    }

    /**
     * The queries for {@code dialect}, putting name values into SQL with {@code literals}.
     *
     * @throws IllegalArgumentException for {@link Dialect#GENERIC}, whose catalog is unknown: answer its metadata
     *                                  calls with empty results of {@link MetadataShapes#forMethod(String)}
     */
    public static CatalogQueries forDialect(Dialect dialect, LiteralRenderer literals) {
        Objects.requireNonNull(literals, "literals");
        return build(dialect, literals::string);
    }

    /** Whether {@link #forDialect} supports {@code dialect}. */
    public static boolean supports(Dialect dialect) {
        return dialect == Dialect.H2 || dialect == Dialect.POSTGRESQL || dialect == Dialect.MARIADB;
    }

    private static CatalogQueries build(Dialect dialect, UnaryOperator<String> stringLiteral) {
        Objects.requireNonNull(dialect, "dialect");
        CatalogSql sql = switch (dialect) {
            case H2 -> new H2CatalogSql(stringLiteral);
            case POSTGRESQL -> new PostgresCatalogSql(stringLiteral);
            case MARIADB -> new MariaDbCatalogSql(stringLiteral);
            default -> throw new IllegalArgumentException("no catalog queries for dialect " + dialect);
        };
        return new CatalogQueries(dialect, sql);
    }

    /** The dialect these queries are written in. */
    public Dialect dialect() {
        return dialect;
    }

    /** {@code getCatalogs()}: ordered by TABLE_CAT. */
    public MetadataQuery catalogs() {
        return query("getCatalogs", sql.catalogs(), new ArrayList<>(), "TABLE_CAT");
    }

    /** {@code getSchemas()}: ordered by TABLE_CATALOG, TABLE_SCHEM. */
    public MetadataQuery schemas() {
        return schemas(null, null);
    }

    /** {@code getSchemas(catalog, schemaPattern)}: ordered by TABLE_CATALOG, TABLE_SCHEM; empty on MariaDB. */
    public MetadataQuery schemas(String catalog, String schemaPattern) {
        String select = sql.schemas();
        if (select == null) {
            return MetadataQuery.rows(MetadataShapes.forMethod("getSchemas"), List.of());
        }
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "TABLE_CATALOG", catalog);
        sql.filterSchema(where, "TABLE_SCHEM", schemaPattern, true);
        return query("getSchemas", select, where, "TABLE_CATALOG", "TABLE_SCHEM");
    }

    /**
     * {@code getTables}: ordered by TABLE_TYPE, TABLE_CAT, TABLE_SCHEM, TABLE_NAME. {@code types} null means all
     * types; its values are compared exactly with {@link #tableTypes()}'s.
     */
    public MetadataQuery tables(String catalog, String schemaPattern, String tableNamePattern, String[] types) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "TABLE_CAT", catalog);
        sql.filterSchema(where, "TABLE_SCHEM", schemaPattern, true);
        sql.filterPattern(where, "TABLE_NAME", tableNamePattern);
        if (types != null) {
            List<String> literals = new ArrayList<>();
            for (String type : types) {
                if (type != null) {
                    literals.add(sql.literal(type));
                }
            }
            where.add(literals.isEmpty() ? sql.never()
                    : sql.quote("TABLE_TYPE") + " IN (" + String.join(", ", literals) + ")");
        }
        return query("getTables", sql.tables(), where, "TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME");
    }

    /** {@code getTableTypes()}: the types {@link #tables} reports on this backend, sorted; known without the server. */
    public MetadataQuery tableTypes() {
        ResultShape shape = MetadataShapes.forMethod("getTableTypes");
        List<List<Object>> rows = new ArrayList<>();
        for (String type : sql.tableTypes()) {
            rows.add(List.of(type));
        }
        return MetadataQuery.rows(shape, rows);
    }

    /** {@code getColumns}: ordered by TABLE_CAT, TABLE_SCHEM, TABLE_NAME, ORDINAL_POSITION. */
    public MetadataQuery columns(String catalog, String schemaPattern, String tableNamePattern,
                                 String columnNamePattern) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "TABLE_CAT", catalog);
        sql.filterSchema(where, "TABLE_SCHEM", schemaPattern, true);
        sql.filterPattern(where, "TABLE_NAME", tableNamePattern);
        sql.filterPattern(where, "COLUMN_NAME", columnNamePattern);
        return query("getColumns", sql.columns(), where, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION");
    }

    /** {@code getPrimaryKeys} (exact names; a null table means every table): ordered by COLUMN_NAME. */
    public MetadataQuery primaryKeys(String catalog, String schema, String table) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "TABLE_CAT", catalog);
        sql.filterSchema(where, "TABLE_SCHEM", schema, false);
        sql.filterName(where, "TABLE_NAME", table);
        return query("getPrimaryKeys", sql.primaryKeys(), where, "COLUMN_NAME");
    }

    /**
     * {@code getImportedKeys}: the primary key columns referenced by {@code table}'s foreign keys, ordered by
     * PKTABLE_CAT, PKTABLE_SCHEM, PKTABLE_NAME, KEY_SEQ.
     */
    public MetadataQuery importedKeys(String catalog, String schema, String table) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "FKTABLE_CAT", catalog);
        sql.filterSchema(where, "FKTABLE_SCHEM", schema, false);
        sql.filterName(where, "FKTABLE_NAME", table);
        return query("getImportedKeys", sql.foreignKeys(), where,
                "PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "KEY_SEQ");
    }

    /**
     * {@code getExportedKeys}: the foreign key columns that reference {@code table}'s keys, ordered by
     * FKTABLE_CAT, FKTABLE_SCHEM, FKTABLE_NAME, KEY_SEQ.
     */
    public MetadataQuery exportedKeys(String catalog, String schema, String table) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "PKTABLE_CAT", catalog);
        sql.filterSchema(where, "PKTABLE_SCHEM", schema, false);
        sql.filterName(where, "PKTABLE_NAME", table);
        return query("getExportedKeys", sql.foreignKeys(), where,
                "FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "KEY_SEQ");
    }

    /**
     * {@code getCrossReference}: the foreign keys of the foreign table that reference the parent table, ordered by
     * FKTABLE_CAT, FKTABLE_SCHEM, FKTABLE_NAME, KEY_SEQ.
     */
    public MetadataQuery crossReference(String parentCatalog, String parentSchema, String parentTable,
                                        String foreignCatalog, String foreignSchema, String foreignTable) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "PKTABLE_CAT", parentCatalog);
        sql.filterSchema(where, "PKTABLE_SCHEM", parentSchema, false);
        sql.filterName(where, "PKTABLE_NAME", parentTable);
        sql.filterCatalog(where, "FKTABLE_CAT", foreignCatalog);
        sql.filterSchema(where, "FKTABLE_SCHEM", foreignSchema, false);
        sql.filterName(where, "FKTABLE_NAME", foreignTable);
        return query("getCrossReference", sql.foreignKeys(), where,
                "FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "KEY_SEQ");
    }

    /**
     * {@code getIndexInfo}: one row per index column, ordered by NON_UNIQUE, TYPE, INDEX_NAME, ORDINAL_POSITION.
     * {@code approximate} is accepted and ignored: the statistics are whatever the backend last stored.
     */
    public MetadataQuery indexInfo(String catalog, String schema, String table, boolean unique, boolean approximate) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "TABLE_CAT", catalog);
        sql.filterSchema(where, "TABLE_SCHEM", schema, false);
        sql.filterName(where, "TABLE_NAME", table);
        if (unique) {
            // NON_UNIQUE is a boolean on H2 and PostgreSQL and 0/1 on MariaDB: NOT works for both.
            where.add("NOT " + sql.quote("NON_UNIQUE"));
        }
        return query("getIndexInfo", sql.indexInfo(), where, "NON_UNIQUE", "TYPE", "INDEX_NAME", "ORDINAL_POSITION");
    }

    /**
     * {@code getProcedures}: ordered by PROCEDURE_CAT, PROCEDURE_SCHEM, PROCEDURE_NAME, SPECIFIC_NAME. PostgreSQL lists
     * only procedures (functions are {@link #functions}'), as pgjdbc does; MariaDB lists stored functions too, as its
     * drivers do; H2 lists its Java aliases.
     */
    public MetadataQuery procedures(String catalog, String schemaPattern, String procedureNamePattern) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "PROCEDURE_CAT", catalog);
        sql.filterSchema(where, "PROCEDURE_SCHEM", schemaPattern, true);
        sql.filterPattern(where, "PROCEDURE_NAME", procedureNamePattern);
        return query("getProcedures", sql.procedures(), where,
                "PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "SPECIFIC_NAME");
    }

    /** {@code getFunctions}: ordered by FUNCTION_CAT, FUNCTION_SCHEM, FUNCTION_NAME, SPECIFIC_NAME. */
    public MetadataQuery functions(String catalog, String schemaPattern, String functionNamePattern) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "FUNCTION_CAT", catalog);
        sql.filterSchema(where, "FUNCTION_SCHEM", schemaPattern, true);
        sql.filterPattern(where, "FUNCTION_NAME", functionNamePattern);
        return query("getFunctions", sql.functions(), where,
                "FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "SPECIFIC_NAME");
    }

    /**
     * {@code getBestRowIdentifier}: the primary key columns of {@code table} (exact names), ordered by SCOPE; empty
     * for a table without a primary key. {@code scope} and {@code nullable} do not narrow the answer: a primary key
     * holds for the whole session and its columns are never nullable.
     */
    public MetadataQuery bestRowIdentifier(String catalog, String schema, String table, int scope, boolean nullable) {
        List<String> where = new ArrayList<>();
        sql.filterCatalog(where, "TABLE_CAT", catalog);
        sql.filterSchema(where, "TABLE_SCHEM", schema, false);
        sql.filterName(where, "TABLE_NAME", table);
        ResultShape shape = MetadataShapes.forMethod("getBestRowIdentifier");
        return MetadataQuery.sql(shape, sql.project(shape, sql.bestRowIdentifier(), where, "SCOPE"));
    }

    /** {@code getTypeInfo()}: ordered by DATA_TYPE, closest match first. Static rows on PostgreSQL and MariaDB. */
    public MetadataQuery typeInfo() {
        return sql.typeInfo(MetadataShapes.forMethod("getTypeInfo"));
    }

    private MetadataQuery query(String method, String select, List<String> where, String... order) {
        ResultShape shape = MetadataShapes.forMethod(method);
        return MetadataQuery.sql(shape, sql.wrap(shape, select, where, order));
    }
}
