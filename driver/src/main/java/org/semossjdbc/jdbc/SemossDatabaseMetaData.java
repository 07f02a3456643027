package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.ColumnHeader;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.catalog.CatalogQueries;
import org.semossjdbc.sql.catalog.DialectFeatures;
import org.semossjdbc.sql.catalog.MetadataColumn;
import org.semossjdbc.sql.catalog.MetadataQuery;
import org.semossjdbc.sql.catalog.MetadataShapes;
import org.semossjdbc.sql.catalog.ResultShape;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.RowIdLifetime;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Database metadata.
 *
 * <p><b>Product name.</b> The SQL an application sends through SEMOSS is the engine's own dialect, and tools choose
 * their SQL by {@code getDatabaseProductName()} (Spring's error codes, Flyway, Hibernate, db-scheduler, ShedLock), so
 * by default the product is the backend: {@code H2}, {@code PostgreSQL} or {@code MariaDB} (as their own drivers
 * spell it), with the backend's version and SEMOSS's in {@code getDatabaseProductVersion()}, e.g.
 * {@code 15.4 (SEMOSS 4.3.0-SNAPSHOT)}; the major/minor versions are the backend's. {@code productName=semoss} reports
 * {@code SEMOSS} and its version instead, with the backend in parentheses. An engine of unknown dialect is always
 * {@code SEMOSS}.
 *
 * <p>SEMOSS has no transactions ({@code supportsTransactions} is false) and results are forward-only and read-only.
 * Catalog methods run the catalog SQL of the engine's dialect ({@link CatalogQueries}) through the read path;
 * {@code getTablePrivileges}/{@code getColumnPrivileges} derive from the user's SEMOSS permission on the engine; the
 * others return empty results of the shape JDBC prescribes.
 */
final class SemossDatabaseMetaData implements DatabaseMetaData {
    private final SemossConnection connection;
    /** Loaded on first use; metadata objects are used by one thread, like their connection's statements. */
    private DialectFeatures features;

    SemossDatabaseMetaData(SemossConnection connection) {
        this.connection = connection;
    }

    private Dialect dialect() throws SQLException {
        return connection.context().dialect();
    }

    private ResultSet empty(String method) {
        return new InMemoryResultSet(null, headers(MetadataShapes.forMethod(method)), List.of());
    }

    /**
     * Answers a catalog method with the catalog SQL of the engine's dialect, run through the read path (view
     * permission suffices); the generic dialect, whose catalog is unknown, gets an empty result of the JDBC shape.
     */
    private ResultSet catalog(String method, CatalogCall call) throws SQLException {
        ConnectionContext context = connection.context();
        if (!CatalogQueries.supports(context.dialect())) {
            return empty(method);
        }
        MetadataQuery query = catalogQuery(context, call);
        return new InMemoryResultSet(null, headers(query.shape()), catalogRows(query));
    }

    private static MetadataQuery catalogQuery(ConnectionContext context, CatalogCall call) throws SQLException {
        MetadataQuery query;
        try {
            query = call.apply(CatalogQueries.forDialect(context.dialect(), context.renderer()));
        } catch (IllegalArgumentException e) {
            throw new SQLDataException(e.getMessage(), "22023");
        }
        return query;
    }

    private List<Object[]> catalogRows(MetadataQuery query) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        if (query.needsServer()) {
            for (Object[] wire : connection.readAll(query.sql())) {
                rows.add(query.shape().convertRow(Arrays.asList(wire)).toArray());
            }
        } else {
            for (List<Object> row : query.rows()) {
                rows.add(row.toArray());
            }
        }
        return rows;
    }

    /**
     * One row per table (and per column for {@code getColumnPrivileges}) per privilege the user's SEMOSS permission
     * gives: OWNER and EDIT hold SELECT, INSERT, UPDATE and DELETE on tables; READ_ONLY, a permission that cannot be
     * established, and views or system tables give SELECT only. The grantee is the connection's user name; an OWNER
     * may share the engine in SEMOSS, so its privileges are grantable.
     */
    private ResultSet privileges(String method, String catalog, String schemaPattern, String tablePattern,
                                 String columnPattern) throws SQLException {
        ConnectionContext context = connection.context();
        if (!CatalogQueries.supports(context.dialect())) {
            return empty(method);
        }
        boolean columns = columnPattern != null;
        MetadataQuery query = catalogQuery(context, columns
                ? q -> q.columns(catalog, schemaPattern, tablePattern, columnPattern)
                : q -> q.tables(catalog, schemaPattern, tablePattern, null));
        int typeIndex = columns ? -1 : query.shape().indexOf("TABLE_TYPE");
        int columnIndex = columns ? query.shape().indexOf("COLUMN_NAME") : -1;
        boolean canEdit = context.engine().canEdit();
        String grantable = context.engine().permission() == 1 ? "YES" : "NO";
        String grantee = connection.settings().userName();
        List<Object[]> rows = new ArrayList<>();
        for (Object[] table : catalogRows(query)) {
            String type = typeIndex < 0 ? "TABLE" : String.valueOf(table[typeIndex]);
            boolean writable = canEdit && type.contains("TABLE") && !type.contains("SYSTEM");
            for (String privilege : writable ? WRITE_PRIVILEGES : READ_PRIVILEGES) {
                rows.add(columns
                        ? new Object[] {table[0], table[1], table[2], table[columnIndex], null, grantee, privilege,
                            grantable}
                        : new Object[] {table[0], table[1], table[2], null, grantee, privilege, grantable});
            }
        }
        if (columns) {
            // JDBC orders column privileges by COLUMN_NAME, then PRIVILEGE (the table is one exact name).
            rows.sort(java.util.Comparator.comparing((Object[] r) -> String.valueOf(r[3]))
                    .thenComparing(r -> String.valueOf(r[6])));
        }
        return new InMemoryResultSet(null, headers(MetadataShapes.forMethod(method)), rows);
    }

    /** In JDBC's order (by PRIVILEGE). */
    private static final List<String> WRITE_PRIVILEGES = List.of("DELETE", "INSERT", "SELECT", "UPDATE");
    private static final List<String> READ_PRIVILEGES = List.of("SELECT");

    private interface CatalogCall {
        MetadataQuery apply(CatalogQueries queries);
    }

    private static List<ColumnHeader> headers(ResultShape shape) {
        List<ColumnHeader> headers = new ArrayList<>();
        for (MetadataColumn column : shape.columns()) {
            String type = switch (column.jdbcType()) {
                case Types.INTEGER -> "INTEGER";
                case Types.SMALLINT -> "SMALLINT";
                case Types.BIGINT -> "BIGINT";
                case Types.BOOLEAN, Types.BIT -> "BOOLEAN";
                default -> "STRING";
            };
            headers.add(new ColumnHeader(column.name(), column.name(), type));
        }
        return headers;
    }

    /** The dialect's own answer (catalog branch's feature tables), or {@code fallback} for the generic dialect. */
    private boolean flag(String method, boolean fallback) throws SQLException {
        DialectFeatures features = features();
        return features == null || !features.answers().containsKey(method) ? fallback : features.flag(method);
    }

    /** {@code getColumnPrivileges} takes an exact table name: its {@code %} and {@code _} are escaped. */
    private static String escapePattern(String name) {
        return name == null ? null : name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private int limit(String method, int fallback) throws SQLException {
        DialectFeatures features = features();
        return features == null || !features.answers().containsKey(method) ? fallback : features.limit(method);
    }

    private String text(String method, String fallback) throws SQLException {
        DialectFeatures features = features();
        return features == null || !features.answers().containsKey(method) ? fallback : features.answer(method);
    }

    private DialectFeatures features() throws SQLException {
        Dialect dialect = dialect();
        if (features == null && CatalogQueries.supports(dialect)) {
            features = DialectFeatures.forDialect(dialect);
        }
        return features;
    }

    private boolean reportsBackend() throws SQLException {
        return !connection.settings().reportSemossAsProduct() && CatalogQueries.supports(dialect());
    }

    /** The version whose major/minor parts the product name implies. */
    private String productVersionNumber() throws SQLException {
        if (reportsBackend()) {
            String backend = connection.backendSession().version();
            return backend == null ? "" : backend;
        }
        return connection.serverVersion();
    }

    private int versionPart(int index) throws SQLException {
        String[] parts = productVersionNumber().replaceFirst("^[^0-9]+", "").split("[^0-9]+");
        try {
            return parts.length > index ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    @Override
    public boolean allProceduresAreCallable() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean allTablesAreSelectable() throws SQLException {
        connection.checkOpen();
        return true;
    }

    @Override
    public boolean autoCommitFailureClosesAllResultSets() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean dataDefinitionCausesTransactionCommit() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean dataDefinitionIgnoredInTransactions() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean deletesAreDetected(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean doesMaxRowSizeIncludeBlobs() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean generatedKeyAlwaysReturned() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public ResultSet getAttributes(String p0, String p1, String p2, String p3) throws SQLException {
        connection.checkOpen();
        return empty("getAttributes");
    }

    @Override
    public ResultSet getBestRowIdentifier(String p0, String p1, String p2, int p3, boolean p4) throws SQLException {
        connection.checkOpen();
        return catalog("getBestRowIdentifier", q -> q.bestRowIdentifier(p0, p1, p2, p3, p4));
    }

    @Override
    public String getCatalogSeparator() throws SQLException {
        connection.checkOpen();
        return text("getCatalogSeparator", ".");
    }

    @Override
    public String getCatalogTerm() throws SQLException {
        connection.checkOpen();
        return text("getCatalogTerm", "catalog");
    }

    @Override
    public ResultSet getCatalogs() throws SQLException {
        connection.checkOpen();
        return catalog("getCatalogs", q -> q.catalogs());
    }

    @Override
    public ResultSet getClientInfoProperties() throws SQLException {
        connection.checkOpen();
        return empty("getClientInfoProperties");
    }

    @Override
    public ResultSet getColumnPrivileges(String p0, String p1, String p2, String p3) throws SQLException {
        connection.checkOpen();
        return privileges("getColumnPrivileges", p0, p1, escapePattern(p2), p3 == null ? "%" : p3);
    }

    @Override
    public ResultSet getColumns(String p0, String p1, String p2, String p3) throws SQLException {
        connection.checkOpen();
        return catalog("getColumns", q -> q.columns(p0, p1, p2, p3));
    }

    @Override
    public Connection getConnection() throws SQLException {
        connection.checkOpen();
        return connection;
    }

    @Override
    public ResultSet getCrossReference(String p0, String p1, String p2, String p3, String p4, String p5) throws SQLException {
        connection.checkOpen();
        return catalog("getCrossReference", q -> q.crossReference(p0, p1, p2, p3, p4, p5));
    }

    @Override
    public int getDatabaseMajorVersion() throws SQLException {
        connection.checkOpen();
        return versionPart(0);
    }

    @Override
    public int getDatabaseMinorVersion() throws SQLException {
        connection.checkOpen();
        return versionPart(1);
    }

    @Override
    public String getDatabaseProductName() throws SQLException {
        connection.checkOpen();
        return reportsBackend() ? features().productName() : "SEMOSS";
    }

    /**
     * {@code <backend version> (SEMOSS <server version>)}, e.g. {@code 1.4.200 (2019-10-14) (SEMOSS 4.3.0)}; with
     * {@code productName=semoss}, {@code <server version> (<backend> <backend version>)}. The backend's version is read
     * once per connection by one small query, the server's once from {@code GET /config}.
     */
    @Override
    public String getDatabaseProductVersion() throws SQLException {
        connection.checkOpen();
        if (reportsBackend()) {
            String backend = connection.backendSession().version();
            return (backend == null ? "unknown" : backend) + " (SEMOSS " + connection.serverVersion() + ")";
        }
        if (!CatalogQueries.supports(dialect())) {
            return connection.serverVersion() + " (" + dialect().name() + ")";
        }
        String backend = connection.backendSession().version();
        return connection.serverVersion() + " (" + features().productName()
                + (backend == null ? "" : " " + backend) + ")";
    }

    @Override
    public int getDefaultTransactionIsolation() throws SQLException {
        connection.checkOpen();
        return Connection.TRANSACTION_NONE;
    }

    @Override
    public int getDriverMajorVersion() {
        return SemossDriver.MAJOR;
    }

    @Override
    public int getDriverMinorVersion() {
        return SemossDriver.MINOR;
    }

    @Override
    public String getDriverName() throws SQLException {
        connection.checkOpen();
        return SemossDriver.NAME;
    }

    @Override
    public String getDriverVersion() throws SQLException {
        connection.checkOpen();
        return SemossDriver.VERSION;
    }

    @Override
    public ResultSet getExportedKeys(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return catalog("getExportedKeys", q -> q.exportedKeys(p0, p1, p2));
    }

    @Override
    public String getExtraNameCharacters() throws SQLException {
        connection.checkOpen();
        return text("getExtraNameCharacters", "");
    }

    @Override
    public ResultSet getFunctionColumns(String p0, String p1, String p2, String p3) throws SQLException {
        connection.checkOpen();
        return empty("getFunctionColumns");
    }

    @Override
    public ResultSet getFunctions(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return catalog("getFunctions", q -> q.functions(p0, p1, p2));
    }

    @Override
    public String getIdentifierQuoteString() throws SQLException {
        connection.checkOpen();
        return text("getIdentifierQuoteString", dialect() == Dialect.MARIADB ? "`" : "\"");
    }

    @Override
    public ResultSet getImportedKeys(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return catalog("getImportedKeys", q -> q.importedKeys(p0, p1, p2));
    }

    @Override
    public ResultSet getIndexInfo(String p0, String p1, String p2, boolean p3, boolean p4) throws SQLException {
        connection.checkOpen();
        return catalog("getIndexInfo", q -> q.indexInfo(p0, p1, p2, p3, p4));
    }

    @Override
    public int getJDBCMajorVersion() throws SQLException {
        connection.checkOpen();
        return 4;
    }

    @Override
    public int getJDBCMinorVersion() throws SQLException {
        connection.checkOpen();
        return 3;
    }

    @Override
    public int getMaxBinaryLiteralLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxBinaryLiteralLength", 0);
    }

    @Override
    public int getMaxCatalogNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxCatalogNameLength", 0);
    }

    @Override
    public int getMaxCharLiteralLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxCharLiteralLength", 0);
    }

    @Override
    public int getMaxColumnNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxColumnNameLength", 0);
    }

    @Override
    public int getMaxColumnsInGroupBy() throws SQLException {
        connection.checkOpen();
        return limit("getMaxColumnsInGroupBy", 0);
    }

    @Override
    public int getMaxColumnsInIndex() throws SQLException {
        connection.checkOpen();
        return limit("getMaxColumnsInIndex", 0);
    }

    @Override
    public int getMaxColumnsInOrderBy() throws SQLException {
        connection.checkOpen();
        return limit("getMaxColumnsInOrderBy", 0);
    }

    @Override
    public int getMaxColumnsInSelect() throws SQLException {
        connection.checkOpen();
        return limit("getMaxColumnsInSelect", 0);
    }

    @Override
    public int getMaxColumnsInTable() throws SQLException {
        connection.checkOpen();
        return limit("getMaxColumnsInTable", 0);
    }

    @Override
    public int getMaxConnections() throws SQLException {
        connection.checkOpen();
        return 0;
    }

    @Override
    public int getMaxCursorNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxCursorNameLength", 0);
    }

    @Override
    public int getMaxIndexLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxIndexLength", 0);
    }

    @Override
    public long getMaxLogicalLobSize() throws SQLException {
        connection.checkOpen();
        return 0;
    }

    @Override
    public int getMaxProcedureNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxProcedureNameLength", 0);
    }

    @Override
    public int getMaxRowSize() throws SQLException {
        connection.checkOpen();
        return 0;
    }

    @Override
    public int getMaxSchemaNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxSchemaNameLength", 0);
    }

    @Override
    public int getMaxStatementLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxStatementLength", 0);
    }

    @Override
    public int getMaxStatements() throws SQLException {
        connection.checkOpen();
        return 0;
    }

    @Override
    public int getMaxTableNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxTableNameLength", 0);
    }

    @Override
    public int getMaxTablesInSelect() throws SQLException {
        connection.checkOpen();
        return limit("getMaxTablesInSelect", 0);
    }

    @Override
    public int getMaxUserNameLength() throws SQLException {
        connection.checkOpen();
        return limit("getMaxUserNameLength", 0);
    }

    @Override
    public String getNumericFunctions() throws SQLException {
        connection.checkOpen();
        return text("getNumericFunctions", "");
    }

    @Override
    public ResultSet getPrimaryKeys(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return catalog("getPrimaryKeys", q -> q.primaryKeys(p0, p1, p2));
    }

    @Override
    public ResultSet getProcedureColumns(String p0, String p1, String p2, String p3) throws SQLException {
        connection.checkOpen();
        return empty("getProcedureColumns");
    }

    @Override
    public String getProcedureTerm() throws SQLException {
        connection.checkOpen();
        return text("getProcedureTerm", "procedure");
    }

    @Override
    public ResultSet getProcedures(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return catalog("getProcedures", q -> q.procedures(p0, p1, p2));
    }

    @Override
    public ResultSet getPseudoColumns(String p0, String p1, String p2, String p3) throws SQLException {
        connection.checkOpen();
        return empty("getPseudoColumns");
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        connection.checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public RowIdLifetime getRowIdLifetime() throws SQLException {
        connection.checkOpen();
        return RowIdLifetime.ROWID_UNSUPPORTED;
    }

    @Override
    public String getSQLKeywords() throws SQLException {
        connection.checkOpen();
        return text("getSQLKeywords", "");
    }

    @Override
    public int getSQLStateType() throws SQLException {
        connection.checkOpen();
        return sqlStateSQL;
    }

    @Override
    public String getSchemaTerm() throws SQLException {
        connection.checkOpen();
        return text("getSchemaTerm", "schema");
    }

    @Override
    public ResultSet getSchemas() throws SQLException {
        connection.checkOpen();
        return catalog("getSchemas", q -> q.schemas());
    }

    @Override
    public ResultSet getSchemas(String p0, String p1) throws SQLException {
        connection.checkOpen();
        return catalog("getSchemas", q -> q.schemas(p0, p1));
    }

    @Override
    public String getSearchStringEscape() throws SQLException {
        connection.checkOpen();
        return text("getSearchStringEscape", "\\");
    }

    @Override
    public String getStringFunctions() throws SQLException {
        connection.checkOpen();
        return text("getStringFunctions", "");
    }

    @Override
    public ResultSet getSuperTables(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return empty("getSuperTables");
    }

    @Override
    public ResultSet getSuperTypes(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return empty("getSuperTypes");
    }

    @Override
    public String getSystemFunctions() throws SQLException {
        connection.checkOpen();
        return text("getSystemFunctions", "");
    }

    @Override
    public ResultSet getTablePrivileges(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return privileges("getTablePrivileges", p0, p1, p2, null);
    }

    @Override
    public ResultSet getTableTypes() throws SQLException {
        connection.checkOpen();
        return catalog("getTableTypes", q -> q.tableTypes());
    }

    @Override
    public ResultSet getTables(String p0, String p1, String p2, String[] p3) throws SQLException {
        connection.checkOpen();
        return catalog("getTables", q -> q.tables(p0, p1, p2, p3));
    }

    @Override
    public String getTimeDateFunctions() throws SQLException {
        connection.checkOpen();
        return text("getTimeDateFunctions", "");
    }

    @Override
    public ResultSet getTypeInfo() throws SQLException {
        connection.checkOpen();
        return catalog("getTypeInfo", q -> q.typeInfo());
    }

    @Override
    public ResultSet getUDTs(String p0, String p1, String p2, int[] p3) throws SQLException {
        connection.checkOpen();
        return empty("getUDTs");
    }

    @Override
    public String getURL() throws SQLException {
        connection.checkOpen();
        return connection.settings().redactedUrl();
    }

    @Override
    public String getUserName() throws SQLException {
        connection.checkOpen();
        return connection.settings().userName();
    }

    @Override
    public ResultSet getVersionColumns(String p0, String p1, String p2) throws SQLException {
        connection.checkOpen();
        return empty("getVersionColumns");
    }

    @Override
    public boolean insertsAreDetected(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean isCatalogAtStart() throws SQLException {
        connection.checkOpen();
        return flag("isCatalogAtStart", true);
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        connection.checkOpen();
        return connection.isReadOnly();
    }

    @Override
    public boolean locatorsUpdateCopy() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean nullPlusNonNullIsNull() throws SQLException {
        connection.checkOpen();
        return flag("nullPlusNonNullIsNull", true);
    }

    @Override
    public boolean nullsAreSortedAtEnd() throws SQLException {
        connection.checkOpen();
        return flag("nullsAreSortedAtEnd", false);
    }

    @Override
    public boolean nullsAreSortedAtStart() throws SQLException {
        connection.checkOpen();
        return flag("nullsAreSortedAtStart", false);
    }

    @Override
    public boolean nullsAreSortedHigh() throws SQLException {
        connection.checkOpen();
        return flag("nullsAreSortedHigh", dialect() == Dialect.POSTGRESQL);
    }

    @Override
    public boolean nullsAreSortedLow() throws SQLException {
        connection.checkOpen();
        return flag("nullsAreSortedLow", dialect() != Dialect.POSTGRESQL);
    }

    @Override
    public boolean othersDeletesAreVisible(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean othersInsertsAreVisible(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean othersUpdatesAreVisible(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean ownDeletesAreVisible(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean ownInsertsAreVisible(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean ownUpdatesAreVisible(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean storesLowerCaseIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("storesLowerCaseIdentifiers", dialect() == Dialect.POSTGRESQL);
    }

    @Override
    public boolean storesLowerCaseQuotedIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("storesLowerCaseQuotedIdentifiers", false);
    }

    @Override
    public boolean storesMixedCaseIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("storesMixedCaseIdentifiers", dialect() == Dialect.MARIADB);
    }

    @Override
    public boolean storesMixedCaseQuotedIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("storesMixedCaseQuotedIdentifiers", false);
    }

    @Override
    public boolean storesUpperCaseIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("storesUpperCaseIdentifiers", dialect() == Dialect.H2);
    }

    @Override
    public boolean storesUpperCaseQuotedIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("storesUpperCaseQuotedIdentifiers", false);
    }

    @Override
    public boolean supportsANSI92EntryLevelSQL() throws SQLException {
        connection.checkOpen();
        return flag("supportsANSI92EntryLevelSQL", true);
    }

    @Override
    public boolean supportsANSI92FullSQL() throws SQLException {
        connection.checkOpen();
        return flag("supportsANSI92FullSQL", false);
    }

    @Override
    public boolean supportsANSI92IntermediateSQL() throws SQLException {
        connection.checkOpen();
        return flag("supportsANSI92IntermediateSQL", false);
    }

    @Override
    public boolean supportsAlterTableWithAddColumn() throws SQLException {
        connection.checkOpen();
        return flag("supportsAlterTableWithAddColumn", true);
    }

    @Override
    public boolean supportsAlterTableWithDropColumn() throws SQLException {
        connection.checkOpen();
        return flag("supportsAlterTableWithDropColumn", true);
    }

    @Override
    public boolean supportsBatchUpdates() throws SQLException {
        connection.checkOpen();
        return true;
    }

    @Override
    public boolean supportsCatalogsInDataManipulation() throws SQLException {
        connection.checkOpen();
        return flag("supportsCatalogsInDataManipulation", false);
    }

    @Override
    public boolean supportsCatalogsInIndexDefinitions() throws SQLException {
        connection.checkOpen();
        return flag("supportsCatalogsInIndexDefinitions", false);
    }

    @Override
    public boolean supportsCatalogsInPrivilegeDefinitions() throws SQLException {
        connection.checkOpen();
        return flag("supportsCatalogsInPrivilegeDefinitions", false);
    }

    @Override
    public boolean supportsCatalogsInProcedureCalls() throws SQLException {
        connection.checkOpen();
        return flag("supportsCatalogsInProcedureCalls", false);
    }

    @Override
    public boolean supportsCatalogsInTableDefinitions() throws SQLException {
        connection.checkOpen();
        return flag("supportsCatalogsInTableDefinitions", false);
    }

    @Override
    public boolean supportsColumnAliasing() throws SQLException {
        connection.checkOpen();
        return flag("supportsColumnAliasing", true);
    }

    @Override
    public boolean supportsConvert() throws SQLException {
        connection.checkOpen();
        return flag("supportsConvert", false);
    }

    @Override
    public boolean supportsConvert(int p0, int p1) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsCoreSQLGrammar() throws SQLException {
        connection.checkOpen();
        return flag("supportsCoreSQLGrammar", true);
    }

    @Override
    public boolean supportsCorrelatedSubqueries() throws SQLException {
        connection.checkOpen();
        return flag("supportsCorrelatedSubqueries", true);
    }

    @Override
    public boolean supportsDataDefinitionAndDataManipulationTransactions() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsDataManipulationTransactionsOnly() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsDifferentTableCorrelationNames() throws SQLException {
        connection.checkOpen();
        return flag("supportsDifferentTableCorrelationNames", false);
    }

    @Override
    public boolean supportsExpressionsInOrderBy() throws SQLException {
        connection.checkOpen();
        return flag("supportsExpressionsInOrderBy", true);
    }

    @Override
    public boolean supportsExtendedSQLGrammar() throws SQLException {
        connection.checkOpen();
        return flag("supportsExtendedSQLGrammar", false);
    }

    @Override
    public boolean supportsFullOuterJoins() throws SQLException {
        connection.checkOpen();
        return flag("supportsFullOuterJoins", dialect() != Dialect.MARIADB);
    }

    /** True where INSERTs have a RETURNING form (H2 FINAL TABLE, PostgreSQL, MariaDB 10.5+): see getGeneratedKeys. */
    @Override
    public boolean supportsGetGeneratedKeys() throws SQLException {
        connection.checkOpen();
        return CatalogQueries.supports(dialect());
    }

    @Override
    public boolean supportsGroupBy() throws SQLException {
        connection.checkOpen();
        return flag("supportsGroupBy", true);
    }

    @Override
    public boolean supportsGroupByBeyondSelect() throws SQLException {
        connection.checkOpen();
        return flag("supportsGroupByBeyondSelect", true);
    }

    @Override
    public boolean supportsGroupByUnrelated() throws SQLException {
        connection.checkOpen();
        return flag("supportsGroupByUnrelated", true);
    }

    @Override
    public boolean supportsIntegrityEnhancementFacility() throws SQLException {
        connection.checkOpen();
        return flag("supportsIntegrityEnhancementFacility", false);
    }

    @Override
    public boolean supportsLikeEscapeClause() throws SQLException {
        connection.checkOpen();
        return flag("supportsLikeEscapeClause", true);
    }

    @Override
    public boolean supportsLimitedOuterJoins() throws SQLException {
        connection.checkOpen();
        return flag("supportsLimitedOuterJoins", true);
    }

    @Override
    public boolean supportsMinimumSQLGrammar() throws SQLException {
        connection.checkOpen();
        return flag("supportsMinimumSQLGrammar", true);
    }

    @Override
    public boolean supportsMixedCaseIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("supportsMixedCaseIdentifiers", false);
    }

    @Override
    public boolean supportsMixedCaseQuotedIdentifiers() throws SQLException {
        connection.checkOpen();
        return flag("supportsMixedCaseQuotedIdentifiers", true);
    }

    @Override
    public boolean supportsMultipleOpenResults() throws SQLException {
        connection.checkOpen();
        return true;
    }

    @Override
    public boolean supportsMultipleResultSets() throws SQLException {
        connection.checkOpen();
        return true;
    }

    @Override
    public boolean supportsMultipleTransactions() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsNamedParameters() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsNonNullableColumns() throws SQLException {
        connection.checkOpen();
        return flag("supportsNonNullableColumns", true);
    }

    @Override
    public boolean supportsOpenCursorsAcrossCommit() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsOpenCursorsAcrossRollback() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsOpenStatementsAcrossCommit() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsOpenStatementsAcrossRollback() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsOrderByUnrelated() throws SQLException {
        connection.checkOpen();
        return flag("supportsOrderByUnrelated", true);
    }

    @Override
    public boolean supportsOuterJoins() throws SQLException {
        connection.checkOpen();
        return flag("supportsOuterJoins", true);
    }

    @Override
    public boolean supportsPositionedDelete() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsPositionedUpdate() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsRefCursors() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsResultSetConcurrency(int p0, int p1) throws SQLException {
        connection.checkOpen();
        return p0 == ResultSet.TYPE_FORWARD_ONLY && p1 == ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public boolean supportsResultSetHoldability(int p0) throws SQLException {
        connection.checkOpen();
        return p0 == ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean supportsResultSetType(int p0) throws SQLException {
        connection.checkOpen();
        return p0 == ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public boolean supportsSavepoints() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsSchemasInDataManipulation() throws SQLException {
        connection.checkOpen();
        return flag("supportsSchemasInDataManipulation", dialect() != Dialect.MARIADB);
    }

    @Override
    public boolean supportsSchemasInIndexDefinitions() throws SQLException {
        connection.checkOpen();
        return flag("supportsSchemasInIndexDefinitions", false);
    }

    @Override
    public boolean supportsSchemasInPrivilegeDefinitions() throws SQLException {
        connection.checkOpen();
        return flag("supportsSchemasInPrivilegeDefinitions", false);
    }

    @Override
    public boolean supportsSchemasInProcedureCalls() throws SQLException {
        connection.checkOpen();
        return flag("supportsSchemasInProcedureCalls", false);
    }

    @Override
    public boolean supportsSchemasInTableDefinitions() throws SQLException {
        connection.checkOpen();
        return flag("supportsSchemasInTableDefinitions", dialect() != Dialect.MARIADB);
    }

    @Override
    public boolean supportsSelectForUpdate() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsSharding() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsStatementPooling() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsStoredFunctionsUsingCallSyntax() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsStoredProcedures() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsSubqueriesInComparisons() throws SQLException {
        connection.checkOpen();
        return flag("supportsSubqueriesInComparisons", true);
    }

    @Override
    public boolean supportsSubqueriesInExists() throws SQLException {
        connection.checkOpen();
        return flag("supportsSubqueriesInExists", true);
    }

    @Override
    public boolean supportsSubqueriesInIns() throws SQLException {
        connection.checkOpen();
        return flag("supportsSubqueriesInIns", true);
    }

    @Override
    public boolean supportsSubqueriesInQuantifieds() throws SQLException {
        connection.checkOpen();
        return flag("supportsSubqueriesInQuantifieds", true);
    }

    @Override
    public boolean supportsTableCorrelationNames() throws SQLException {
        connection.checkOpen();
        return flag("supportsTableCorrelationNames", true);
    }

    @Override
    public boolean supportsTransactionIsolationLevel(int p0) throws SQLException {
        connection.checkOpen();
        return p0 == Connection.TRANSACTION_NONE;
    }

    @Override
    public boolean supportsTransactions() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean supportsUnion() throws SQLException {
        connection.checkOpen();
        return flag("supportsUnion", true);
    }

    @Override
    public boolean supportsUnionAll() throws SQLException {
        connection.checkOpen();
        return flag("supportsUnionAll", true);
    }

    @Override
    public boolean updatesAreDetected(int p0) throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean usesLocalFilePerTable() throws SQLException {
        connection.checkOpen();
        return false;
    }

    @Override
    public boolean usesLocalFiles() throws SQLException {
        connection.checkOpen();
        return false;
    }

}
