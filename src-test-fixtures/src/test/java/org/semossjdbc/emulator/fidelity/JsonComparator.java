package org.semossjdbc.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.semossjdbc.emulator.fidelity.NormalizationRules.Kind;
import org.semossjdbc.emulator.fidelity.NormalizationRules.Rule;

/**
 * Compares a recorded body with the emulator's, structure first: same JSON type at every path, same key set,
 * same array lengths, same values. Only the rules of {@link NormalizationRules} relax this.
 *
 * <p>Numbers: the recorder re-dumped the server's JSON with Python, which keeps the integer/float distinction of
 * the text ({@code 0} vs {@code 0.0}) but not its spelling ({@code 1.0E300} became {@code 1e+300}). That
 * distinction is Java's ({@code getInt} vs {@code getDouble} in the server's row wrapper) and a client's JSON
 * decoder sees it, so an integer and a float are different types here; within a type the parsed values are
 * compared (integers exactly, floats as the IEEE double their text denotes), never the text.
 *
 * <p>Key order is not compared (JSON objects are unordered and neither the driver nor the Python clients read
 * it), except under {@code ordered} rules, where the keys are data in a meaningful order.
 */
final class JsonComparator {

    /** The JSON types the comparison distinguishes. */
    enum JsonType { OBJECT, ARRAY, STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    private static final String TRUNCATION_MARK = " ...[truncated]... ";

    private final NormalizationRules rules;

    JsonComparator(NormalizationRules rules) {
        this.rules = rules;
    }

    /** Differences between a recorded JSON body and an actual one, in document order. */
    List<Difference> compare(int transcript, JsonNode expected, JsonNode actual) {
        List<Difference> differences = new ArrayList<>();
        compare(transcript, JsonPath.ROOT, expected, actual, differences);
        return differences;
    }

    /** Differences between a recorded text body and an actual one (truncated recordings per {@code text-ends}). */
    List<Difference> compareText(int transcript, String expected, String actual) {
        Optional<Rule> ends = rules.find(Kind.TEXT_ENDS, transcript, JsonPath.ROOT);
        if (ends.isPresent() && expected.contains(TRUNCATION_MARK)) {
            String head = expected.substring(0, expected.indexOf(TRUNCATION_MARK));
            String tail = expected.substring(expected.indexOf(TRUNCATION_MARK) + TRUNCATION_MARK.length());
            // only what the recorder kept is compared: the middle (and so the exact length) is unknown
            boolean same = actual.startsWith(head) && actual.endsWith(tail);
            return same ? List.of() : List.of(new Difference("$", "text (recorded head and tail of "
                    + ends.get().argument() + " chars)", quote(expected), quote(actual)));
        }
        return expected.equals(actual) ? List.of() : List.of(new Difference("$", "text", quote(expected), quote(actual)));
    }

    static JsonType typeOf(JsonNode node) {
        if (node.isObject()) {
            return JsonType.OBJECT;
        }
        if (node.isArray()) {
            return JsonType.ARRAY;
        }
        if (node.isTextual()) {
            return JsonType.STRING;
        }
        if (node.isIntegralNumber()) {
            return JsonType.INTEGER;
        }
        if (node.isNumber()) {
            return JsonType.FLOAT;
        }
        if (node.isBoolean()) {
            return JsonType.BOOLEAN;
        }
        if (node.isNull()) {
            return JsonType.NULL;
        }
        throw new IllegalArgumentException("unexpected JSON node " + node.getNodeType());
    }

    private void compare(int transcript, JsonPath path, JsonNode expected, JsonNode actual, List<Difference> out) {
        if (rules.find(Kind.IGNORE, transcript, path).isPresent()) {
            return;
        }
        JsonType expectedType = typeOf(expected);
        JsonType actualType = typeOf(actual);
        if (expectedType != actualType) {
            out.add(new Difference(path.toString(), "type", describe(expected), describe(actual)));
            return;
        }
        if (rules.find(Kind.RANDOM, transcript, path).isPresent()) {
            return;
        }
        if (expectedType == JsonType.INTEGER && rules.find(Kind.TIMING, transcript, path).isPresent()) {
            if (expected.bigIntegerValue().signum() < 0 != actual.bigIntegerValue().signum() < 0) {
                out.add(new Difference(path.toString(), "timing sign (-1 marks a syntax error)", describe(expected),
                        describe(actual)));
            }
            return;
        }
        switch (expectedType) {
            case OBJECT -> compareObjects(transcript, path, expected, actual, out);
            case ARRAY -> compareArrays(transcript, path, expected, actual, out);
            case INTEGER -> {
                if (!expected.bigIntegerValue().equals(actual.bigIntegerValue())) {
                    out.add(new Difference(path.toString(), "value", describe(expected), describe(actual)));
                }
            }
            case FLOAT -> {
                if (expected.doubleValue() != actual.doubleValue()) {
                    out.add(new Difference(path.toString(), "value", describe(expected), describe(actual)));
                }
            }
            case STRING, BOOLEAN, NULL -> {
                if (!expected.equals(actual)) {
                    out.add(new Difference(path.toString(), "value", describe(expected), describe(actual)));
                }
            }
            default -> throw new IllegalStateException(expectedType.name());
        }
    }

    private void compareObjects(int transcript, JsonPath path, JsonNode expected, JsonNode actual,
                                List<Difference> out) {
        boolean subset = rules.find(Kind.SUBSET, transcript, path).isPresent();
        List<String> commonInExpectedOrder = new ArrayList<>();
        for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (actual.has(name)) {
                commonInExpectedOrder.add(name);
            } else {
                out.add(new Difference(path.key(name).toString(), "missing key", describe(expected.get(name)),
                        "(absent)"));
            }
        }
        List<String> commonInActualOrder = new ArrayList<>();
        for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (expected.has(name)) {
                commonInActualOrder.add(name);
            } else if (!subset) {
                out.add(new Difference(path.key(name).toString(), "unexpected key", "(absent)",
                        describe(actual.get(name))));
            }
        }
        if (rules.find(Kind.ORDERED, transcript, path).isPresent()
                && !commonInExpectedOrder.equals(commonInActualOrder)) {
            out.add(new Difference(path.toString(), "key order", commonInExpectedOrder.toString(),
                    commonInActualOrder.toString()));
        }
        for (String name : commonInExpectedOrder) {
            compare(transcript, path.key(name), expected.get(name), actual.get(name), out);
        }
    }

    private void compareArrays(int transcript, JsonPath path, JsonNode expected, JsonNode actual,
                               List<Difference> out) {
        Optional<Rule> prefix = rules.find(Kind.PREFIX, transcript, path);
        if (prefix.isPresent()) {
            if (actual.size() != prefix.get().argument()) {
                out.add(new Difference(path.toString(), "length (recording kept a prefix)",
                        String.valueOf(prefix.get().argument()), String.valueOf(actual.size())));
            }
        } else if (expected.size() != actual.size()) {
            out.add(new Difference(path.toString(), "length", expected.size() + " elements " + Json.brief(expected),
                    actual.size() + " elements " + Json.brief(actual)));
        }
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            compare(transcript, path.index(i), expected.get(i), actual.get(i), out);
        }
    }

    private static String describe(JsonNode node) {
        return typeOf(node).name().toLowerCase(java.util.Locale.ROOT) + " " + Json.brief(node);
    }

    private static String quote(String text) {
        String oneLine = text.replace("\n", "\\n");
        return "\"" + (oneLine.length() > 300 ? oneLine.substring(0, 300) + "...(" + text.length() + " chars)" : oneLine)
                + "\"";
    }
}
