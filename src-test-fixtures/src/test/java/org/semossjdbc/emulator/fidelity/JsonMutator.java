package org.semossjdbc.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes one-change copies of a recorded body, for the mutation test: one key renamed, one value's JSON type
 * changed (keeping its value where it can: {@code 0} becomes {@code 0.0}, {@code "127"} becomes {@code 127}), or
 * one value changed within its type.
 */
final class JsonMutator {

    /** The three kinds of change the comparator must notice. */
    enum Mutation { KEY, TYPE, VALUE }

    /**
     * A mutated copy, the path the comparator must report, and the change in words.
     *
     * @param body     the mutated copy
     * @param reported the path at which a difference must appear
     * @param change   a description for failure messages
     */
    record Mutant(JsonNode body, JsonPath reported, String change) {
    }

    private JsonMutator() {
    }

    /** Every path in the document (the root excluded), depth first. */
    static List<JsonPath> paths(JsonNode root) {
        List<JsonPath> out = new ArrayList<>();
        collect(root, JsonPath.ROOT, out);
        return out;
    }

    private static void collect(JsonNode node, JsonPath path, List<JsonPath> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonPath child = path.key(field.getKey());
                out.add(child);
                collect(field.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPath child = path.index(i);
                out.add(child);
                collect(node.get(i), child, out);
            }
        }
    }

    /** Applies {@code mutation} at {@code path}; empty when it does not apply there (a KEY change needs an object key). */
    static Optional<Mutant> mutate(JsonNode original, JsonPath path, Mutation mutation) {
        JsonNode copy = original.deepCopy();
        List<String> steps = path.tokens();
        JsonNode parent = copy;
        for (int i = 0; i < steps.size() - 1; i++) {
            parent = child(parent, steps.get(i));
        }
        String last = steps.get(steps.size() - 1);
        JsonNode target = child(parent, last);
        return switch (mutation) {
            case KEY -> {
                if (!(parent instanceof ObjectNode object)) {
                    yield Optional.empty();
                }
                String key = key(last);
                String renamed = key + "_mutated";
                replaceKey(object, key, renamed);
                yield Optional.of(new Mutant(copy, path, "key '" + key + "' renamed to '" + renamed + "'"));
            }
            case TYPE -> {
                JsonNode changed = changeType(target);
                set(parent, last, changed);
                yield Optional.of(new Mutant(copy, path, "type: " + target + " -> " + changed));
            }
            case VALUE -> {
                if (target.isNull() || target.isObject() || (target.isArray() && target.isEmpty())) {
                    yield Optional.empty();
                }
                if (target.isArray()) {
                    ((ArrayNode) target).remove(target.size() - 1);
                    yield Optional.of(new Mutant(copy, path, "last array element removed"));
                }
                JsonNode changed = changeValue(target);
                set(parent, last, changed);
                yield Optional.of(new Mutant(copy, path, "value: " + Json.brief(target) + " -> " + Json.brief(changed)));
            }
        };
    }

    static JsonNode changeType(JsonNode node) {
        if (node.isTextual()) {
            try {
                BigDecimal number = new BigDecimal(node.asText().strip());
                return number.scale() <= 0 ? LongNode.valueOf(number.longValue()) : DecimalNode.valueOf(number);
            } catch (NumberFormatException e) {
                return LongNode.valueOf(node.asText().length());
            }
        }
        if (node.isIntegralNumber()) {
            return DecimalNode.valueOf(new BigDecimal(node.bigIntegerValue()).setScale(1));
        }
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            return value.stripTrailingZeros().scale() <= 0 ? LongNode.valueOf(value.longValue())
                    : TextNode.valueOf(value.toString());
        }
        if (node.isBoolean()) {
            return TextNode.valueOf(node.asText());
        }
        if (node.isNull()) {
            return TextNode.valueOf("null");
        }
        if (node.isArray()) {
            return Json.MAPPER.createObjectNode();
        }
        return Json.MAPPER.createArrayNode();
    }

    static JsonNode changeValue(JsonNode node) {
        if (node.isTextual()) {
            return TextNode.valueOf(node.asText().isEmpty() ? "x" : node.asText() + "x");
        }
        if (node.isIntegralNumber()) {
            return BigIntegerNode.valueOf(node.bigIntegerValue().add(BigInteger.ONE));
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            double changed = value == 0 ? 1.0 : Math.abs(value) > 1e300 ? value / 2 : value * 2;
            return DecimalNode.valueOf(new BigDecimal(changed));
        }
        return BooleanNode.valueOf(!node.asBoolean());
    }

    private static JsonNode child(JsonNode node, String step) {
        return step.startsWith("[") && !step.startsWith("['")
                ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                : node.get(key(step));
    }

    private static String key(String step) {
        return step.startsWith(".") ? step.substring(1)
                : step.substring(2, step.length() - 2).replace("\\'", "'");
    }

    private static void set(JsonNode parent, String step, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(step.substring(1, step.length() - 1)), value);
        } else {
            ((ObjectNode) parent).set(key(step), value);
        }
    }

    /** Renames a key in place, keeping the object's key order. */
    private static void replaceKey(ObjectNode object, String key, String renamed) {
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        object.fields().forEachRemaining(fields::add);
        object.removeAll();
        for (Map.Entry<String, JsonNode> field : fields) {
            object.set(field.getKey().equals(key) ? renamed : field.getKey(), field.getValue());
        }
    }
}
