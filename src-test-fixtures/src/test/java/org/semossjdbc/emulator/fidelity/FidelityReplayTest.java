package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * Replays every recorded exchange against the emulator, each part on the backend it was recorded with, one
 * dynamic test per transcript in numeric order. A transcript passes when the emulator's answer matches the
 * recording (modulo the normalization file); an excluded one is reported as aborted with its reason and must
 * still differ; anything else fails with every difference (transcript, JSON path, expected, actual).
 *
 * <p>A per-part summary with every difference is written to {@code target/fidelity/<part>.txt} for the
 * emulator's developers.
 *
 * <p>The files that drive it, all under {@code src/test/resources/fidelity/}: {@code normalization.txt} (the only
 * relaxations), {@code exclusions.txt} (the only transcripts allowed to differ), {@code replay-plan.txt} (clients
 * and the recorder's unrecorded setup calls). Run one part with
 * {@code ./mvnw -B -o -Pservices -pl src-test-fixtures -am test -Dtest='FidelityReplayTest#postgres*'
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class FidelityReplayTest {

    private static final NormalizationRules RULES = NormalizationRules.load();
    private static final ExclusionList EXCLUSIONS = ExclusionList.load();
    private static final ReplayPlan PLAN = ReplayPlan.load();

    @TestFactory
    Stream<DynamicTest> h2Transcripts001To184() {
        return replay(Part.H2);
    }

    @TestFactory
    Stream<DynamicTest> postgresTranscripts200To287() {
        return replay(Part.POSTGRES);
    }

    @TestFactory
    Stream<DynamicTest> mariadbTranscripts300To407() {
        return replay(Part.MARIADB);
    }

    private Stream<DynamicTest> replay(Part part) {
        for (Backend backend : ReplayEnvironment.requiredBackends(part)) {
            if (!backend.isAvailable()) {
                // one skipped test per transcript, so the report shows what did not run (a skipped factory
                // would not be counted at all)
                String reason = part + " replay needs " + backend + ", which is not configured (run Maven with -Pservices)";
                return TranscriptLibrary.of(part).stream()
                        .map(t -> dynamicTest(t.label(), () -> Assumptions.abort(reason)));
            }
        }
        ReplayEnvironment environment = new ReplayEnvironment(part, PLAN);
        Replayer replayer = new Replayer(environment, PLAN, RULES);
        List<String> summary = new ArrayList<>();
        return TranscriptLibrary.of(part).stream()
                .map(transcript -> dynamicTest(transcript.label(), () -> check(replayer, transcript, summary)))
                .onClose(() -> {
                    environment.close();
                    writeSummary(part, summary);
                });
    }

    private static void check(Replayer replayer, Transcript transcript, List<String> summary) {
        List<Difference> differences;
        try {
            differences = replayer.replay(transcript);
        } catch (RuntimeException e) {
            summary.add(transcript.label() + "  FAILED TO REPLAY: " + e.getMessage());
            throw e;
        }
        String excluded = EXCLUSIONS.reason(transcript.number()).orElse(null);
        Verdict verdict = Verdict.of(differences, excluded != null);
        summary.add(transcript.label() + "  " + verdict + differences.stream().map(d -> "\n    " + d)
                .collect(Collectors.joining()));
        switch (verdict) {
            case MATCHED -> { }
            case EXCLUDED -> Assumptions.abort("excluded: " + excluded + "; differences: " + differences);
            case EXCLUDED_BUT_MATCHES -> fail(transcript.fileName() + " is listed in " + ExclusionList.RESOURCE
                    + " but now matches: remove the entry (" + excluded + ")");
            case DIFFERS -> fail(transcript.fileName() + ": " + differences.size() + " difference(s) from the recording:"
                    + differences.stream().map(d -> "\n  " + d).collect(Collectors.joining()));
        }
    }

    private static void writeSummary(Part part, List<String> summary) {
        Path folder = Path.of(System.getProperty("fidelity.report.dir", "target/fidelity"));
        try {
            Files.createDirectories(folder);
            long matched = summary.stream().filter(s -> s.contains("  " + Verdict.MATCHED)).count();
            long excluded = summary.stream().filter(s -> s.contains("  " + Verdict.EXCLUDED + "\n")
                    || s.endsWith("  " + Verdict.EXCLUDED)).count();
            String header = part + ": " + summary.size() + " replayed, " + matched + " matched, " + excluded
                    + " excluded, " + (summary.size() - matched - excluded) + " failing\n";
            Files.writeString(folder.resolve(part.name().toLowerCase(java.util.Locale.ROOT) + ".txt"),
                    header + String.join("\n", summary) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
