package org.semossjdbc.protocol;

import java.util.List;

/**
 * One page of a task's rows. Values are {@code null}, {@link String}, {@link Boolean}, {@link Integer}, {@link Long},
 * {@link java.math.BigInteger}, {@link Double}, or a {@link com.fasterxml.jackson.databind.JsonNode} for arrays and
 * objects (PostgreSQL arrays, json, interval). Integers are read from the JSON text, never through a double.
 *
 * @param taskId    the server's task id ({@code task<k>})
 * @param columns   the columns, in SQL order
 * @param rows      the rows of this page
 * @param requested the page size asked for; fewer rows than this means the task is exhausted (docs/protocol.md, 'Paging
 *                  and end of data')
 */
public record TaskPage(String taskId, List<ColumnHeader> columns, List<Object[]> rows, int requested) {

    /** A short page is the only end-of-data signal SEMOSS gives (transcript 040). */
    public boolean isLast() {
        return requested < 0 || rows.size() < requested;
    }
}
