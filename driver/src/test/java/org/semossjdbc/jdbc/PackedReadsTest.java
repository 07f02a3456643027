package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;
import org.semossjdbc.protocol.ColumnHeader;
import org.semossjdbc.protocol.PackedPage;
import org.semossjdbc.protocol.TaskPage;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A page of chunks that cannot be read fails the read with a clear SQLException, whichever chunk is at fault. */
class PackedReadsTest {
    private static final List<ColumnHeader> COLUMNS = List.of(new ColumnHeader("ID", "ID", "INT"));
    private static final PackedPage.ValueForm[] FORMS = {PackedPage.ValueForm.INTEGER};

    @Test
    void aChunkWithoutItsRowCountFailsTheReadWith22001() {
        TaskPage page = new TaskPage("task1", List.of(), List.of(new Object[]{0, 2, "[[1],[2]]"},
                new Object[]{1, null, "[[3]]"}), 8);
        SQLException e = assertThrows(SQLDataException.class, () -> PackedReads.rows(page, COLUMNS, FORMS));
        assertEquals("22001", e.getSQLState());
        assertTrue(e.getMessage().contains("no row count") && e.getMessage().contains("readMode=plain"),
                e.getMessage());
    }

    @Test
    void aPageOfWholeChunksIsReadAsRows() throws SQLException {
        TaskPage page = new TaskPage("task1", List.of(), List.of(new Object[]{0, 2, "[[1],[2]]"},
                new Object[]{1, 1, "[[3]]"}), 8);
        TaskPage rows = PackedReads.rows(page, COLUMNS, FORMS);
        assertEquals(3, rows.rows().size());
        assertEquals(3, rows.rows().get(2)[0]);
        assertTrue(rows.isLast(), "2 chunks where 8 were asked for: the last page");
    }
}
