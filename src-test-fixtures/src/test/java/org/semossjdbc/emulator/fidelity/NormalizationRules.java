package org.semossjdbc.emulator.fidelity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every place where the comparison is relaxed (or, for {@code ordered}, tightened), read from the ONE file
 * {@code /fidelity/normalization.txt}. Nothing else in the suite may relax a comparison, so this file is the
 * complete, reviewable list. Each line: {@code kind | scope | target | reason}; a rule without a reason is refused.
 */
final class NormalizationRules {

    static final String RESOURCE = "/fidelity/normalization.txt";

    /** What a rule does. */
    enum Kind {
        /** The value at the path (or the header/attribute) is not compared: ids, timings, dates. */
        IGNORE,
        /** A value the real server draws at random on every call: only its JSON type is compared. */
        RANDOM,
        /**
         * A duration in milliseconds: any integer &gt;= 0 matches any integer &gt;= 0, but the type is compared and
         * a negative value (SEMOSS writes -1 for a syntax error) must stay negative.
         */
        TIMING,
        /** The recorder trimmed this object to some keys: the actual object may carry more. */
        SUBSET,
        /** The recorder kept the first elements of this array; the actual array must have {@code argument} elements. */
        PREFIX,
        /** The recorder kept the head and tail of this text, joined by {@code " ...[truncated]... "}; {@code argument} documents the full length. */
        TEXT_ENDS,
        /** Key order of this object is compared too (its keys are data in a meaningful order). */
        ORDERED,
        /** A documented request rewrite (and its inverse on responses); the code applying it must declare it here. */
        REWRITE
    }

    /** One line of the file. */
    record Rule(Kind kind, long argument, Scope scope, String target, String reason, int line) {

        boolean isHeaderRule() {
            return target.startsWith("header:");
        }

        PathPattern pattern() {
            return PathPattern.parse(target);
        }
    }

    private static final Pattern KIND = Pattern.compile("([a-z-]+)(?:\\((\\d+)\\))?");

    private final List<Rule> rules;

    NormalizationRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static NormalizationRules load() {
        try (InputStream in = NormalizationRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NormalizationRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s*\\|\\s*", 4);
            if (cells.length != 4 || cells[3].isBlank()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": want 'kind | scope | target | reason': " + line);
            }
            Matcher kind = KIND.matcher(cells[0]);
            if (!kind.matches()) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": bad kind " + cells[0]);
            }
            Kind parsedKind = Kind.valueOf(kind.group(1).replace('-', '_').toUpperCase(Locale.ROOT));
            long argument = kind.group(2) == null ? -1 : Long.parseLong(kind.group(2));
            Rule rule = new Rule(parsedKind, argument, Scope.parse(cells[1]), cells[2], cells[3], i + 1);
            if (!rule.isHeaderRule() && rule.target().startsWith("$")) {
                rule.pattern(); // fail on load, not in the middle of a replay
            }
            rules.add(rule);
        }
        return new NormalizationRules(rules);
    }

    List<Rule> all() {
        return rules;
    }

    /** The first body rule of this kind that covers {@code path} in transcript {@code number}. */
    Optional<Rule> find(Kind kind, int number, JsonPath path) {
        return rules.stream()
                .filter(r -> r.kind() == kind && !r.isHeaderRule() && r.target().startsWith("$")
                        && r.scope().includes(number) && r.pattern().matches(path))
                .findFirst();
    }

    /** Whether the header target ({@code header:set-cookie:value}) is ignored for this transcript. */
    boolean ignoresHeader(int number, String target) {
        return rules.stream().anyMatch(r -> r.kind() == Kind.IGNORE && r.scope().includes(number)
                && r.target().equalsIgnoreCase(target));
    }

    /** The declared rewrite with this target, for code that rewrites requests; fails if it is not declared. */
    Rule rewrite(String target) {
        return rules.stream().filter(r -> r.kind() == Kind.REWRITE && r.target().equals(target)).findFirst()
                .orElseThrow(() -> new IllegalStateException("rewrite '" + target + "' is applied but not declared in "
                        + RESOURCE));
    }
}
