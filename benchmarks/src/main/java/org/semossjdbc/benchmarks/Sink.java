package org.semossjdbc.benchmarks;

/**
 * Where benchmarks put what they read, so the JIT cannot prove the work useless and drop it. The volatile write at
 * the end of each operation publishes the accumulated value.
 */
final class Sink {

    private static volatile long published;

    private Sink() {
    }

    /** Consumes a value. */
    static void consume(long value) {
        published += value;
    }

    /** Consumes a reference (its identity hash, which cannot be computed without the object). */
    static void consume(Object value) {
        published += value == null ? 0 : System.identityHashCode(value);
    }

    /** The accumulated value (printed nowhere; read so the field is live). */
    static long value() {
        return published;
    }
}
