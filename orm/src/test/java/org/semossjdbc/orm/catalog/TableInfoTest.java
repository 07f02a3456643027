package org.semossjdbc.orm.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableInfoTest {

    private static ColumnInfo column(int position, String name, int keySequence) {
        return new ColumnInfo(position, name, Types.INTEGER, "INTEGER", 10, 0, Nullability.NOT_NULL, null, keySequence);
    }

    @Test
    void columnsSortByPositionAndTheKeyByKeySequence() {
        List<ColumnInfo> columns = new ArrayList<>(List.of(column(3, "c", 1), column(1, "a", 2), column(2, "b", 0)));
        EnumSet<TablePrivilege> privileges = EnumSet.of(TablePrivilege.SELECT);
        TableInfo table = new TableInfo(null, "s", "t", "TABLE", privileges, columns);
        columns.clear();
        privileges.add(TablePrivilege.DELETE);
        assertEquals(List.of("a", "b", "c"), table.columns().stream().map(ColumnInfo::name).toList());
        assertEquals(List.of("c", "a"), table.primaryKey());
        assertEquals(EnumSet.of(TablePrivilege.SELECT), table.privileges(), "a copy, not a view of the caller's set");
        assertTrue(table.canSelect());
        assertFalse(table.canDelete());
        assertEquals("s.t", table.qualifiedName());
        assertEquals("t", new TableInfo(null, null, "t", "TABLE", EnumSet.noneOf(TablePrivilege.class), List.of())
                .qualifiedName());
    }

    @Test
    void columnLookupPrefersTheExactName() {
        TableInfo table = new TableInfo(null, null, "t", "TABLE", EnumSet.noneOf(TablePrivilege.class),
                List.of(column(1, "Name", 0), column(2, "name", 0)));
        assertEquals(2, table.column("name").orElseThrow().position());
        assertEquals(1, table.column("Name").orElseThrow().position());
        assertEquals(1, table.column("NAME").orElseThrow().position());
        assertTrue(table.column("other").isEmpty());
    }
}
