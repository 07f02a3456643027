package org.semossjdbc.emulator.fidelity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The one JSON mapper of the suite, set up so that no number loses its text-level meaning. */
final class Json {

    /**
     * Floats become {@code DecimalNode}s and integers keep {@code IntNode}/{@code LongNode}/{@code BigIntegerNode},
     * so the comparator can tell {@code 0} from {@code 0.0} and BIGINT values keep every digit; decimals are kept
     * exactly as written ({@code 0.0} is not normalized to {@code 0}) so failure messages show the real text.
     * Non-numeric numbers (NaN) are refused: the server writes them as null, so NaN text is a difference.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private Json() {
    }

    static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("not JSON: empty body");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Compact text of a node for failure messages, cut to a readable length. */
    static String brief(JsonNode node) {
        if (node == null) {
            return "(absent)";
        }
        String text = node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "...(" + text.length() + " chars)" : text;
    }

    /** A copy of {@code node} with {@code mapping} applied to every string value and every object key. */
    static JsonNode mapStrings(JsonNode node, UnaryOperator<String> mapping) {
        if (node.isTextual()) {
            return TextNode.valueOf(mapping.apply(node.asText()));
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(element -> copy.add(mapStrings(element, mapping)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(mapping.apply(field.getKey()), mapStrings(field.getValue(), mapping));
            }
            return copy;
        }
        return node;
    }
}
