package org.semossjdbc.emulator;

/**
 * Charges the time of one response as it is produced: costs accumulate and are slept off in slices of at least
 * {@link #SLICE_NANOS}, so a large page is paced out the way a server that renders cell by cell sends it (the client
 * decodes the first rows while the next ones are rendered) rather than held back and sent at once. Sleeping in
 * slices also keeps the sleep's own overshoot (tens of microseconds per call) from adding up over thousands of rows.
 * One per response; not thread-safe.
 */
final class CostMeter {

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Shortest sleep; smaller charges wait until they add up to it (or the response ends). */
    static final long SLICE_NANOS = 1_000_000;

    private final Sleeper sleeper;
    private long owedNanos;
    private long chargedNanos;

    /** How a meter waits; the real one sleeps, tests record. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos);
    }

    CostMeter(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** A meter that spends its costs the way {@code spending} says. */
    static CostMeter spending(ServerCosts.Spending spending) {
        return new CostMeter(nanos -> spend(nanos, spending));
    }

    /** Spends {@code nanos} now: sleeping, or computing until this thread has used that much CPU time. */
    static void spend(long nanos, ServerCosts.Spending spending) {
        if (nanos <= 0) {
            return;
        }
        if (spending == ServerCosts.Spending.CPU && THREADS.isCurrentThreadCpuTimeSupported()) {
            computeNanos(nanos);
        } else {
            sleepNanos(nanos);
        }
    }

    /**
     * Computes until the thread has used {@code nanos} of CPU time (not wall time: on a busy machine this takes
     * longer, as the server's own work would), or until interrupted.
     */
    static long computeNanos(long nanos) {
        long end = THREADS.getCurrentThreadCpuTime() + nanos;
        long state = nanos | 1;
        while (THREADS.getCurrentThreadCpuTime() < end && !Thread.currentThread().isInterrupted()) {
            for (int i = 0; i < 64; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
            }
        }
        return state;
    }

    /** Adds {@code nanos} to what this response costs; sleeps once a slice is owed. */
    void charge(long nanos) {
        if (nanos <= 0) {
            return;
        }
        owedNanos += nanos;
        chargedNanos += nanos;
        if (owedNanos >= SLICE_NANOS) {
            pay();
        }
    }

    /** Sleeps whatever is still owed (at the end of a response). */
    void settle() {
        if (owedNanos > 0) {
            pay();
        }
    }

    /** Everything charged so far. */
    long chargedNanos() {
        return chargedNanos;
    }

    private void pay() {
        long nanos = owedNanos;
        owedNanos = 0;
        sleeper.sleep(nanos);
    }

    /**
     * Waits {@code nanos} (until interrupted). Parks rather than {@code Thread.sleep(millis, nanos)}, which on JDK 17
     * rounds to whole milliseconds: a 1.4 ms charge would cost 1 ms and a 1.6 ms one 2 ms.
     */
    static void sleepNanos(long nanos) {
        long deadline = System.nanoTime() + nanos;
        long left = nanos;
        while (left > 0 && !Thread.currentThread().isInterrupted()) {
            java.util.concurrent.locks.LockSupport.parkNanos(left);
            left = deadline - System.nanoTime();
        }
    }
}
