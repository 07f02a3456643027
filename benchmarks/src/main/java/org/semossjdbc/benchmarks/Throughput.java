package org.semossjdbc.benchmarks;

/**
 * Operations per second of a tight loop, as the median of several timed rounds after a warm-up of the same length
 * as all rounds together (enough for C2 to compile the loop on this machine).
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
            long warmupEnd = System.nanoTime() + roundNanos * settings.pureRounds();
            while (System.nanoTime() < warmupEnd) {
                chunk.run();
            }
            Samples nanosPerOperation = new Samples();
            for (int round = 0; round < settings.pureRounds(); round++) {
                long start = System.nanoTime();
                long operations = 0;
                long now;
                do {
                    chunk.run();
                    operations += operationsPerChunk;
                    now = System.nanoTime();
                } while (now - start < roundNanos);
                // Picoseconds per operation, so that sub-nanosecond differences survive the long samples.
                nanosPerOperation.add((now - start) * 1000 / operations);
            }
            return new Throughput(1e12 / nanosPerOperation.median(), 1e12 / nanosPerOperation.p90(),
                    settings.pureRounds());
        } catch (Exception e) {
            throw new IllegalStateException("the measured code threw", e);
        }
    }

    /** The inputs of the figure for the table. */
    String detail() {
        return "median of " + rounds + " rounds; slowest decile " + Format.number(p10OpsPerSecond) + " ops/s";
    }
}
