package org.semossjdbc.benchmarks;

/**
 * Operations per second of a tight loop, as the median of several timed rounds after a warm-up at least as long as
 * all rounds together, extended while the loop is still getting faster (the JIT has not finished).
 *
 * @param medianOpsPerSecond the median round's throughput
 * @param p10OpsPerSecond    the slowest decile's throughput (p90 of the time per operation)
 * @param rounds             how many rounds were timed
 */
record Throughput(double medianOpsPerSecond, double p10OpsPerSecond, int rounds) {

    /** A chunk of work that performs {@code operationsPerChunk} operations. */
    @FunctionalInterface
    interface Chunk {
        void run() throws Exception;
    }

    /** Times {@code chunk} repeatedly; each round lasts about {@code settings.pureRoundMillis()}. */
    static Throughput measure(RunSettings settings, Chunk chunk, int operationsPerChunk) {
        try {
            long roundNanos = settings.pureRoundMillis() * 1_000_000L;
            // Warm up for as long as the timed rounds take, then on until a round is no longer 10% faster than the
            // one before: on a crowded machine the JIT's compiler threads get little CPU and finish late.
            long warmupEnd = System.nanoTime() + roundNanos * settings.pureRounds();
            long giveUp = System.nanoTime() + roundNanos * settings.pureRounds() * 5;
            long previous = Long.MAX_VALUE;
            long current = round(chunk, operationsPerChunk, roundNanos);
            while (System.nanoTime() < giveUp && (System.nanoTime() < warmupEnd || current < previous * 0.9)) {
                previous = current;
                current = round(chunk, operationsPerChunk, roundNanos);
            }
            Samples nanosPerOperation = new Samples();
            for (int round = 0; round < settings.pureRounds(); round++) {
                nanosPerOperation.add(round(chunk, operationsPerChunk, roundNanos));
            }
            return new Throughput(1e12 / nanosPerOperation.median(), 1e12 / nanosPerOperation.p90(),
                    settings.pureRounds());
        } catch (Exception e) {
            throw new IllegalStateException("the measured code threw", e);
        }
    }

    /** Runs {@code chunk} for about {@code roundNanos}; returns picoseconds per operation. */
    private static long round(Chunk chunk, int operationsPerChunk, long roundNanos) throws Exception {
        long start = System.nanoTime();
        long operations = 0;
        long now;
        do {
            chunk.run();
            operations += operationsPerChunk;
            now = System.nanoTime();
        } while (now - start < roundNanos);
        // Picoseconds, so that sub-nanosecond differences survive in a long.
        return (now - start) * 1000 / operations;
    }

    /** The inputs of the figure for the table. */
    String detail() {
        return "median of " + rounds + " rounds; slowest decile " + Format.number(p10OpsPerSecond) + " ops/s";
    }
}
