package org.semossjdbc.benchmarks;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CI smoke pass: every benchmark runs once, small, and produces a figure. It never checks a performance target:
 * the figures of a smoke pass on a shared CI machine mean nothing.
 */
class BenchmarkSmokeTest {

    /** Every figure the results table must hold. */
    private static final Set<String> EXPECTED_IDS = new TreeSet<>(List.of(
            "1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c", "2d", "3a", "3b", "3c", "3d", "3e",
            "4a", "4b", "4c", "4d", "4e", "4f", "5a", "5b", "5c", "5d", "5e", "6a", "6b", "6c", "6d", "7a", "7b", "7c"));

    @Test
    void everyBenchmarkProducesAFigure() throws Exception {
        Path out = Path.of("target", "quick-results");
        List<ResultRow> rows = BenchmarkMain.run("--quick", "--out", out.toString());

        List<String> broken = rows.stream()
                .filter(row -> row.status() == ResultRow.Status.FAILED
                        || (row.figure() == null && row.status() != ResultRow.Status.NOT_AVAILABLE)
                        || (row.figure() != null && (row.figure().isNaN() || row.figure().isInfinite())))
                .map(row -> row.id() + " " + row.benchmark() + ": " + row.detail())
                .toList();
        assertEquals(List.of(), broken, "benchmarks without a figure");
        // Only the batch figures may be missing, and only while the driver reports executeBatch as unsupported.
        rows.stream().filter(row -> row.status() == ResultRow.Status.NOT_AVAILABLE)
                .forEach(row -> assertTrue(row.id().startsWith("3"), row.id() + " is not available: " + row.detail()));
        assertEquals(EXPECTED_IDS, rows.stream().map(ResultRow::id).collect(Collectors.toCollection(TreeSet::new)));
        String markdown = Files.readString(out.resolve("RESULTS.md"));
        String csv = Files.readString(out.resolve("results.csv"));
        for (String id : EXPECTED_IDS) {
            assertTrue(markdown.contains("| " + id + " |"), "RESULTS.md lacks " + id);
            assertTrue(csv.contains("\n" + id + ","), "results.csv lacks " + id);
        }
    }
}
