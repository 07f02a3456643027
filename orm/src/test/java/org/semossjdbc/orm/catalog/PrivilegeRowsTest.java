package org.semossjdbc.orm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Types;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.h2.tools.SimpleResultSet;
import org.junit.jupiter.api.Test;

/**
 * The catalogue over a hand-written driver whose metadata answers as jdbc:semoss will once its
 * {@code getTablePrivileges} reflects the engine permission: which privilege rows count for the connection.
 */
class PrivilegeRowsTest {

    @Test
    void rowsForTheUserPublicOrNoGranteeCountAndOthersDoNot() throws SQLException {
        List<Object[]> privileges = List.of(
                new Object[] {"T1", "ALICE-AK", "SELECT"}, new Object[] {"T1", "ALICE-AK", "INSERT"},
                new Object[] {"T1", "someone_else", "DELETE"}, new Object[] {"T1", "ALICE-AK", "REFERENCES"},
                new Object[] {"T2", null, "SELECT"}, new Object[] {"T2", null, "UPDATE"},
                new Object[] {"T3", "PUBLIC", "select"}, new Object[] {"OTHER", "ALICE-AK", "DELETE"});
        List<TableInfo> tables = TableCatalog.read(connection("ALICE-AK", privileges, false));
        assertEquals(List.of("T1", "T2", "T3", "T4"), tables.stream().map(TableInfo::name).toList());
        assertEquals(EnumSet.of(TablePrivilege.SELECT, TablePrivilege.INSERT), tables.get(0).privileges());
        assertEquals(EnumSet.of(TablePrivilege.SELECT, TablePrivilege.UPDATE), tables.get(1).privileges());
        assertEquals(EnumSet.of(TablePrivilege.SELECT), tables.get(2).privileges());
        assertEquals(Set.of(), tables.get(3).privileges());
    }

    @Test
    void aDriverWithoutPrivilegeMetadataGrantsNothingItCannotShow() throws SQLException {
        List<TableInfo> tables = TableCatalog.read(connection("u", List.of(), true));
        assertEquals(4, tables.size());
        tables.forEach(t -> assertEquals(Set.of(), t.privileges(), t.name()));
        assertEquals(List.of("ID"), tables.get(0).primaryKey());
        assertEquals(Types.INTEGER, tables.get(0).columns().get(0).sqlType());
    }

    /** A Connection whose metadata serves four tables T1..T4 of one column each, and the given privilege rows. */
    private static Connection connection(String user, List<Object[]> privilegeRows, boolean privilegesUnsupported) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(PrivilegeRowsTest.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserName" -> user;
                    case "getSearchStringEscape" -> "\\";
                    case "getTables" -> table(Map.of("TABLE_CAT", Types.VARCHAR, "TABLE_SCHEM", Types.VARCHAR,
                            "TABLE_NAME", Types.VARCHAR, "TABLE_TYPE", Types.VARCHAR),
                            List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "TABLE_TYPE"),
                            List.of(new Object[] {"DB", "S", "T1", "TABLE"}, new Object[] {"DB", "S", "T2", "TABLE"},
                                    new Object[] {"DB", "S", "T3", "VIEW"}, new Object[] {"DB", "S", "T4", "TABLE"}));
                    case "getColumns" -> columns();
                    case "getPrimaryKeys" -> table(Map.of(), List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME",
                            "COLUMN_NAME", "KEY_SEQ"), List.<Object[]>of(new Object[] {"DB", "S", args[2], "ID", 1}));
                    case "getTablePrivileges" -> {
                        if (privilegesUnsupported) {
                            throw new SQLFeatureNotSupportedException("no privileges here");
                        }
                        yield table(Map.of(), List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "GRANTOR", "GRANTEE",
                                "PRIVILEGE", "IS_GRANTABLE"), privilegeRows.stream()
                                .map(r -> new Object[] {"DB", "S", r[0], null, r[1], r[2], "NO"}).toList());
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (Connection) Proxy.newProxyInstance(PrivilegeRowsTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        return metaData;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ResultSet columns() {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (String table : List.of("T1", "T2", "T3", "T4")) {
            rows.add(new Object[] {"DB", "S", table, "ID", Types.INTEGER, "INTEGER", 10, 0,
                    DatabaseMetaData.columnNoNulls, null, 1});
        }
        return table(Map.of("DATA_TYPE", Types.INTEGER, "COLUMN_SIZE", Types.INTEGER, "DECIMAL_DIGITS", Types.INTEGER,
                        "NULLABLE", Types.INTEGER, "ORDINAL_POSITION", Types.INTEGER),
                List.of("TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "COLUMN_NAME", "DATA_TYPE", "TYPE_NAME",
                        "COLUMN_SIZE", "DECIMAL_DIGITS", "NULLABLE", "COLUMN_DEF", "ORDINAL_POSITION"), rows);
    }

    private static ResultSet table(Map<String, Integer> types, List<String> columns, List<Object[]> rows) {
        SimpleResultSet rs = new SimpleResultSet();
        for (String column : columns) {
            rs.addColumn(column, types.getOrDefault(column, Types.VARCHAR), 100, 0);
        }
        rows.forEach(rs::addRow);
        return rs;
    }
}
