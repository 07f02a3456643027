package org.semossjdbc.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the results: RESULTS.md (the tables docs/performance.md links to) has one section per kind of run,
 * the emulator's and the real server's, each replaced by its own run and kept by the other; the figures go to
 * results.csv (emulator) and results-server.csv (one line per engine and figure).
 */
final class ResultWriter {

    /** When and how a run happened. */
    record RunInfo(String command, String startedUtc, String finishedUtc, String machine, String loadAtStart,
                   String loadAtEnd, boolean quick, String note, boolean profiled) {
    }

    private ResultWriter() {
    }

    static final String RESULTS = "RESULTS.md";
    static final String EMULATOR_CSV = "results.csv";
    static final String SERVER_CSV = "results-server.csv";
    /** A figure on a real server that differs from the emulator's by more than this is marked. */
    static final double DISAGREEMENT = 0.25;
    private static final String TITLE = "# semoss-jdbc benchmark results\n\n";
    private static final String FOOTER = "Where a target is not met, or the emulator and a real server disagree by "
            + "more than 25%, [ANALYSIS.md](ANALYSIS.md) says where the time goes and what comes next; "
            + "[CALIBRATION.md](CALIBRATION.md) shows how the emulator's costs were set.\n";

    /** Writes results.csv and the emulator's section of RESULTS.md into {@code directory} (the other section stays). */
    static void write(Path directory, RunInfo info, List<ResultRow> rows) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(EMULATOR_CSV), csv(rows), StandardCharsets.UTF_8);
        replaceSection(directory, "emulator", markdown(info, rows));
        refreshServerTables(directory);
    }

    /**
     * Re-draws the real-server section's tables against the emulator figures just written (its header, which says
     * how that run was made, stays): the Emulator column and the ‡ marks always compare with the latest emulator run.
     */
    static void refreshServerTables(Path directory) throws IOException {
        Path file = directory.resolve(RESULTS);
        Path serverCsv = directory.resolve(SERVER_CSV);
        String server = Files.exists(file) ? section(Files.readString(file, StandardCharsets.UTF_8), "server") : "";
        int table = server.indexOf(HEADER_END);
        if (table < 0 || !Files.exists(serverCsv)) {
            return;
        }
        table += HEADER_END.length();
        Map<String, List<ResultRow>> byEngine = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(serverCsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> fields = parseCsvLine(line);
            if (fields.size() < 8) {
                continue;
            }
            byEngine.computeIfAbsent(fields.get(0), k -> new ArrayList<>()).add(new ResultRow(fields.get(1),
                    fields.get(2), fields.get(3).isEmpty() ? null : Double.valueOf(fields.get(3)), fields.get(4),
                    target(fields.get(5)), fields.get(7), status(fields.get(6))));
        }
        String header = server.substring(0, table);
        replaceSection(directory, "server", header + serverTables(byEngine, readFigures(directory.resolve(EMULATOR_CSV))));
    }

    private static Target target(String text) {
        if (text.startsWith("<= ")) {
            return Target.atMost(Double.parseDouble(text.substring(3).replace(",", "")));
        }
        if (text.startsWith(">= ")) {
            return Target.atLeast(Double.parseDouble(text.substring(3).replace(",", "")));
        }
        return Target.reportOnly();
    }

    private static ResultRow.Status status(String label) {
        for (ResultRow.Status status : ResultRow.Status.values()) {
            if (status.label().equals(label)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status " + label);
    }

    /** Writes results-server.csv and the real-server section of RESULTS.md (the emulator's section stays). */
    static void writeServer(Path directory, RunInfo info, String server, Map<String, List<ResultRow>> byEngine)
            throws IOException {
        Files.createDirectories(directory);
        StringBuilder csv = new StringBuilder("engine," + CSV_HEADER);
        byEngine.forEach((engine, rows) -> csv(rows).lines().skip(1)
                .forEach(line -> csv.append(quote(engine)).append(',').append(line).append('\n')));
        Files.writeString(directory.resolve(SERVER_CSV), csv.toString(), StandardCharsets.UTF_8);
        Map<String, String[]> emulator = readFigures(directory.resolve(EMULATOR_CSV));
        replaceSection(directory, "server", serverMarkdown(info, server, byEngine, emulator));
    }

    /** RESULTS.md with one section replaced (or added), the other kept. */
    private static void replaceSection(Path directory, String name, String content) throws IOException {
        Path file = directory.resolve(RESULTS);
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        Map<String, String> sections = new LinkedHashMap<>();
        for (String section : List.of("emulator", "server")) {
            sections.put(section, section(existing, section));
        }
        sections.put(name, content);
        StringBuilder out = new StringBuilder(TITLE);
        sections.forEach((section, text) -> {
            out.append("<!-- BEGIN ").append(section).append(" -->\n");
            out.append(text.isEmpty() ? "_Not run yet: see benchmarks/README.md for the command._\n" : text);
            out.append("<!-- END ").append(section).append(" -->\n\n");
        });
        // What a person wrote below the footer (notes on earlier runs) is kept as it is.
        int footer = existing.indexOf(FOOTER);
        out.append(FOOTER).append(footer < 0 ? "" : existing.substring(footer + FOOTER.length()));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /** Re-writes RESULTS.md in {@code directory} with its sections as they are (what follows the footer kept). */
    static void rewrite(Path directory) throws IOException {
        Path file = directory.resolve(RESULTS);
        String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        replaceSection(directory, "emulator", section(existing, "emulator"));
    }

    private static String section(String document, String name) {
        String begin = "<!-- BEGIN " + name + " -->\n";
        String end = "<!-- END " + name + " -->";
        int from = document.indexOf(begin);
        int to = document.indexOf(end);
        if (from < 0 || to < from) {
            return "";
        }
        String text = document.substring(from + begin.length(), to);
        return text.startsWith("_Not run yet") ? "" : text;
    }

    static String markdown(RunInfo info, List<ResultRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append("## On the emulator, charging a real server's costs\n\n");
        if (info.quick()) {
            out.append("**Smoke pass (`--quick`): tiny sizes, the figures mean nothing.**\n\n");
        }
        header(out, info);
        out.append("- Backend: the SEMOSS emulator (in the benchmark JVM) over in-memory H2 1.4.200, charging SEMOSS ")
                .append("4.3's costs (`ServerCosts.semoss43()`: per database pixel, rendered row and cell, `/config`, ")
                .append("login) unless a row says \"no server costs\".\n");
        out.append("- Every ratio compares variants measured side by side in this run, interleaved in alternating ")
                .append("rounds; times are medians, p90 in the detail column.\n\n");
        out.append(counts(rows)).append("\n\n");
        out.append("| # | Benchmark | Figure | Target | Status | Measured from |\n");
        out.append("|---|---|---:|---|---|---|\n");
        for (ResultRow row : rows) {
            out.append("| ").append(row.id())
                    .append(" | ").append(escape(row.benchmark()))
                    .append(" | ").append(figure(row))
                    .append(" | ").append(escape(row.target().text()))
                    .append(" | ").append(status(row))
                    .append(" | ").append(escape(row.detail()))
                    .append(" |\n");
        }
        out.append('\n');
        return out.toString();
    }

    static String serverMarkdown(RunInfo info, String server, Map<String, List<ResultRow>> byEngine,
                                 Map<String, String[]> emulator) {
        StringBuilder out = new StringBuilder();
        out.append("## On a real SEMOSS server\n\n");
        if (info.quick()) {
            out.append("**Smoke pass (`--quick`): tiny sizes, the figures mean nothing.**\n\n");
        }
        header(out, info);
        out.append("- Backend: ").append(server.replaceAll("//[^/@]*@", "//")).append(", engines ")
                .append(String.join(", ", byEngine.keySet())).append(", each with tables of this run's own ")
                .append("(created, loaded and dropped through the driver); the benchmark JVM, its forked readers and ")
                .append("the server share the machine.\n");
        out.append("- Same method as on the emulator (interleaved variants, medians); there is no server time to ")
                .append("switch off, so 1c/1d are the driver's added time with the server's own included in both ")
                .append("variants, and 2a-2d use the official Python client (ai-server-sdk) where its sources are ")
                .append("configured.\n");
        out.append("- The emulator column is the figure of results.csv (the emulator run, with SEMOSS 4.3's costs); ")
                .append(HEADER_END);
        out.append(serverTables(byEngine, emulator));
        return out.toString();
    }

    /** The last words of the real-server section's header; its tables follow. */
    private static final String HEADER_END = "‡ marks a figure more than 25% away from it.\n\n";

    /** The per-engine counts, the table beside the emulator's figures and the details of each engine. */
    private static String serverTables(Map<String, List<ResultRow>> byEngine, Map<String, String[]> emulator) {
        StringBuilder out = new StringBuilder();
        byEngine.forEach((engine, rows) -> out.append("- ").append(engine).append(": ").append(counts(rows))
                .append('\n'));
        out.append("\n| # | Benchmark | Target | Emulator |");
        byEngine.keySet().forEach(engine -> out.append(' ').append(engine).append(" |"));
        out.append("\n|---|---|---|---:|");
        byEngine.keySet().forEach(engine -> out.append("---:|"));
        out.append('\n');
        Map<String, ResultRow> first = new java.util.TreeMap<>();
        byEngine.values().forEach(rows -> rows.forEach(row -> first.putIfAbsent(row.id(), row)));
        for (ResultRow row : first.values()) {
            String[] emulated = emulator.get(row.id());
            out.append("| ").append(row.id()).append(" | ").append(escape(withoutEngine(row.benchmark(), byEngine)))
                    .append(" | ").append(escape(row.target().text())).append(" | ")
                    .append(emulated == null || emulated[0].isEmpty() ? "-"
                            : Format.number(Double.parseDouble(emulated[0])) + " " + emulated[1])
                    .append(" |");
            for (List<ResultRow> rows : byEngine.values()) {
                ResultRow cell = rows.stream().filter(r -> r.id().equals(row.id())).findFirst().orElse(null);
                out.append(' ').append(cell == null ? "-" : figure(cell) + (disagrees(cell, emulated) ? " ‡" : "")
                        + (cell.target().hasBound() || cell.figure() == null ? " (" + status(cell) + ")" : ""))
                        .append(" |");
            }
            out.append('\n');
        }
        out.append('\n');
        byEngine.forEach((engine, rows) -> {
            out.append("<details><summary>").append(engine).append(": what each figure was measured from</summary>\n\n");
            out.append("| # | Figure | Status | Measured from |\n|---|---:|---|---|\n");
            for (ResultRow row : rows) {
                out.append("| ").append(row.id()).append(" | ").append(figure(row)).append(" | ").append(status(row))
                        .append(" | ").append(escape(row.detail())).append(" |\n");
            }
            out.append("\n</details>\n\n");
        });
        return out.toString();
    }

    /** True when both figures exist in the same unit and differ by more than {@link #DISAGREEMENT}. */
    static boolean disagrees(ResultRow server, String[] emulated) {
        if (server.figure() == null || emulated == null || emulated[0].isEmpty() || !server.unit().equals(emulated[1])) {
            return false;
        }
        double emulatedFigure = Double.parseDouble(emulated[0]);
        return emulatedFigure != 0 && Math.abs(server.figure() / emulatedFigure - 1) > DISAGREEMENT;
    }

    private static String withoutEngine(String benchmark, Map<String, List<ResultRow>> byEngine) {
        for (String engine : byEngine.keySet()) {
            benchmark = benchmark.replace(", on " + engine, "").replace(" on " + engine, "");
        }
        return benchmark;
    }

    private static void header(StringBuilder out, RunInfo info) {
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
    }

    private static String counts(List<ResultRow> rows) {
        Map<ResultRow.Status, Integer> counts = new EnumMap<>(ResultRow.Status.class);
        rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return "targets " + counts.getOrDefault(ResultRow.Status.MET, 0) + " met, "
                + counts.getOrDefault(ResultRow.Status.NOT_MET, 0) + " not met, "
                + counts.getOrDefault(ResultRow.Status.NOT_AVAILABLE, 0) + " not available, "
                + counts.getOrDefault(ResultRow.Status.FAILED, 0) + " failed; "
                + counts.getOrDefault(ResultRow.Status.REPORTED, 0) + " figures reported without a target.";
    }

    private static String figure(ResultRow row) {
        return row.figure() == null ? "-" : Format.number(row.figure()) + " " + row.unit();
    }

    private static String status(ResultRow row) {
        return row.status() == ResultRow.Status.NOT_MET || row.status() == ResultRow.Status.FAILED
                ? "**" + row.status().label() + "**" : row.status().label();
    }

    /** id to {figure, unit} from a results.csv; empty when the file is missing. */
    static Map<String, String[]> readFigures(Path csv) throws IOException {
        Map<String, String[]> figures = new LinkedHashMap<>();
        if (!Files.exists(csv)) {
            return figures;
        }
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> fields = parseCsvLine(line);
            if (fields.size() >= 4) {
                figures.put(fields.get(0), new String[] {fields.get(2), fields.get(3)});
            }
        }
        return figures;
    }

    /** Fields of one line as {@link #csv} writes them (quoted fields with doubled quotes). */
    static List<String> parseCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static final String CSV_HEADER = "id,benchmark,figure,unit,target,status,detail\n";

    static String csv(List<ResultRow> rows) {
        StringBuilder out = new StringBuilder(CSV_HEADER);
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
