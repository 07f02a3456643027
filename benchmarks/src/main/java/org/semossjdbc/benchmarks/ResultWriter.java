package org.semossjdbc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Writes the results as RESULTS.md (the table the README's Performance section shows) and results.csv. */
final class ResultWriter {

    /** When and how a run happened. */
    record RunInfo(String command, String startedUtc, String finishedUtc, String machine, String loadAtStart,
                   String loadAtEnd, boolean quick, String note, boolean profiled) {
    }

    private ResultWriter() {
    }

    /** Writes both files into {@code directory}. */
    static void write(Path directory, RunInfo info, List<ResultRow> rows) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("RESULTS.md"), markdown(info, rows), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("results.csv"), csv(rows), StandardCharsets.UTF_8);
    }

    static String markdown(RunInfo info, List<ResultRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append("# semoss-jdbc benchmark results\n\n");
        if (info.quick()) {
            out.append("**Smoke pass (`--quick`): tiny sizes, the figures mean nothing.**\n\n");
        }
        out.append("- Command: `").append(info.command()).append("`\n");
        out.append("- Run: ").append(info.startedUtc()).append(" to ").append(info.finishedUtc()).append(" UTC\n");
        out.append("- Machine: ").append(info.machine()).append("\n");
        out.append("- Load average (1 min) at start / end: ").append(info.loadAtStart()).append(" / ")
                .append(info.loadAtEnd()).append(loadNote(info.loadAtStart())).append("\n");
        if (!info.note().isBlank()) {
            out.append("- Conditions: ").append(info.note()).append("\n");
        }
        if (info.profiled()) {
            out.append("- Run with `--profile`: a JFR sampling recording ran during every suite (PROFILE.md).\n");
        }
        out.append("- Backend: the SEMOSS emulator (in the benchmark JVM) over in-memory H2 1.4.200; ")
                .append("per-pixel server time 6 ms unless a row says otherwise.\n");
        out.append("- Every ratio compares variants measured side by side in this run, interleaved in alternating ")
                .append("rounds; times are medians, p90 in the detail column.\n\n");
        Map<ResultRow.Status, Integer> counts = new EnumMap<>(ResultRow.Status.class);
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        out.append("Targets: ").append(counts.getOrDefault(ResultRow.Status.MET, 0)).append(" met, ")
                .append(counts.getOrDefault(ResultRow.Status.NOT_MET, 0)).append(" not met, ")
                .append(counts.getOrDefault(ResultRow.Status.NOT_AVAILABLE, 0)).append(" not available, ")
                .append(counts.getOrDefault(ResultRow.Status.FAILED, 0)).append(" failed; ")
                .append(counts.getOrDefault(ResultRow.Status.REPORTED, 0)).append(" figures reported without a target.\n\n");
        out.append("| # | Benchmark | Figure | Target | Status | Measured from |\n");
        out.append("|---|---|---:|---|---|---|\n");
        for (ResultRow row : rows) {
            out.append("| ").append(row.id())
                    .append(" | ").append(escape(row.benchmark()))
                    .append(" | ").append(row.figure() == null ? "-" : Format.number(row.figure()) + " " + row.unit())
                    .append(" | ").append(escape(row.target().text()))
                    .append(" | ").append(row.status() == ResultRow.Status.NOT_MET || row.status() == ResultRow.Status.FAILED
                            ? "**" + row.status().label() + "**" : row.status().label())
                    .append(" | ").append(escape(row.detail()))
                    .append(" |\n");
        }
        out.append("\nWhere a target is not met, [ANALYSIS.md](ANALYSIS.md) says where the time goes and what comes next.\n");
        return out.toString();
    }

    static String csv(List<ResultRow> rows) {
        StringBuilder out = new StringBuilder("id,benchmark,figure,unit,target,status,detail\n");
        for (ResultRow row : rows) {
            out.append(row.id()).append(',')
                    .append(quote(row.benchmark())).append(',')
                    .append(row.figure() == null ? "" : String.valueOf(row.figure())).append(',')
                    .append(quote(row.unit())).append(',')
                    .append(quote(row.target().text())).append(',')
                    .append(row.status().label()).append(',')
                    .append(quote(row.detail())).append('\n');
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\"", "\"\"").replace("\n", " ") + "\"";
    }

    /** Says that other processes competed only when the load at start was above the cores (the run's own JVMs add). */
    private static String loadNote(String loadAtStart) {
        try {
            double load = Double.parseDouble(loadAtStart);
            return load > Runtime.getRuntime().availableProcessors()
                    ? " (above the core count at start: other processes competed for the CPU)" : "";
        } catch (NumberFormatException unknown) {
            return "";
        }
    }
}
