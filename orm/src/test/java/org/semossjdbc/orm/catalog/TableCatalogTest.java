package org.semossjdbc.orm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.binds.BorrowingDataSource;
import org.semossjdbc.orm.binds.TestTarget;
import org.semossjdbc.testing.ScratchDatabase;

/** The catalogue of a schema created by SQL, on every target. */
class TableCatalogTest {

    static Stream<TestTarget> targets() {
        return TestTarget.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void matchesTheTablesAndColumnsCreatedBySql(TestTarget target) throws SQLException {
        String parent = TestTarget.uniqueName("cat_parent");
        String child = TestTarget.uniqueName("cat_child");
        target.assumeAvailable().executeDirect(
                "CREATE TABLE " + parent + " (id INT NOT NULL, code VARCHAR(12) NOT NULL, amount DECIMAL(12,3)"
                        + " DEFAULT 0, note VARCHAR(40) DEFAULT 'new', created " + target.timestampType()
                        + ", flag CHAR(5), PRIMARY KEY (code, id))",
                "CREATE TABLE " + child + " (child_id INT PRIMARY KEY, parent_code VARCHAR(12))");
        List<TableInfo> catalogue;
        try (Connection connection = target.open()) {
            catalogue = TableCatalog.read(connection);
        }

        TableInfo table = only(catalogue, parent);
        assertEquals("TABLE", table.type());
        if (target.product() == ScratchDatabase.Backend.MARIADB) {
            assertNull(table.schema(), "MariaDB names the database as catalog");
            assertEquals(target.database().name(), table.catalog());
        } else {
            assertEquals("public", table.schema().toLowerCase(Locale.ROOT));
        }
        assertEquals(List.of("id", "code", "amount", "note", "created", "flag"),
                table.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), table.columns().stream().map(ColumnInfo::position).toList());
        assertEquals(List.of("code", "id"), table.primaryKey().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());

        ColumnInfo id = table.column("id").orElseThrow();
        assertEquals(Types.INTEGER, id.sqlType());
        assertEquals(Nullability.NOT_NULL, id.nullability());
        assertEquals(2, id.keySequence());
        assertNull(id.defaultValue());

        ColumnInfo code = table.column("CODE").orElseThrow();
        assertEquals(Types.VARCHAR, code.sqlType());
        assertEquals(12, code.length());
        assertEquals(Nullability.NOT_NULL, code.nullability());
        assertEquals(1, code.keySequence());

        ColumnInfo amount = table.column("amount").orElseThrow();
        assertTrue(amount.sqlType() == Types.DECIMAL || amount.sqlType() == Types.NUMERIC, amount.toString());
        assertEquals(12, amount.length());
        assertEquals(3, amount.decimalDigits());
        assertTrue(amount.nullable());
        assertTrue(amount.defaultValue().matches("0(\\.0+)?"), amount.defaultValue());
        assertEquals(0, amount.keySequence());

        ColumnInfo note = table.column("note").orElseThrow();
        assertEquals(Types.VARCHAR, note.sqlType());
        assertEquals(40, note.length());
        assertTrue(note.defaultValue().startsWith("'new'"), note.defaultValue());

        ColumnInfo created = table.column("created").orElseThrow();
        assertEquals(Types.TIMESTAMP, created.sqlType());
        assertEquals(Nullability.NULLABLE, created.nullability());
        assertNull(created.defaultValue());

        ColumnInfo flag = table.column("flag").orElseThrow();
        assertEquals(Types.CHAR, flag.sqlType());
        assertEquals(5, flag.length());

        TableInfo second = only(catalogue, child);
        assertEquals(List.of("child_id"), second.primaryKey().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        assertEquals(Nullability.NOT_NULL, second.column("child_id").orElseThrow().nullability());
        assertEquals(Nullability.NULLABLE, second.column("parent_code").orElseThrow().nullability());

        assertTrue(catalogue.stream().noneMatch(t -> t.schema() != null
                        && List.of("information_schema", "pg_catalog").contains(t.schema().toLowerCase(Locale.ROOT))),
                "system tables are not user tables");
        assertThrows(UnsupportedOperationException.class, () -> table.columns().clear());
        assertThrows(UnsupportedOperationException.class, () -> table.privileges().clear());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void patternsNarrowTheCatalogue(TestTarget target) throws SQLException {
        String prefix = TestTarget.uniqueName("narrow");
        target.assumeAvailable().executeDirect("CREATE TABLE " + prefix + "_a (x INT)",
                "CREATE TABLE " + prefix + "_b (y INT)");
        try (Connection connection = target.open()) {
            String pattern = target.product() == ScratchDatabase.Backend.H2 ? prefix.toUpperCase(Locale.ROOT) + "%"
                    : prefix + "%";
            List<TableInfo> tables = TableCatalog.read(connection, null, pattern, TableCatalog.DEFAULT_TYPES);
            assertEquals(List.of(prefix + "_a", prefix + "_b"),
                    tables.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).sorted().toList());
            assertEquals("x", tables.stream().filter(t -> t.name().toLowerCase(Locale.ROOT).endsWith("_a"))
                    .findFirst().orElseThrow().columns().get(0).name().toLowerCase(Locale.ROOT));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targets")
    void theDataSourceFormReturnsItsConnection(TestTarget target) throws SQLException {
        String table = TestTarget.uniqueName("cat_ds");
        target.assumeAvailable().executeDirect("CREATE TABLE " + table + " (id INT PRIMARY KEY)");
        BorrowingDataSource dataSource = new BorrowingDataSource(target);
        assertEquals(List.of("id"), only(TableCatalog.read(dataSource), table).primaryKey().stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList());
        assertEquals(1, dataSource.borrowed());
        assertEquals(0, dataSource.open());
    }

    static TableInfo only(List<TableInfo> catalogue, String name) {
        List<TableInfo> matches = catalogue.stream().filter(t -> t.name().equalsIgnoreCase(name)).toList();
        assertEquals(1, matches.size(), () -> name + " in " + catalogue.stream().map(TableInfo::name).toList());
        return matches.get(0);
    }
}
