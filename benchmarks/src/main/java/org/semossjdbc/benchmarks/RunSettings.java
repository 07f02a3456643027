package org.semossjdbc.benchmarks;

import java.nio.file.Path;
import java.util.List;

/**
 * How much work each benchmark does. {@link #full} is what the committed results use; {@link #quick} only proves
 * that every benchmark still produces a figure (the CI smoke pass), and its figures mean nothing.
 *
 * @param quick               true for the smoke pass
 * @param outputDirectory     where RESULTS.md and results.csv go
 * @param statementWarmup     untimed statements per variant before timing
 * @param statementRounds     interleaved rounds of the statement benchmarks
 * @param statementsPerRound  statements per variant per round (rounds x this = samples per variant)
 * @param batchRows           INSERT rows of the batch benchmark
 * @param batchUpdates        UPDATE statements of the batch benchmark
 * @param batchRounds         interleaved repetitions of each batch variant
 * @param saveAllRecords      new records of the saveAll benchmark
 * @param largeReadSizes      row counts of the large reads
 * @param largeReadRepeats    forked reads per variant and size
 * @param largeReadWarmupRows rows read (twice) before the timed read, to warm the reader's JIT
 * @param threadCounts        thread counts of the concurrency benchmark
 * @param concurrencyMillis   duration of one (variant, thread count) cell
 * @param concurrencyRounds   interleaved repetitions of every cell
 * @param pureRounds          timed rounds of the pure-code benchmarks
 * @param pureRoundMillis     duration of one pure-code round
 * @param coldStatements      distinct statements for the cold-parse benchmark
 * @param profile             record JFR profiles (also in the large-read probe JVMs)
 */
record RunSettings(boolean quick, Path outputDirectory, int statementWarmup, int statementRounds,
                   int statementsPerRound, int batchRows, int batchUpdates, int batchRounds, int saveAllRecords,
                   List<Integer> largeReadSizes, int largeReadRepeats, int largeReadWarmupRows,
                   List<Integer> threadCounts, int concurrencyMillis, int concurrencyRounds, int pureRounds,
                   int pureRoundMillis, int coldStatements, boolean profile) {

    /** The committed configuration: at least 1,000 statements per variant, the sizes. */
    static RunSettings full(Path outputDirectory, boolean profile) {
        return new RunSettings(false, outputDirectory, 100, 40, 25, 10_000, 1_000, 2, 1_000,
                List.of(100_000, 1_000_000), 3, 20_000, List.of(1, 2, 4, 8), 2_000, 3, 10, 300, 2_000, profile);
    }

    /**
     * A real server, where one statement costs ten times the emulator's and the Python client's a hundred: 200
     * statements per variant after 100 untimed ones (with 25, the first engine's driver rounds still ran code the JIT
     * had not compiled yet: 1.25x its own request replayed, against 1.0x on the next engines), 2,000 INSERTs and 500
     * UPDATEs in one round of the batch loop, one forked read per large-read variant, two rounds of concurrency cells;
     * no saveAll (its model's table has a fixed name).
     */
    static RunSettings server(Path outputDirectory, boolean profile) {
        return new RunSettings(false, outputDirectory, 100, 8, 25, 2_000, 500, 1, 0, List.of(100_000, 1_000_000), 1,
                20_000, List.of(1, 2, 4, 8), 1_500, 2, 10, 300, 2_000, profile);
    }

    /** The smoke pass: every benchmark once, small. */
    static RunSettings quick(Path outputDirectory, boolean profile) {
        return new RunSettings(true, outputDirectory, 3, 2, 3, 100, 20, 1, 20,
                List.of(1_000, 5_000), 1, 500, List.of(1, 2, 4, 8), 100, 1, 3, 50, 100, profile);
    }
}
