package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.TaskPage;

import java.sql.SQLException;

/** Fetches the next page of a result; used by {@link SemossResultSet} when its current page is used up. */
@FunctionalInterface
interface PageFetcher {
    /** The next page, at most {@code pageSize} rows. */
    TaskPage fetch(int pageSize) throws SQLException;
}
