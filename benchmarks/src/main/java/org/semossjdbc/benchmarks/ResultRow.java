package org.semossjdbc.benchmarks;

/**
 * One line of the results table: a figure (usually a ratio of two variants measured side by side), its target and
 * what it was computed from.
 *
 * @param id        the item number and a letter, e.g. {@code 1a}
 * @param benchmark what was measured
 * @param figure    the figure, or null when it could not be measured
 * @param unit      {@code x} for a ratio, or a unit
 * @param target    the target
 * @param detail    the inputs of the figure (medians, p90, counts) or why there is no figure
 * @param status    how the figure compares with the target
 */
record ResultRow(String id, String benchmark, Double figure, String unit, Target target, String detail, Status status) {

    /** How a figure compares with its target. */
    enum Status {
        MET("met"), NOT_MET("NOT MET"), REPORTED("reported"), NOT_AVAILABLE("not available"), FAILED("FAILED");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The text shown in the table. */
        String label() {
            return label;
        }
    }

    /** A measured figure; its status follows from the target. */
    static ResultRow measured(String id, String benchmark, double figure, String unit, Target target, String detail) {
        Status status = !target.hasBound() ? Status.REPORTED : target.isMetBy(figure) ? Status.MET : Status.NOT_MET;
        return new ResultRow(id, benchmark, figure, unit, target, detail, status);
    }

    /** A figure the driver cannot produce yet (e.g. a feature it reports as not supported). */
    static ResultRow notAvailable(String id, String benchmark, Target target, String reason) {
        return new ResultRow(id, benchmark, null, "", target, reason, Status.NOT_AVAILABLE);
    }

    /** A benchmark that broke; the smoke test fails on these. */
    static ResultRow failed(String id, String benchmark, Target target, String reason) {
        return new ResultRow(id, benchmark, null, "", target, reason, Status.FAILED);
    }
}
