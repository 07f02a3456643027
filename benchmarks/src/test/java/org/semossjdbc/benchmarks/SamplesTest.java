package org.semossjdbc.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The order statistics every figure of the results rests on. */
class SamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/samples.csv")
    void medianAndP90(String observations, double median, double p90) {
        Samples samples = new Samples();
        for (String value : observations.split(" ")) {
            samples.add(Long.parseLong(value));
        }
        assertEquals(median, samples.median());
        assertEquals(p90, samples.p90());
    }

    @Test
    void refusesStatisticsOfNothing() {
        assertThrows(IllegalStateException.class, () -> new Samples().median());
    }
}
