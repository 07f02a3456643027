package org.semossjdbc.transport;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import okhttp3.Call;

/**
 * Lets another thread cancel an HTTP call in flight (JDBC {@code Statement.cancel()}) and bounds the whole call
 * ({@code setQueryTimeout}). One handle per call; thread-safe.
 *
 * <p>A handle may carry several HTTP exchanges of one statement (a re-login and the retry that follows it); they
 * share one deadline, whose clock starts when the handle is created, and the deadline also covers reading the
 * response body. State: the cancel flag and the exchange in flight are atomics, so {@link #cancel()} never blocks.
 */
public final class CallHandle {

    private final long deadlineNanos;
    private final boolean hasDeadline;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Call> inFlight = new AtomicReference<>();

    /** A handle with no overall deadline. */
    public CallHandle() {
        this(Duration.ZERO);
    }

    /** A handle whose call fails with {@link TransportException.Kind#TIMEOUT} after {@code timeout} (zero = none). */
    public CallHandle(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        this.hasDeadline = !timeout.isZero();
        this.deadlineNanos = System.nanoTime() + (hasDeadline ? timeout.toNanos() : 0);
    }

    /** Cancels the call in flight, or the next one started with this handle. */
    public void cancel() {
        cancelled.set(true);
        Call call = inFlight.get();
        if (call != null) {
            call.cancel();
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Whether this handle has a deadline and it has passed. */
    boolean isExpired() {
        return hasDeadline && System.nanoTime() - deadlineNanos >= 0;
    }

    /** Throws CANCELLED or TIMEOUT when no new exchange may start under this handle. */
    void checkActive(String what) throws TransportException {
        if (isCancelled()) {
            throw new TransportException(TransportException.Kind.CANCELLED, false, 0, what + " was cancelled", null);
        }
        if (isExpired()) {
            throw new TransportException(TransportException.Kind.TIMEOUT, false, 0,
                    what + " was not started: the call's time limit had already passed", null);
        }
    }

    /**
     * Binds an OkHttp call to this handle: its timeout becomes the time left, and a cancel (now or later) reaches it.
     * Setting the reference before reading the flag, while {@link #cancel()} does the reverse, means one of the two
     * always sees the other.
     */
    void attach(Call call) {
        if (hasDeadline) {
            long remaining = Math.max(1, deadlineNanos - System.nanoTime());
            call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        }
        inFlight.set(call);
        if (cancelled.get()) {
            call.cancel();
        }
    }

    /** Forgets {@code call} once its response is closed. */
    void detach(Call call) {
        inFlight.compareAndSet(call, null);
    }
}
