package org.semossjdbc.orm.catalog;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads the {@linkplain TableInfo table catalogue} of a connection through standard {@link DatabaseMetaData}: one
 * {@code getTables} call, then per schema one {@code getColumns} and one {@code getTablePrivileges} call, and per
 * table one {@code getPrimaryKeys} call (JDBC takes no pattern there).
 *
 * <pre>{@code
 * List<TableInfo> tables = TableCatalog.read(dataSource);
 * TableInfo people = tables.stream().filter(t -> t.name().equalsIgnoreCase("people")).findFirst().orElseThrow();
 * if (!people.canInsert()) { ... }
 * }</pre>
 *
 * <p>Privileges: {@code getTablePrivileges} lists grants to every grantee, so only the rows for the connection's
 * user apply: {@code GRANTEE} equal to {@link DatabaseMetaData#getUserName()} (ignoring case and MariaDB's quotes,
 * {@code 'bob'@'%'} matches {@code bob}), {@code PUBLIC}, or null (a driver that lists the current user's privileges
 * only). What the database does not list is not granted here: rights that come from a role, from ownership on H2
 * or from global MariaDB grants are not in {@code getTablePrivileges} and so not in the flags. Through
 * {@code jdbc:semoss:} the driver derives them from the engine permission (OWNER and EDIT: all four, READ_ONLY:
 * SELECT).
 *
 * <p>Stateless and thread-safe.
 */
public final class TableCatalog {

    /** The table types read by default: user tables and views, without system tables, indexes or sequences. */
    public static final List<String> DEFAULT_TYPES = List.of("TABLE", "VIEW");

    private TableCatalog() {
    }

    /** {@link #read(Connection)} on a connection borrowed from {@code dataSource} and closed afterwards. */
    public static List<TableInfo> read(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        }
    }

    /** Every table and view the connection can see ({@link #DEFAULT_TYPES}), in {@code getTables} order. */
    public static List<TableInfo> read(Connection connection) throws SQLException {
        return read(connection, null, "%", DEFAULT_TYPES);
    }

    /**
     * The tables matching the patterns ({@code getTables} syntax: {@code %} and {@code _} wildcards; a null schema
     * pattern does not narrow) of the given {@code TABLE_TYPE}s (null for all types), in {@code getTables} order
     * (type, catalog, schema, name). The connection stays open.
     */
    public static List<TableInfo> read(Connection connection, String schemaPattern, String tableNamePattern,
                                       List<String> types) throws SQLException {
        Objects.requireNonNull(connection, "connection");
        DatabaseMetaData metaData = connection.getMetaData();
        Map<TableKey, String> tables = tables(metaData, schemaPattern, tableNamePattern, types);
        Set<TableKey> schemas = new LinkedHashSet<>();
        for (TableKey key : tables.keySet()) {
            schemas.add(new TableKey(key.catalog(), key.schema(), null));
        }
        String escape = metaData.getSearchStringEscape();
        Map<TableKey, List<ColumnRow>> columns = new HashMap<>();
        Map<TableKey, Set<TablePrivilege>> privileges = new HashMap<>();
        GranteeMatcher grantee = new GranteeMatcher(metaData.getUserName());
        for (TableKey schema : schemas) {
            String pattern = escapePattern(schema.schema(), escape);
            readColumns(metaData, schema.catalog(), pattern, tableNamePattern, tables, columns);
            readPrivileges(metaData, schema.catalog(), pattern, tableNamePattern, tables, grantee, privileges);
        }
        List<TableInfo> out = new ArrayList<>(tables.size());
        for (Map.Entry<TableKey, String> table : tables.entrySet()) {
            TableKey key = table.getKey();
            Map<String, Integer> keySequence = primaryKey(metaData, key);
            List<ColumnInfo> columnInfos = new ArrayList<>();
            for (ColumnRow row : columns.getOrDefault(key, List.of())) {
                columnInfos.add(row.toInfo(keySequence.getOrDefault(row.name(), 0)));
            }
            out.add(new TableInfo(key.catalog(), key.schema(), key.name(), table.getValue(),
                    privileges.getOrDefault(key, EnumSet.noneOf(TablePrivilege.class)), columnInfos));
        }
        return List.copyOf(out);
    }

    /** Table identity as the metadata reports it (catalog and schema may be null). */
    private record TableKey(String catalog, String schema, String name) {
    }

    /** A {@code getColumns} row before the primary key is known. */
    private record ColumnRow(int position, String name, int sqlType, String typeName, Integer length,
                             Integer decimalDigits, Nullability nullability, String defaultValue) {
        ColumnInfo toInfo(int keySequence) {
            return new ColumnInfo(position, name, sqlType, typeName, length, decimalDigits, nullability,
                    defaultValue, keySequence);
        }
    }

    private static Map<TableKey, String> tables(DatabaseMetaData metaData, String schemaPattern,
                                                String tableNamePattern, List<String> types) throws SQLException {
        Map<TableKey, String> tables = new LinkedHashMap<>();
        String[] typeArray = types == null ? null : types.toArray(new String[0]);
        try (ResultSet rs = metaData.getTables(null, schemaPattern, tableNamePattern, typeArray)) {
            while (rs.next()) {
                String type = rs.getString("TABLE_TYPE");
                // old MariaDB drivers pass information_schema's "BASE TABLE" through; JDBC's name is "TABLE"
                tables.put(new TableKey(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"),
                        rs.getString("TABLE_NAME")), "BASE TABLE".equalsIgnoreCase(type) ? "TABLE" : type);
            }
        }
        return tables;
    }

    private static void readColumns(DatabaseMetaData metaData, String catalog, String schemaPattern,
                                    String tableNamePattern, Map<TableKey, String> tables,
                                    Map<TableKey, List<ColumnRow>> out) throws SQLException {
        try (ResultSet rs = metaData.getColumns(catalog, schemaPattern, tableNamePattern, "%")) {
            while (rs.next()) {
                // patterns may match more than the table set (unescaped wildcards), so keep exact keys only
                TableKey key = new TableKey(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"),
                        rs.getString("TABLE_NAME"));
                if (!tables.containsKey(key)) {
                    continue;
                }
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(new ColumnRow(
                        rs.getInt("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"),
                        rs.getString("TYPE_NAME"), integerOrNull(rs, "COLUMN_SIZE"),
                        integerOrNull(rs, "DECIMAL_DIGITS"), Nullability.fromJdbc(rs.getInt("NULLABLE")),
                        defaultValue(rs.getString("COLUMN_DEF"))));
            }
        }
    }

    private static void readPrivileges(DatabaseMetaData metaData, String catalog, String schemaPattern,
                                       String tableNamePattern, Map<TableKey, String> tables, GranteeMatcher grantee,
                                       Map<TableKey, Set<TablePrivilege>> out) throws SQLException {
        try (ResultSet rs = metaData.getTablePrivileges(catalog, schemaPattern, tableNamePattern)) {
            while (rs.next()) {
                TableKey key = new TableKey(rs.getString("TABLE_CAT"), rs.getString("TABLE_SCHEM"),
                        rs.getString("TABLE_NAME"));
                if (!tables.containsKey(key) || !grantee.appliesTo(rs.getString("GRANTEE"))) {
                    continue;
                }
                TablePrivilege.fromName(rs.getString("PRIVILEGE")).ifPresent(p ->
                        out.computeIfAbsent(key, k -> EnumSet.noneOf(TablePrivilege.class)).add(p));
            }
        } catch (SQLFeatureNotSupportedException e) {
            // a driver without privilege metadata grants nothing it can show; the flags stay empty
        }
    }

    private static Map<String, Integer> primaryKey(DatabaseMetaData metaData, TableKey key) throws SQLException {
        Map<String, Integer> sequence = new HashMap<>();
        try (ResultSet rs = metaData.getPrimaryKeys(key.catalog(), key.schema(), key.name())) {
            while (rs.next()) {
                sequence.put(rs.getString("COLUMN_NAME"), rs.getInt("KEY_SEQ"));
            }
        }
        return sequence;
    }

    /**
     * MariaDB's information_schema reports the text {@code NULL} as the default of a nullable column declared without
     * one; a default of NULL is no default, so both read as null.
     */
    private static String defaultValue(String columnDef) {
        return columnDef == null || columnDef.trim().equalsIgnoreCase("NULL") ? null : columnDef;
    }

    private static Integer integerOrNull(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** A schema name as a pattern that matches only itself (when the driver has an escape); null stays null. */
    static String escapePattern(String name, String escape) {
        if (name == null || escape == null || escape.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '_' || c == '%' || name.startsWith(escape, i)) {
                out.append(escape);
            }
            out.append(c);
        }
        return out.toString();
    }
}
