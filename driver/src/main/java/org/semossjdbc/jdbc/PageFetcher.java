package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.TaskPage;

import java.sql.SQLException;

/** Fetches the next page of a result; used by {@link SemossResultSet} when its current page is used up. */
@FunctionalInterface
interface PageFetcher {
    /** The next page, at most {@code pageSize} rows. */
    TaskPage fetch(int pageSize) throws SQLException;

    /**
     * A hint that {@link #fetch} will be called for the next page soon: an implementation may start fetching it now.
     * Called at most once per page, by the thread reading the result.
     */
    default void prefetch(int pageSize) {
    }
}
