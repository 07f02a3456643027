package org.semossjdbc.benchmarks;

/**
 * A target from the benchmark issue, checked against a figure when the results are written (never in a unit test).
 *
 * @param text  how the table shows it, e.g. {@code <= 1.05}
 * @param bound the limit, or NaN when the figure is only reported
 * @param upper true when the figure must stay at or below the bound, false when at or above
 */
record Target(String text, double bound, boolean upper) {

    /** The figure must not exceed {@code bound}. */
    static Target atMost(double bound) {
        return new Target("<= " + Format.number(bound), bound, true);
    }

    /** The figure must reach {@code bound}. */
    static Target atLeast(double bound) {
        return new Target(">= " + Format.number(bound), bound, false);
    }

    /** No target: the figure is reported. */
    static Target reportOnly() {
        return new Target("report", Double.NaN, true);
    }

    /** Whether this target has a bound at all. */
    boolean hasBound() {
        return !Double.isNaN(bound);
    }

    /** Whether {@code figure} meets the bound; only meaningful when {@link #hasBound()}. */
    boolean isMetBy(double figure) {
        return upper ? figure <= bound : figure >= bound;
    }
}
