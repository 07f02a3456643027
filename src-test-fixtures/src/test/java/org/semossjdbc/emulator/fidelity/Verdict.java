package org.semossjdbc.emulator.fidelity;

import java.util.List;

/**
 * What one replayed transcript amounts to, given its differences and its exclusion entry. Only {@link #MATCHED}
 * and {@link #EXCLUDED} are acceptable; a stale exclusion fails like a difference, so the list cannot rot.
 */
enum Verdict {
    /** No difference and not excluded. */
    MATCHED,
    /** Differences, and the exclusion file lists the transcript with a reason. */
    EXCLUDED,
    /** Differences, not excluded: a failure. */
    DIFFERS,
    /** Excluded, yet no difference: the entry is stale and must go. */
    EXCLUDED_BUT_MATCHES;

    static Verdict of(List<Difference> differences, boolean excluded) {
        if (differences.isEmpty()) {
            return excluded ? EXCLUDED_BUT_MATCHES : MATCHED;
        }
        return excluded ? EXCLUDED : DIFFERS;
    }

    boolean acceptable() {
        return this == MATCHED || this == EXCLUDED;
    }
}
