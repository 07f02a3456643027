package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.TaskPage;

import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;

/**
 * A forward-only, read-only result that streams a SEMOSS task page by page: only the current page is in memory, and
 * the next one once it has been fetched ahead ({@link PageFetcher#prefetch}: half-way through the first page, at the
 * first row of the later ones).
 * The server task is released (a {@code RemoveTask} queued for the connection's next request) when the rows run out,
 * {@code maxRows} is reached, the result set is closed, or it is garbage-collected unclosed.
 */
final class SemossResultSet extends AbstractSemossResultSet {
    private final PageFetcher fetcher;
    private final Runnable release;
    private final long maxRows;
    private int fetchSize;
    private List<Object[]> page;
    private boolean lastPage;
    private boolean onFirstPage = true;
    private int index = -1;
    private long rowNumber;
    private boolean afterLast;
    private Object[] current;

    /**
     * @param statement the statement that produced it
     * @param first     the first page
     * @param fetcher   fetches later pages; null when the first page is everything
     * @param lease     releases the server task, or null; registered with the Cleaner here
     * @param maxRows   0 for no limit
     */
    SemossResultSet(SemossStatement statement, TaskPage first, PageFetcher fetcher, TaskLease lease, long maxRows,
                    int fetchSize, ZoneId sessionZone) {
        super(statement, first.columns(), sessionZone);
        this.page = first.rows();
        this.lastPage = first.isLast() || fetcher == null;
        this.fetcher = fetcher;
        this.maxRows = maxRows;
        this.fetchSize = fetchSize;
        if (lease == null) {
            this.release = () -> { };
        } else {
            java.lang.ref.Cleaner.Cleanable cleanable = TaskLease.CLEANER.register(this, lease);
            this.release = cleanable::clean;
        }
    }

    @Override
    Object[] currentRow() {
        return current;
    }

    @Override
    public boolean next() throws SQLException {
        checkOpen();
        if (afterLast) {
            return false;
        }
        if (maxRows > 0 && rowNumber >= maxRows) {
            return end();
        }
        if (index + 1 >= page.size()) {
            if (lastPage) {
                return end();
            }
            int size = maxRows > 0 ? (int) Math.min(fetchSize, maxRows - rowNumber) : fetchSize;
            TaskPage next = fetcher.fetch(size);
            onFirstPage = false;
            page = next.rows();
            lastPage = next.isLast();
            index = -1;
            if (page.isEmpty()) {
                return end();
            }
        }
        try {
            current = page.get(++index);
        } catch (org.semossjdbc.protocol.PackedPage.MalformedChunkException e) {
            // Never passed on, never read again by re-running the statement: the caller decides.
            end();
            throw PackedReads.refused(e);
        }
        rowNumber++;
        if (!lastPage && index == (onFirstPage ? page.size() / 2 : 0)) {
            prefetchNextPage();
        }
        if (maxRows > 0 && rowNumber >= maxRows || lastPage && index + 1 >= page.size()) {
            // The last row is in hand: the server task is no longer needed.
            release.run();
        }
        return true;
    }

    /**
     * The fetcher may start on the next page (sized as {@link #next} will ask for it), unless {@code maxRows} ends the
     * result with this page: half-way through the first page, so that a caller who reads a few rows and closes costs
     * no page it never wanted, and at the first row of every later page, since a caller who got past the first page
     * is reading on, and the earlier the next page is asked for, the more of the server's time hides behind the
     * application's.
     */
    private void prefetchNextPage() {
        long fetched = rowNumber - (index + 1) + page.size();
        if (maxRows > 0 && fetched >= maxRows) {
            return;
        }
        fetcher.prefetch(maxRows > 0 ? (int) Math.min(fetchSize, maxRows - fetched) : fetchSize);
    }

    private boolean end() {
        afterLast = true;
        current = null;
        page = List.of();
        release.run();
        return false;
    }

    @Override
    void releaseRows() {
        current = null;
        page = List.of();
        release.run();
    }

    @Override
    public boolean isBeforeFirst() throws SQLException {
        checkOpen();
        return rowNumber == 0 && !afterLast && !(page.isEmpty() && lastPage);
    }

    @Override
    public boolean isAfterLast() throws SQLException {
        checkOpen();
        return afterLast && rowNumber > 0;
    }

    @Override
    public boolean isFirst() throws SQLException {
        checkOpen();
        return rowNumber == 1 && current != null;
    }

    @Override
    public boolean isLast() throws SQLException {
        checkOpen();
        if (current == null) {
            return false;
        }
        if (maxRows > 0 && rowNumber >= maxRows) {
            return true;
        }
        // Only knowable without a fetch when this page is the last one.
        if (index + 1 < page.size()) {
            return false;
        }
        if (lastPage) {
            return true;
        }
        throw SqlExceptions.unsupported("isLast() before the end of the current page is fetched");
    }

    @Override
    public int getRow() throws SQLException {
        checkOpen();
        return current == null ? 0 : (int) Math.min(rowNumber, Integer.MAX_VALUE);
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw new SQLException("Fetch size must be >= 0", "HY024");
        }
        if (rows > 0) {
            fetchSize = rows;
        }
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }
}
