package org.semossjdbc.benchmarks;

import java.util.List;

/** One group of benchmarks from the issue; returns one row per figure. */
interface Suite {

    /** A short title, e.g. {@code statement overhead}. */
    String title();

    /** False for suites that run no SQL: they get no environment and run before the emulator starts. */
    default boolean needsEmulator() {
        return true;
    }

    /**
     * Runs the benchmarks; rows for figures that cannot be measured say so instead of throwing.
     *
     * @param environment the shared emulator, or null when {@link #needsEmulator()} is false
     */
    List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception;
}
