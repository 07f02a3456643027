package org.semossjdbc.transport;

import java.time.Duration;

/**
 * Lets another thread cancel an HTTP call in flight (JDBC {@code Statement.cancel()}) and bounds the whole call
 * ({@code setQueryTimeout}). One handle per call; thread-safe.
 */
public final class CallHandle {

    /** A handle with no overall deadline. */
    public CallHandle() {
        throw new UnsupportedOperationException("stub");
    }

    /** A handle whose call fails with {@link TransportException.Kind#TIMEOUT} after {@code timeout} (zero = none). */
    public CallHandle(Duration timeout) {
        throw new UnsupportedOperationException("stub");
    }

    /** Cancels the call in flight, or the next one started with this handle. */
    public void cancel() {
        throw new UnsupportedOperationException("stub");
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        throw new UnsupportedOperationException("stub");
    }
}
