package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every transcript is matched or excluded with a reason; an exclusion that matches is a failure too. */
class FidelityVerdictTest {

    private static final List<Difference> ONE = List.of(new Difference("$.a", "value", "1", "2"));

    @Test
    void onlyMatchedAndJustifiedExclusionsAreAcceptable() {
        assertEquals(Verdict.MATCHED, Verdict.of(List.of(), false));
        assertEquals(Verdict.EXCLUDED, Verdict.of(ONE, true));
        assertEquals(Verdict.DIFFERS, Verdict.of(ONE, false));
        assertEquals(Verdict.EXCLUDED_BUT_MATCHES, Verdict.of(List.of(), true));
        assertTrue(Verdict.MATCHED.acceptable());
        assertTrue(Verdict.EXCLUDED.acceptable());
        assertFalse(Verdict.DIFFERS.acceptable());
        assertFalse(Verdict.EXCLUDED_BUT_MATCHES.acceptable(), "a stale exclusion must fail the suite");
    }

    @Test
    void theExclusionFileRefusesEntriesWithoutAReasonAndDuplicates() {
        assertEquals("2015 driver text", ExclusionList.parse(List.of("# c", "312 | 2015 driver text")).reason(312)
                .orElseThrow());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExclusionList.parse(List.of("312 |  ")));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExclusionList.parse(List.of("312 | a", "312 | b")));
    }
}
