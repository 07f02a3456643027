package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.semossjdbc.emulator.fidelity.NormalizationRules.Kind;
import org.semossjdbc.emulator.fidelity.NormalizationRules.Rule;
import org.semossjdbc.emulator.fidelity.ReplayPlan.Step;

/**
 * Checks, without a server, that the suite's three files fit the transcripts: every transcript is in a part,
 * every file line names an existing transcript, and walking each part in order, every id placeholder and every
 * session cookie a request sends exists by then (created by an earlier recorded response or a plan step).
 */
class FidelityCatalogTest {

    private static final NormalizationRules RULES = NormalizationRules.load();
    private static final ExclusionList EXCLUSIONS = ExclusionList.load();
    private static final ReplayPlan PLAN = ReplayPlan.load();

    @Test
    void everyTranscriptBelongsToExactlyOnePart() {
        assertEquals(376, TranscriptLibrary.all().size());
        assertEquals(184, TranscriptLibrary.of(Part.H2).size());
        assertEquals(86, TranscriptLibrary.of(Part.POSTGRES).size());
        assertEquals(106, TranscriptLibrary.of(Part.MARIADB).size());
    }

    @Test
    void exclusionsNameExistingTranscriptsWithAReason() {
        EXCLUSIONS.all().forEach((number, reason) -> {
            TranscriptLibrary.byNumber(number);
            assertFalse(reason.isBlank());
        });
    }

    @Test
    void normalizationRulesNameExistingTranscriptsAndKeepToTheirKinds() {
        for (Rule rule : RULES.all()) {
            rule.scope().singleNumbers().forEach(TranscriptLibrary::byNumber);
            assertFalse(rule.reason().isBlank());
            if (rule.kind() == Kind.PREFIX || rule.kind() == Kind.TEXT_ENDS) {
                assertTrue(rule.argument() > 0, "line " + rule.line() + " needs a length");
                rule.scope().singleNumbers().forEach(n -> assertTrue(
                        TranscriptLibrary.byNumber(n).notes().stream().anyMatch(
                                note -> note.contains("truncated") || note.contains("trimmed")),
                        "transcript " + n + " does not say it was truncated"));
            }
        }
        for (String key : ConnectionDetailsRewrite.KEYS) {
            RULES.rewrite("conDetails." + key);
        }
        RULES.rewrite("database-name");
    }

    @Test
    void planLinesNameExistingTranscripts() {
        for (Step step : PLAN.all()) {
            if (step.transcript() >= 0) {
                TranscriptLibrary.byNumber(step.transcript());
            }
        }
    }

    @Test
    void everyIdAndSessionARequestSendsExistsByThen() {
        List<String> gaps = new ArrayList<>();
        for (Part part : Part.values()) {
            Set<String> known = new HashSet<>(Set.of("<engine-id>"));
            Set<String> clientsWithSession = new HashSet<>();
            for (Transcript transcript : TranscriptLibrary.of(part)) {
                for (Step step : PLAN.before(transcript.number())) {
                    if (step.kind() == ReplayPlan.Kind.PIXEL) {
                        requireKnown(step.argument(2) + " " + step.argument(1).replace("new=", ""), known,
                                "plan line " + step.line(), gaps, step.argument(1));
                        clientsWithSession.add(step.argument(0));
                    } else if (step.kind() == ReplayPlan.Kind.LOGIN || step.kind() == ReplayPlan.Kind.FORM) {
                        clientsWithSession.add(step.argument(0));
                    }
                }
                String request = transcript.request().toString();
                requireKnown(request, known, transcript.label(), gaps, null);
                String cookie = transcript.request().header("Cookie");
                String client = PLAN.single(ReplayPlan.Kind.CLIENT, transcript.number()).map(s -> s.argument(0))
                        .orElse("<basic access:secret>".equals(transcript.request().header("Authorization"))
                                ? Credentials.ALICE : "anonymous");
                String cookieSource = PLAN.single(ReplayPlan.Kind.COOKIE, transcript.number())
                        .map(s -> s.argument(0)).orElse("client:" + client);
                if (cookie != null && client.equals("anonymous")
                        && PLAN.single(ReplayPlan.Kind.COOKIE, transcript.number()).isEmpty()) {
                    gaps.add(transcript.label() + " sends a session cookie but no plan line says whose");
                }
                if (cookie != null && cookieSource.startsWith("client:")
                        && !clientsWithSession.contains(cookieSource.substring(7))) {
                    gaps.add(transcript.label() + " sends a cookie of " + cookieSource + ", which has no session yet");
                }
                if (transcript.response().headers().containsKey("set-cookie")) {
                    clientsWithSession.add(client);
                }
                Matcher ids = Placeholders.ID_PLACEHOLDER.matcher(String.valueOf(transcript.response().jsonBody()));
                while (ids.find()) {
                    known.add(ids.group());
                }
            }
        }
        assertEquals(List.of(), gaps);
    }

    private static void requireKnown(String text, Set<String> known, String where, List<String> gaps, String binds) {
        Matcher ids = Placeholders.ID_PLACEHOLDER.matcher(text);
        while (ids.find()) {
            if (!known.contains(ids.group()) && !ids.group().equals(binds == null ? null : binds.replace("new=", ""))) {
                gaps.add(where + " sends " + ids.group() + " before anything created it");
            }
        }
        if (binds != null && binds.startsWith("new=")) {
            known.add(binds.substring(4));
        }
    }
}
