package org.semossjdbc.benchmarks;

import java.util.List;

/** One group of benchmarks from the issue; returns one row per figure. */
interface Suite {

    /** A short title, e.g. {@code statement overhead}. */
    String title();

    /** Runs the benchmarks; rows for figures that cannot be measured say so instead of throwing. */
    List<ResultRow> run(BenchEnvironment environment, RunSettings settings) throws Exception;
}
