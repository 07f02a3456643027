package org.semossjdbc.benchmarks;

import java.util.Arrays;

/**
 * Durations (or any long-valued observations) of one variant, with the order statistics the results report.
 * Medians and p90 rather than means: on a shared machine a few descheduled samples would move a mean by more than
 * the effect being measured. Not thread-safe; each variant is measured by one thread.
 */
final class Samples {

    private long[] values = new long[256];
    private int size;

    /** Adds one observation. */
    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Adds every observation of {@code other}. */
    void addAll(Samples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    /** How many observations were added. */
    int count() {
        return size;
    }

    /** The median (the mean of the two middle values for an even count). */
    double median() {
        long[] sorted = sorted();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }

    /** The nearest-rank percentile, {@code fraction} in (0, 1]. */
    double percentile(double fraction) {
        long[] sorted = sorted();
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The 90th percentile. */
    double p90() {
        return percentile(0.90);
    }

    /** The sum of all observations. */
    long sum() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += values[i];
        }
        return total;
    }

    private long[] sorted() {
        if (size == 0) {
            throw new IllegalStateException("no samples were taken");
        }
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        return copy;
    }
}
