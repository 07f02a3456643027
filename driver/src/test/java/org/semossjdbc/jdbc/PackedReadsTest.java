package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;
import org.semossjdbc.protocol.ColumnHeader;
import org.semossjdbc.protocol.PackedPage;
import org.semossjdbc.protocol.TaskPage;
import org.semossjdbc.sql.PackedQuery;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page of chunks that cannot be read fails the read with a clear SQLException, whichever chunk is at fault; pages of
 * one-row chunks hold as many rows as fit the chunks' budget.
 */
class PackedReadsTest {
    private static final List<ColumnHeader> COLUMNS = List.of(new ColumnHeader("ID", "ID", "INT"));
    private static final PackedPage.ValueForm[] FORMS = {PackedPage.ValueForm.INTEGER};

    @Test
    void aChunkWithoutItsRowCountFailsTheReadWith22001() {
        TaskPage page = new TaskPage("task1", List.of(), List.of(new Object[]{0, 2, "[[1],[2]]"},
                new Object[]{1, null, "[[3]]"}), 8);
        SQLException e = assertThrows(SQLDataException.class,
                () -> PackedReads.rows(page, COLUMNS, FORMS, PackedReads.CHUNKS_PER_PAGE));
        assertEquals("22001", e.getSQLState());
        assertTrue(e.getMessage().contains("no row count") && e.getMessage().contains("readMode=plain"),
                e.getMessage());
    }

    @Test
    void aPageOfWholeChunksIsReadAsRows() throws SQLException {
        TaskPage page = new TaskPage("task1", List.of(), List.of(new Object[]{0, 2, "[[1],[2]]"},
                new Object[]{1, 1, "[[3]]"}), 8);
        TaskPage rows = PackedReads.rows(page, COLUMNS, FORMS, PackedReads.CHUNKS_PER_PAGE);
        assertEquals(3, rows.rows().size());
        assertEquals(3, rows.rows().get(2)[0]);
        assertTrue(rows.isLast(), "2 chunks where 8 were asked for: the last page");
    }

    @Test
    void pagesOfOneRowChunksHoldWhatFitsTheBudgetWithinTheFetchSize() {
        PackedQuery.Chunking one = PackedQuery.Chunking.byRows(1);
        assertEquals(PackedReads.CHUNKS_PER_PAGE, PackedReads.chunksPerPage(PackedQuery.Chunking.byRows(500), 90,
                2000, 0), "grouped chunks: eight a request, whatever the width");
        assertEquals(2000, PackedReads.chunksPerPage(one, 90, 2000, 0), "narrow rows: the fetch size");
        assertEquals(520, PackedReads.chunksPerPage(one, 1000, 2000, 0), "rows of 1,000 characters: 65 a chunk's "
                + "budget, eight budgets a request");
        assertEquals(PackedReads.CHUNKS_PER_PAGE, PackedReads.chunksPerPage(one, 50_000, 2000, 0),
                "rows wider than half a chunk: eight");
        assertEquals(PackedReads.CHUNKS_PER_PAGE, PackedReads.chunksPerPage(one, 90, 1, 0),
                "a fetch size of one still asks for eight chunks");
        assertEquals(3, PackedReads.chunksPerPage(one, 90, 2000, 3), "no more rows than setMaxRows allows");
    }
}
