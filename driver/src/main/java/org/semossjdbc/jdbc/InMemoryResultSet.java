package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.ColumnHeader;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * A result whose rows the driver already holds: database metadata and generated keys. Forward-only like the
 * streamed results, so that code written against one behaves the same against the other.
 */
final class InMemoryResultSet extends AbstractSemossResultSet {
    private List<Object[]> rows;
    private int index = -1;
    private int fetchSize;

    /**
     * @param statement the statement that produced it, or null for database metadata
     * @param columns   the columns, in order
     * @param rows      the rows, each at most as long as {@code columns}
     */
    InMemoryResultSet(SemossStatement statement, List<ColumnHeader> columns, List<Object[]> rows) {
        super(statement, columns, ZoneId.systemDefault());
        this.rows = rows;
    }

    /** An empty result with no columns (no generated keys). */
    static InMemoryResultSet empty(SemossStatement statement) {
        return new InMemoryResultSet(statement, List.of(), List.of());
    }

    @Override
    Object[] currentRow() {
        return index >= 0 && index < rows.size() ? rows.get(index) : null;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (index < rows.size()) {
            index++;
        }
        return index < rows.size();
    }

    @Override
    void releaseRows() {
        rows = List.of();
        index = 0;
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return index < 0 && !rows.isEmpty();
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return index >= rows.size() && !rows.isEmpty();
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return index == 0 && !rows.isEmpty();
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        return index >= 0 && index == rows.size() - 1;
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return index >= 0 && index < rows.size() ? index + 1 : 0;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("Fetch size must be >= 0", "HY024");
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }
}
