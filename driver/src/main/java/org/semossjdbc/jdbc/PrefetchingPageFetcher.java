package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.TaskPage;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetches a result's next page on a background thread while the application reads the current one
 * ({@code prefetch=true}), so that the server's time for a page overlaps the application's time for the previous one.
 *
 * <p>At most one page is fetched ahead, under the statement's call scope like any page (cancel and the query timeout
 * reach it). A page fetched ahead for a result that is closed meanwhile is simply dropped: the connection's lock
 * orders it before any later request, and the task's removal goes with the next one. An error of the fetch ahead is
 * thrown by the {@link #fetch} that wanted the page, as it would have been without prefetching.
 *
 * <p>Threads: {@link #prefetch} and {@link #fetch} are called by the thread reading the result only.
 */
final class PrefetchingPageFetcher implements PageFetcher {

    /** Daemon threads, gone after 30 s without work, so an idle driver holds none. */
    private static final ExecutorService FETCHERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new FetcherThreads());

    private final PageFetcher direct;
    private CompletableFuture<TaskPage> ahead;

    PrefetchingPageFetcher(PageFetcher direct) {
        this.direct = direct;
    }

    @Override
    public void prefetch(int pageSize) {
        if (ahead == null) {
            ahead = CompletableFuture.supplyAsync(() -> {
                try {
                    return direct.fetch(pageSize);
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            }, FETCHERS);
        }
    }

    @Override
    public TaskPage fetch(int pageSize) throws SQLException {
        CompletableFuture<TaskPage> pending = ahead;
        if (pending == null) {
            return direct.fetch(pageSize);
        }
        try {
            TaskPage page = pending.get();
            ahead = null;
            return page;
        } catch (InterruptedException e) {
            // The page is still coming: a later next() waits for it again, so no row is skipped.
            Thread.currentThread().interrupt();
            throw new SQLTransientException("Interrupted while waiting for the next page of the result", "57014", e);
        } catch (ExecutionException e) {
            ahead = null;
            Throwable cause = e.getCause() instanceof CompletionException wrapped && wrapped.getCause() != null
                    ? wrapped.getCause() : e.getCause();
            if (cause instanceof SQLException failure) {
                throw failure;
            }
            throw new SQLException("Fetching the next page failed: " + cause, "HY000", cause);
        }
    }

    /** Names the threads and gives them the driver's class loader rather than the first caller's. */
    private static final class FetcherThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "semoss-jdbc-prefetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            thread.setContextClassLoader(PrefetchingPageFetcher.class.getClassLoader());
            return thread;
        }
    }
}
