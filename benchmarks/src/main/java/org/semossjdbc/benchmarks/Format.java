package org.semossjdbc.benchmarks;

import java.util.Locale;

/** Number formatting shared by the results writers: fixed locale, so tables diff cleanly between runs. */
final class Format {

    private Format() {
    }

    /** Three significant digits for small figures, grouped integers for large ones. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 10_000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Nanoseconds as milliseconds. */
    static String millis(double nanos) {
        return number(nanos / 1e6) + " ms";
    }

    /** Nanoseconds as microseconds. */
    static String micros(double nanos) {
        return number(nanos / 1e3) + " µs";
    }

    /** A median and p90 of nanosecond samples, e.g. {@code 6.41 ms (p90 7.02 ms)}. */
    static String medianP90(Samples samples) {
        return millis(samples.median()) + " (p90 " + millis(samples.p90()) + ")";
    }
}
