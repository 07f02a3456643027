package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * Runs every generated catalog query directly against each backend (H2 1.4.200 always; PostgreSQL and MariaDB
 * under {@code -Pservices}, skipped visibly otherwise) on the fixture schema, checks the result labels against
 * the JDBC shapes, and compares the values with what the backend's own JDBC driver reports through
 * {@link DatabaseMetaData} for the same objects. Deliberate differences from a native driver are listed, with
 * their reason, in {@code native-differences.txt}.
 */
class CatalogQueriesTest {

    private static final Map<Backend, CatalogFixture> FIXTURES = new EnumMap<>(Backend.class);

    static synchronized CatalogFixture fixture(Backend backend) {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run Maven with -Pservices)");
        return FIXTURES.computeIfAbsent(backend, CatalogFixture::create);
    }

    @AfterAll
    static synchronized void dropFixtures() throws SQLException {
        for (CatalogFixture fixture : FIXTURES.values()) {
            fixture.close();
        }
        FIXTURES.clear();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tablesMatchTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getTables");
        List<List<Object>> ours = f.run(f.queries.tables(f.catalog, f.schema, "%", null));
        List<List<Object>> theirs = CatalogFixture.nativeRows(
                f.connection.getMetaData().getTables(f.catalog, f.schema, "%", null), shape);
        assertSameRows(f, shape, ours, theirs, List.of("TABLE_SCHEM", "TABLE_NAME"),
                List.of("TABLE_CAT", "TABLE_TYPE", "REMARKS"));
        assertOrdered(f, shape, ours, "TABLE_TYPE", "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME");
        Set<String> names = column(shape, ours, "TABLE_NAME");
        assertTrue(names.containsAll(f.fixtureTables()), "every fixture table is listed: " + names);
        assertEquals(List.of("parent rows"), values(shape, ours, "REMARKS", "TABLE_NAME", f.name("PARENT")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tableNamePatternsAreHonouredAndEscaped(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getTables");
        for (String[] c : cases("table-patterns.txt")) {
            String pattern = c[0];
            List<String> expected = c[1].isEmpty() ? List.of() : List.of(c[1].split(","));
            List<List<Object>> rows = f.run(f.queries.tables(f.catalog, f.schema, pattern, new String[] {"TABLE"}));
            List<String> names = rows.stream().map(r -> (String) r.get(shape.indexOf("TABLE_NAME"))).toList();
            assertEquals(expected, names, backend + ": pattern " + pattern);
            if (!knownDifference(f, "patterns", pattern)) {
                List<List<Object>> theirs = CatalogFixture.nativeRows(f.connection.getMetaData()
                        .getTables(f.catalog, f.schema, pattern, new String[] {"TABLE"}), shape);
                theirs.sort(Comparator.comparing(r -> (String) r.get(shape.indexOf("TABLE_NAME"))));
                assertEquals(names, theirs.stream().map(r -> (String) r.get(shape.indexOf("TABLE_NAME"))).toList(),
                        backend + ": native driver for pattern " + pattern);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nullArgumentsDoNotFilterAndEmptySchemaMatchesNothing(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getTables");
        Set<String> all = column(shape, f.run(f.queries.tables(null, null, null, null)), "TABLE_NAME");
        assertTrue(all.containsAll(f.fixtureTables()), backend + ": nulls list everything: " + all);
        assertEquals(List.of(), f.run(f.queries.tables(f.catalog, f.schema, "%", new String[0])),
                "an empty type list matches nothing");
        if (backend != Backend.MARIADB) {
            assertEquals(List.of(), f.run(f.queries.tables(f.catalog, "", "%", null)), "\"\" = without a schema");
            assertEquals(List.of(), f.run(f.queries.tables("", null, "%", null)), "\"\" = without a catalog");
        }
        assertEquals(List.of(), f.run(f.queries.tables("no_such_catalog", null, "%", null)));
    }

    @org.junit.jupiter.api.Test
    void mariaDbReadsOnlyTheNamedDatabaseFromDisk() throws SQLException {
        CatalogFixture f = fixture(Backend.MARIADB);
        for (MetadataQuery query : List.of(f.queries.tables(null, null, "parent", null),
                f.queries.columns(f.catalog, null, "parent", "%"), f.queries.primaryKeys(null, null, "parent"),
                f.queries.indexInfo(f.catalog, null, "child", false, true))) {
            try (java.sql.Statement statement = f.connection.createStatement();
                 java.sql.ResultSet plan = statement.executeQuery("EXPLAIN " + query.sql())) {
                while (plan.next()) {
                    String extra = String.valueOf(plan.getString("Extra"));
                    assertFalse(extra.contains("Scanned all databases"), query.shape().method() + ": " + extra);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void columnsMatchTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getColumns");
        List<String> compared = List.of("DATA_TYPE", "TYPE_NAME", "COLUMN_SIZE", "DECIMAL_DIGITS", "NUM_PREC_RADIX",
                "NULLABLE", "REMARKS", "COLUMN_DEF", "CHAR_OCTET_LENGTH", "ORDINAL_POSITION", "IS_NULLABLE",
                "SOURCE_DATA_TYPE", "IS_AUTOINCREMENT", "IS_GENERATEDCOLUMN");
        for (String table : f.fixtureTables()) {
            String escaped = table.replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%");
            List<List<Object>> ours = f.run(f.queries.columns(f.catalog, f.schema, escaped, "%"));
            List<List<Object>> theirs = CatalogFixture.nativeRows(
                    f.connection.getMetaData().getColumns(f.catalog, f.schema, escaped, "%"), shape);
            assertFalse(ours.isEmpty(), backend + ": columns of " + table);
            assertSameRows(f, shape, ours, theirs, List.of("TABLE_NAME", "COLUMN_NAME"), compared);
            assertOrdered(f, shape, ours, "TABLE_CAT", "TABLE_SCHEM", "TABLE_NAME", "ORDINAL_POSITION");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void columnFactsAreRight(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getColumns");
        List<List<Object>> child = f.run(f.queries.columns(f.catalog, f.schema, f.name("CHILD"), "%"));
        assertEquals(List.of("YES"), values(shape, child, "IS_AUTOINCREMENT", "COLUMN_NAME", f.name("ID")));
        assertEquals(List.of("YES"), values(shape, child, "IS_GENERATEDCOLUMN", "COLUMN_NAME", f.name("TOTAL")));
        assertEquals(List.of("'n/a'"), values(shape, child, "COLUMN_DEF", "COLUMN_NAME", f.name("NOTE")).stream()
                .map(d -> d.toString().replace("::character varying", "")).toList());
        // MariaDB reports a nullable column without default as the string NULL; JDBC wants SQL NULL.
        assertEquals(Collections.singletonList(null),
                values(shape, child, "COLUMN_DEF", "COLUMN_NAME", f.name("PB")));
        List<List<Object>> parent = f.run(f.queries.columns(f.catalog, f.schema, f.name("PARENT"), "%"));
        assertEquals(List.of(0), values(shape, parent, "NULLABLE", "COLUMN_NAME", f.name("NAME")));
        assertEquals(List.of(2), values(shape, parent, "DECIMAL_DIGITS", "COLUMN_NAME", f.name("AMOUNT")));
        assertEquals(List.of(10), values(shape, parent, "COLUMN_SIZE", "COLUMN_NAME", f.name("AMOUNT")));
        List<Object> positions = parent.stream().map(r -> r.get(shape.indexOf("ORDINAL_POSITION"))).toList();
        for (int i = 0; i < positions.size(); i++) {
            assertEquals(i + 1, positions.get(i), backend + ": positions count from 1 without gaps");
        }
        ResultShape s = shape;
        List<List<Object>> ab = f.run(f.queries.columns(f.catalog, f.schema, "A\\_B", "C\\_D"));
        assertEquals(Set.of("C_D"), column(s, ab, "COLUMN_NAME"), "escaped column pattern");
        ab = f.run(f.queries.columns(f.catalog, f.schema, "A\\_B", "C_D"));
        assertEquals(List.of("C_D", "CxD"), ab.stream().map(r -> r.get(s.indexOf("COLUMN_NAME"))).toList(),
                "wildcard column pattern, ordered by position");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void primaryKeysMatchTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getPrimaryKeys");
        for (String table : f.fixtureTables()) {
            List<List<Object>> ours = f.run(f.queries.primaryKeys(f.catalog, f.schema, table));
            List<List<Object>> theirs = CatalogFixture.nativeRows(
                    f.connection.getMetaData().getPrimaryKeys(f.catalog, f.schema, table), shape);
            assertSameRows(f, shape, ours, theirs, List.of("TABLE_NAME", "COLUMN_NAME"), List.of("KEY_SEQ", "PK_NAME"));
            assertOrdered(f, shape, ours, "COLUMN_NAME");
        }
        List<List<Object>> parent = f.run(f.queries.primaryKeys(f.catalog, f.schema, f.name("PARENT")));
        assertEquals(List.of((short) 1), values(shape, parent, "KEY_SEQ", "COLUMN_NAME", f.name("A")));
        assertEquals(List.of((short) 2), values(shape, parent, "KEY_SEQ", "COLUMN_NAME", f.name("B")));
        // AxB exists; an exact name must match neither another case nor, through "_", another table.
        assertEquals(List.of(), f.run(f.queries.primaryKeys(f.catalog, f.schema, "axb")), "names are case-exact");
        assertEquals(Set.of("C_D"), column(shape, f.run(f.queries.primaryKeys(f.catalog, f.schema, "A_B")),
                "COLUMN_NAME"), "table names are exact, not patterns");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bestRowIdentifiersAreThePrimaryKeys(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getBestRowIdentifier");
        for (String table : f.fixtureTables()) {
            List<List<Object>> ours = f.run(f.queries.bestRowIdentifier(f.catalog, f.schema, table,
                    DatabaseMetaData.bestRowSession, false));
            List<List<Object>> theirs = CatalogFixture.nativeRows(f.connection.getMetaData().getBestRowIdentifier(
                    f.catalog, f.schema, table, DatabaseMetaData.bestRowSession, false), shape);
            assertSameRows(f, shape, ours, theirs, List.of("COLUMN_NAME"), List.of("SCOPE", "DATA_TYPE", "TYPE_NAME",
                    "COLUMN_SIZE", "DECIMAL_DIGITS", "PSEUDO_COLUMN"));
        }
        List<List<Object>> parent = f.run(f.queries.bestRowIdentifier(f.catalog, f.schema, f.name("PARENT"),
                DatabaseMetaData.bestRowSession, false));
        assertEquals(Set.of(f.name("A"), f.name("B")), column(shape, parent, "COLUMN_NAME"));
        assertEquals(List.of(), f.run(f.queries.bestRowIdentifier(f.catalog, f.schema, "PCT%T",
                DatabaseMetaData.bestRowSession, false)), "no primary key, no identifier");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void foreignKeysMatchTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        DatabaseMetaData meta = f.connection.getMetaData();
        ResultShape shape = MetadataShapes.forMethod("getImportedKeys");
        List<String> key = List.of("FK_NAME", "FKCOLUMN_NAME");
        List<String> compared = List.of("PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "PKCOLUMN_NAME", "FKTABLE_CAT",
                "FKTABLE_SCHEM", "FKTABLE_NAME", "KEY_SEQ", "UPDATE_RULE", "DELETE_RULE", "PK_NAME", "DEFERRABILITY");
        String child = f.name("CHILD");
        String parent = f.name("PARENT");

        List<List<Object>> imported = f.run(f.queries.importedKeys(f.catalog, f.schema, child));
        assertSameRows(f, shape, imported,
                CatalogFixture.nativeRows(meta.getImportedKeys(f.catalog, f.schema, child), shape), key, compared);
        assertOrdered(f, shape, imported, "PKTABLE_CAT", "PKTABLE_SCHEM", "PKTABLE_NAME", "KEY_SEQ");
        assertEquals(3, imported.size(), "two foreign keys, one of two columns");

        List<List<Object>> exported = f.run(f.queries.exportedKeys(f.catalog, f.schema, parent));
        assertSameRows(f, shape, exported,
                CatalogFixture.nativeRows(meta.getExportedKeys(f.catalog, f.schema, parent), shape), key, compared);
        assertOrdered(f, shape, exported, "FKTABLE_CAT", "FKTABLE_SCHEM", "FKTABLE_NAME", "KEY_SEQ");
        assertEquals(List.of(f.name("A"), f.name("B")), exported.stream()
                .map(r -> r.get(shape.indexOf("PKCOLUMN_NAME"))).toList(), "composite key in KEY_SEQ order");
        assertEquals(List.of((short) 1, (short) 2), exported.stream()
                .map(r -> r.get(shape.indexOf("KEY_SEQ"))).toList());
        assertEquals(Set.of(String.valueOf(DatabaseMetaData.importedKeyCascade)),
                column(shape, exported, "DELETE_RULE"), "ON DELETE CASCADE");
        assertEquals(Set.of(String.valueOf(DatabaseMetaData.importedKeyRestrict)),
                column(shape, exported, "UPDATE_RULE"), "ON UPDATE RESTRICT");

        List<List<Object>> cross = f.run(f.queries.crossReference(f.catalog, f.schema, "A_B", f.catalog, f.schema, child));
        assertSameRows(f, shape, cross, CatalogFixture.nativeRows(
                meta.getCrossReference(f.catalog, f.schema, "A_B", f.catalog, f.schema, child), shape), key, compared);
        assertEquals(1, cross.size());
        assertEquals((short) DatabaseMetaData.importedKeySetNull, cross.get(0).get(shape.indexOf("DELETE_RULE")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void indexInfoMatchesTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getIndexInfo");
        List<String> compared = List.of("NON_UNIQUE", "INDEX_QUALIFIER", "TYPE", "ASC_OR_DESC", "FILTER_CONDITION");
        for (String table : List.of(f.name("PARENT"), f.name("CHILD"))) {
            for (boolean unique : new boolean[] {false, true}) {
                List<List<Object>> ours = f.run(f.queries.indexInfo(f.catalog, f.schema, table, unique, true));
                List<List<Object>> theirs = CatalogFixture.nativeRows(
                        f.connection.getMetaData().getIndexInfo(f.catalog, f.schema, table, unique, true), shape);
                // Statistics rows (TYPE 0) carry no index; this driver reports none.
                theirs.removeIf(r -> Objects.equals(r.get(shape.indexOf("TYPE")), (short) 0));
                assertSameRows(f, shape, ours, theirs, List.of("INDEX_NAME", "ORDINAL_POSITION"), compared);
                assertOrdered(f, shape, ours, "NON_UNIQUE", "TYPE", "INDEX_NAME", "ORDINAL_POSITION");
                if (unique) {
                    assertEquals(Set.of("false"), column(shape, ours, "NON_UNIQUE"), "unique indexes only");
                }
            }
        }
        List<List<Object>> child = f.run(f.queries.indexInfo(f.catalog, f.schema, f.name("CHILD"), false, true));
        assertEquals(List.of(f.name("PB"), f.name("PA")), values(shape, child, "COLUMN_NAME", "INDEX_NAME",
                f.name("CHILD_PB_PA_IX")));
        assertEquals(List.of(true, true), values(shape, child, "NON_UNIQUE", "INDEX_NAME", f.name("CHILD_PB_PA_IX")));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void proceduresAndFunctionsMatchTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        DatabaseMetaData meta = f.connection.getMetaData();
        ResultShape procedures = MetadataShapes.forMethod("getProcedures");
        List<List<Object>> ours = f.run(f.queries.procedures(f.catalog, f.schema, "%"));
        assertSameRows(f, procedures, ours, CatalogFixture.nativeRows(meta.getProcedures(f.catalog, f.schema, "%"),
                procedures), List.of("PROCEDURE_NAME", "SPECIFIC_NAME"), List.of("PROCEDURE_CAT", "PROCEDURE_SCHEM",
                "REMARKS", "PROCEDURE_TYPE"));
        assertOrdered(f, procedures, ours, "PROCEDURE_CAT", "PROCEDURE_SCHEM", "PROCEDURE_NAME", "SPECIFIC_NAME");
        assertTrue(column(procedures, ours, "PROCEDURE_NAME").contains(f.name(backend == Backend.H2 ? "MY_ABS"
                : "MY_PROC")));

        ResultShape functions = MetadataShapes.forMethod("getFunctions");
        List<List<Object>> ourFunctions = f.run(f.queries.functions(f.catalog, f.schema, f.name("MY") + "\\_%"));
        if (!knownDifference(f, "getFunctions", "(native)")) {
            List<List<Object>> theirs = CatalogFixture.nativeRows(meta.getFunctions(f.catalog, f.schema, "%"),
                    functions);
            theirs.removeIf(r -> !((String) r.get(functions.indexOf("FUNCTION_NAME"))).startsWith(f.name("MY_")));
            assertSameRows(f, functions, ourFunctions, theirs, List.of("FUNCTION_NAME", "SPECIFIC_NAME"),
                    List.of("FUNCTION_CAT", "FUNCTION_SCHEM", "REMARKS", "FUNCTION_TYPE"));
        }
        assertOrdered(f, functions, ourFunctions, "FUNCTION_CAT", "FUNCTION_SCHEM", "FUNCTION_NAME", "SPECIFIC_NAME");
        assertEquals(List.of("absolute value"), values(functions, ourFunctions, "REMARKS", "FUNCTION_NAME",
                f.name("MY_ABS")).subList(0, 1));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void typeInfoMatchesTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        ResultShape shape = MetadataShapes.forMethod("getTypeInfo");
        List<List<Object>> ours = f.run(f.queries.typeInfo());
        List<List<Object>> theirs = CatalogFixture.nativeRows(f.connection.getMetaData().getTypeInfo(), shape);
        assertFalse(ours.isEmpty());
        // Our list may be a subset (PostgreSQL lists every type in the database); each of ours must agree.
        Set<String> ourNames = column(shape, ours, "TYPE_NAME");
        theirs.removeIf(r -> !ourNames.contains((String) r.get(0)));
        assertSameRows(f, shape, ours, theirs, List.of("TYPE_NAME"), shape.labels().subList(1, shape.labels().size()));
        assertOrdered(f, shape, ours, "DATA_TYPE");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void catalogsSchemasAndTableTypesMatchTheNativeDriver(Backend backend) throws SQLException {
        CatalogFixture f = fixture(backend);
        DatabaseMetaData meta = f.connection.getMetaData();

        ResultShape catalogs = MetadataShapes.forMethod("getCatalogs");
        Set<String> ours = column(catalogs, f.run(f.queries.catalogs()), "TABLE_CAT");
        assertTrue(ours.contains(f.catalog), backend + ": " + ours);
        assertTrue(column(catalogs, CatalogFixture.nativeRows(meta.getCatalogs(), catalogs), "TABLE_CAT")
                .containsAll(ours), "every catalog is one the native driver lists");

        ResultShape schemas = MetadataShapes.forMethod("getSchemas");
        List<List<Object>> ourSchemas = f.run(f.queries.schemas());
        assertSameRows(f, schemas, ourSchemas, CatalogFixture.nativeRows(meta.getSchemas(), schemas),
                List.of("TABLE_SCHEM"), List.of("TABLE_CATALOG"));
        assertOrdered(f, schemas, ourSchemas, "TABLE_CATALOG", "TABLE_SCHEM");
        if (f.schema != null) {
            String pattern = f.schema.substring(0, 3) + "%";
            assertEquals(Set.of(f.schema), column(schemas, f.run(f.queries.schemas(f.catalog, pattern)), "TABLE_SCHEM"));
        }

        ResultShape types = MetadataShapes.forMethod("getTableTypes");
        List<List<Object>> ourTypes = f.run(f.queries.tableTypes());
        assertSameRows(f, types, ourTypes, CatalogFixture.nativeRows(meta.getTableTypes(), types),
                List.of("TABLE_TYPE"), List.of());
        assertOrdered(f, types, ourTypes, "TABLE_TYPE");
    }

    // ---- comparison helpers ----

    /** Rows of both sides are matched by {@code key}; {@code compared} columns must be equal unless listed. */
    private static void assertSameRows(CatalogFixture f, ResultShape shape, List<List<Object>> ours,
                                       List<List<Object>> theirs, List<String> key, List<String> compared) {
        Map<List<Object>, List<Object>> mine = byKey(shape, ours, key);
        Map<List<Object>, List<Object>> native_ = byKey(shape, theirs, key);
        List<String> problems = new ArrayList<>();
        boolean rowsDiffer = knownDifference(f, shape.method(), "(rows)");
        if (!rowsDiffer && !mine.keySet().equals(native_.keySet())) {
            Set<String> missing = native_.keySet().stream().filter(k -> !mine.containsKey(k)).map(Object::toString)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> extra = mine.keySet().stream().filter(k -> !native_.containsKey(k)).map(Object::toString)
                    .collect(Collectors.toCollection(TreeSet::new));
            problems.add("rows missing " + missing + ", extra " + extra);
        }
        for (Map.Entry<List<Object>, List<Object>> entry : mine.entrySet()) {
            List<Object> other = native_.get(entry.getKey());
            if (other == null) {
                continue;
            }
            for (String label : compared) {
                if (knownDifference(f, shape.method(), label)) {
                    continue;
                }
                int i = shape.indexOf(label);
                if (!Objects.equals(entry.getValue().get(i), other.get(i))) {
                    problems.add(entry.getKey() + " " + label + ": ours=" + entry.getValue().get(i)
                            + " native=" + other.get(i));
                }
            }
        }
        assertEquals(List.of(), problems, f.backend + " " + shape.method() + " differs from the native driver");
    }

    private static Map<List<Object>, List<Object>> byKey(ResultShape shape, List<List<Object>> rows, List<String> key) {
        Map<List<Object>, List<Object>> map = new LinkedHashMap<>();
        for (List<Object> row : rows) {
            List<Object> k = new ArrayList<>();
            for (String label : key) {
                k.add(row.get(shape.indexOf(label)));
            }
            map.put(k, row);
        }
        return map;
    }

    /** Checks the javadoc order; names sort by code point on every backend (the SQL asks for binary order). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertOrdered(CatalogFixture f, ResultShape shape, List<List<Object>> rows, String... labels) {
        for (int r = 1; r < rows.size(); r++) {
            for (String label : labels) {
                Object a = rows.get(r - 1).get(shape.indexOf(label));
                Object b = rows.get(r).get(shape.indexOf(label));
                int cmp;
                if (a == null || b == null) {
                    cmp = a == b ? 0 : a == null ? -1 : 1;
                    if (f.backend == Backend.POSTGRES) {
                        cmp = -cmp;
                    }
                } else {
                    cmp = ((Comparable) a).compareTo(b);
                }
                assertTrue(cmp <= 0, f.backend + " " + shape.method() + ": row " + r + " out of order by " + label
                        + ": " + rows.get(r - 1) + " then " + rows.get(r));
                if (cmp < 0) {
                    break;
                }
            }
        }
    }

    private static Set<String> column(ResultShape shape, List<List<Object>> rows, String label) {
        Set<String> values = new TreeSet<>();
        for (List<Object> row : rows) {
            values.add(String.valueOf(row.get(shape.indexOf(label))));
        }
        return values;
    }

    private static List<Object> values(ResultShape shape, List<List<Object>> rows, String label, String whereLabel,
                                       String whereValue) {
        List<Object> values = new ArrayList<>();
        for (List<Object> row : rows) {
            if (whereValue.equals(row.get(shape.indexOf(whereLabel)))) {
                values.add(row.get(shape.indexOf(label)));
            }
        }
        return values;
    }

    private static boolean knownDifference(CatalogFixture f, String method, String column) {
        for (String[] c : cases("native-differences.txt")) {
            if (c[0].equalsIgnoreCase(f.backend.name()) && (c[1].equals(method) || c[1].equals("*"))
                    && (c[2].equals(column) || c[2].equals("*"))) {
                return true;
            }
        }
        return false;
    }

    /** A resource of cases, one per line, fields separated by " | ", "#" comments. */
    static List<String[]> cases(String resource) {
        try (InputStream in = CatalogQueriesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            List<String[]> cases = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split(" \\| ", -1);
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                cases.add(fields);
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
