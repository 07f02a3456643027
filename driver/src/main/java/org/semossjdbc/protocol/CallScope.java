package org.semossjdbc.protocol;

import org.semossjdbc.transport.CallHandle;
import org.semossjdbc.transport.TransportException;

import java.time.Duration;

/**
 * One JDBC call's cancel handle and deadline. The deadline also bounds the wait for the connection's request lock,
 * so {@code setQueryTimeout} covers time spent queued behind another statement of the same connection.
 *
 * @param handle        cancels the HTTP call in flight
 * @param deadlineNanos {@link System#nanoTime()} after which the call fails; {@link Long#MAX_VALUE} for none
 */
public record CallScope(CallHandle handle, long deadlineNanos) {

    /** A scope whose whole call is bounded by {@code timeout} (zero or negative: no bound). */
    public static CallScope of(Duration timeout) {
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            return new CallScope(new CallHandle(), Long.MAX_VALUE);
        }
        return new CallScope(new CallHandle(timeout), System.nanoTime() + timeout.toNanos());
    }

    /** Cancels the call in flight, or the next one started in this scope; safe from any thread. */
    public void cancel() {
        handle.cancel();
    }

    /** Time left before the deadline; throws a TIMEOUT when none is left. */
    long remainingNanos() throws TransportException {
        if (deadlineNanos == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            throw new TransportException(TransportException.Kind.TIMEOUT, false, 0,
                    "The query timeout expired before the request was sent", null);
        }
        return left;
    }

    /** Throws CANCELLED when the handle was cancelled before the request was sent. */
    void checkNotCancelled() throws TransportException {
        if (handle.isCancelled()) {
            throw new TransportException(TransportException.Kind.CANCELLED, false, 0,
                    "The statement was cancelled before the request was sent", null);
        }
    }
}
