package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every DatabaseMetaData result set, called through the driver against a live backend, has exactly the columns the
 * JDBC 4.3 javadoc lists (names, order and types), as recorded in the catalog package's
 * {@code jdbc43-metadata-shapes.txt}; and the catalog methods that must find the fixture do find it.
 */
class MetadataConformanceIT {
    private static final String SHAPES = "/org/semossjdbc/sql/catalog/jdbc43-metadata-shapes.txt";

    private interface Call {
        ResultSet on(DatabaseMetaData md, String table) throws SQLException;
    }

    /** Every method of the shapes file, called as a tool would; the boolean says whether rows are expected. */
    private static Map<String, Object[]> calls(String parent, String child) {
        Map<String, Object[]> calls = new LinkedHashMap<>();
        calls.put("getAttributes", new Object[] {(Call) (md, t) -> md.getAttributes(null, null, "%", "%"), false});
        calls.put("getBestRowIdentifier", new Object[] {(Call) (md, t) -> md.getBestRowIdentifier(null, null, parent,
                DatabaseMetaData.bestRowSession, true), true});
        calls.put("getCatalogs", new Object[] {(Call) (md, t) -> md.getCatalogs(), true});
        calls.put("getClientInfoProperties", new Object[] {(Call) (md, t) -> md.getClientInfoProperties(), false});
        calls.put("getColumnPrivileges", new Object[] {(Call) (md, t) -> md.getColumnPrivileges(null, null, parent,
                "%"), true});
        calls.put("getColumns", new Object[] {(Call) (md, t) -> md.getColumns(null, null, parent, "%"), true});
        calls.put("getCrossReference", new Object[] {(Call) (md, t) -> md.getCrossReference(null, null, parent, null,
                null, child), true});
        calls.put("getExportedKeys", new Object[] {(Call) (md, t) -> md.getExportedKeys(null, null, parent), true});
        calls.put("getFunctionColumns", new Object[] {(Call) (md, t) -> md.getFunctionColumns(null, null, "%", "%"),
                false});
        calls.put("getFunctions", new Object[] {(Call) (md, t) -> md.getFunctions(null, null, "%"), false});
        calls.put("getImportedKeys", new Object[] {(Call) (md, t) -> md.getImportedKeys(null, null, child), true});
        calls.put("getIndexInfo", new Object[] {(Call) (md, t) -> md.getIndexInfo(null, null, parent, false, false),
                true});
        calls.put("getPrimaryKeys", new Object[] {(Call) (md, t) -> md.getPrimaryKeys(null, null, parent), true});
        calls.put("getProcedureColumns", new Object[] {(Call) (md, t) -> md.getProcedureColumns(null, null, "%", "%"),
                false});
        calls.put("getProcedures", new Object[] {(Call) (md, t) -> md.getProcedures(null, null, "%"), false});
        calls.put("getPseudoColumns", new Object[] {(Call) (md, t) -> md.getPseudoColumns(null, null, "%", "%"),
                false});
        calls.put("getSchemas", new Object[] {(Call) (md, t) -> md.getSchemas(), true});
        calls.put("getSuperTables", new Object[] {(Call) (md, t) -> md.getSuperTables(null, null, "%"), false});
        calls.put("getSuperTypes", new Object[] {(Call) (md, t) -> md.getSuperTypes(null, null, "%"), false});
        calls.put("getTablePrivileges", new Object[] {(Call) (md, t) -> md.getTablePrivileges(null, null, parent),
                true});
        calls.put("getTableTypes", new Object[] {(Call) (md, t) -> md.getTableTypes(), true});
        calls.put("getTables", new Object[] {(Call) (md, t) -> md.getTables(null, null, parent, null), true});
        calls.put("getTypeInfo", new Object[] {(Call) (md, t) -> md.getTypeInfo(), true});
        calls.put("getUDTs", new Object[] {(Call) (md, t) -> md.getUDTs(null, null, "%", null), false});
        calls.put("getVersionColumns", new Object[] {(Call) (md, t) -> md.getVersionColumns(null, null, parent),
                false});
        return calls;
    }

    private static Map<String, List<String[]>> shapes() throws IOException {
        Map<String, List<String[]>> shapes = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                MetadataConformanceIT.class.getResourceAsStream(SHAPES), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|");
                shapes.computeIfAbsent(parts[0].trim(), k -> new ArrayList<>())
                        .add(new String[] {parts[2].trim(), parts[3].trim()});
            }
        }
        return shapes;
    }

    private static int typeCode(String name) throws ReflectiveOperationException {
        Field field = Types.class.getField(name);
        return field.getInt(null);
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void everyResultSetHasTheJdbcShape(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend); Connection c = setup.connect()) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE conf_parent (id INT PRIMARY KEY, code VARCHAR(10) NOT NULL)");
                s.executeUpdate("CREATE UNIQUE INDEX conf_parent_code ON conf_parent (code)");
                s.executeUpdate("CREATE TABLE conf_child (id INT PRIMARY KEY, "
                        + "parent_id INT REFERENCES conf_parent(id))");
            }
            boolean upper = backend == Backend.H2;
            String parent = upper ? "CONF_PARENT" : "conf_parent";
            String child = upper ? "CONF_CHILD" : "conf_child";
            DatabaseMetaData md = c.getMetaData();
            Map<String, List<String[]>> shapes = shapes();
            Map<String, Object[]> calls = calls(parent, child);
            assertEquals(shapes.keySet(), calls.keySet(), "every method of the shapes file is called");
            for (Map.Entry<String, Object[]> call : calls.entrySet()) {
                String method = call.getKey();
                List<String[]> expected = shapes.get(method);
                try (ResultSet rs = ((Call) call.getValue()[0]).on(md, parent)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    assertEquals(expected.size(), meta.getColumnCount(), method + " column count");
                    for (int i = 1; i <= expected.size(); i++) {
                        String[] column = expected.get(i - 1);
                        assertEquals(column[0], meta.getColumnLabel(i), method + " column " + i);
                        assertEquals(column[0], meta.getColumnName(i), method + " column " + i);
                        assertEquals(typeCode(column[1]), meta.getColumnType(i), method + "." + column[0] + " type");
                    }
                    int rows = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= expected.size(); i++) {
                            Object value = rs.getObject(i);
                            if (value != null) {
                                assertEquals(meta.getColumnClassName(i), value.getClass().getName(),
                                        method + "." + expected.get(i - 1)[0] + " value class");
                            }
                        }
                        rows++;
                    }
                    if ((Boolean) call.getValue()[1]) {
                        assertTrue(rows > 0, method + " found nothing");
                    }
                }
            }
            assertNotNull(md.getSearchStringEscape());
            try (ResultSet rs = md.getTables(null, null, upper ? "CONF" + md.getSearchStringEscape() + "_%"
                    : "conf" + md.getSearchStringEscape() + "_%", new String[] {"TABLE"})) {
                int n = 0;
                while (rs.next()) {
                    n++;
                }
                assertEquals(2, n, "the escaped underscore matches only itself");
            }
        }
    }
}
