package org.semossjdbc.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-way map between the recording's placeholders and this replay's real values.
 *
 * <ul>
 *   <li>Requests: every bound placeholder is replaced by its real value before sending ({@link #toReal}).</li>
 *   <li>Responses: every real value is replaced by its placeholder before comparing ({@link #toPlaceholders}),
 *       so {@code "<insight-id-3>"} in a recorded body is compared with the id the emulator really used, and a
 *       different id is a difference, not something ignored.</li>
 *   <li>Ids the emulator makes up ({@code <insight-id-N>}, ids of engines created by a pixel) are learned the
 *       first time they appear: the recorded string and the actual string at the same JSON path are aligned
 *       ({@link #learn}). Same N = same insight across files, so once learned, every later occurrence must be
 *       that same real id.</li>
 * </ul>
 */
final class Placeholders {

    /** The placeholders the emulator's own ids stand behind; only these are learned from responses. */
    static final Pattern ID_PLACEHOLDER = Pattern.compile("<(?:insight-id-\\d+|engine-id(?:-[a-z0-9]+)?)>");

    private final Map<String, String> realByPlaceholder = new LinkedHashMap<>();
    /** Real values that appear in responses only and map back to a placeholder bound to another real value. */
    private final Map<String, String> reverseOnly = new LinkedHashMap<>();

    /** Binds a placeholder to its real value; rebinding to another value is a replay error. */
    void bind(String placeholder, String real) {
        String previous = realByPlaceholder.putIfAbsent(placeholder, real);
        if (previous != null && !previous.equals(real)) {
            throw new IllegalStateException(placeholder + " is already bound to another value");
        }
    }

    /**
     * Maps {@code real} back to {@code placeholder} in responses without sending it: the MariaDB part has two
     * databases the recording both called {@code semossdb}; requests mean the part's own one.
     */
    void bindReverseOnly(String placeholder, String real) {
        reverseOnly.put(real, placeholder);
    }

    Optional<String> real(String placeholder) {
        return Optional.ofNullable(realByPlaceholder.get(placeholder));
    }

    boolean isBound(String placeholder) {
        return realByPlaceholder.containsKey(placeholder);
    }

    /** Replaces every bound placeholder; an id placeholder nobody bound yet is a gap in the replay plan. */
    String toReal(String text) {
        String result = text;
        for (Map.Entry<String, String> binding : realByPlaceholder.entrySet()) {
            result = result.replace(binding.getKey(), binding.getValue());
        }
        Matcher unbound = ID_PLACEHOLDER.matcher(result);
        if (unbound.find()) {
            throw new IllegalStateException(unbound.group() + " is sent before any response created it: the "
                    + "replay plan must create it first");
        }
        return result;
    }

    /** Replaces every real value (longest first, so no value is cut by a shorter one) by its placeholder. */
    String toPlaceholders(String text) {
        List<Map.Entry<String, String>> bindings = new ArrayList<>(realByPlaceholder.entrySet());
        reverseOnly.forEach((real, placeholder) -> bindings.add(Map.entry(placeholder, real)));
        bindings.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed());
        String result = text;
        for (Map.Entry<String, String> binding : bindings) {
            if (!binding.getValue().isEmpty()) {
                result = result.replace(binding.getValue(), binding.getKey());
            }
        }
        return result;
    }

    /**
     * Learns unbound id placeholders by aligning the recorded body with the actual one: wherever a recorded
     * string holds such a placeholder and the actual string at the same path has the same shape, the part in
     * the placeholder's place is its real value. Structural mismatches are left to the comparator.
     */
    void learn(JsonNode recorded, JsonNode actual) {
        if (recorded == null || actual == null) {
            return;
        }
        if (recorded.isTextual() && actual.isTextual()) {
            learnFromString(recorded.asText(), actual.asText());
        } else if (recorded.isArray() && actual.isArray()) {
            for (int i = 0; i < Math.min(recorded.size(), actual.size()); i++) {
                learn(recorded.get(i), actual.get(i));
            }
        } else if (recorded.isObject() && actual.isObject()) {
            recorded.fields().forEachRemaining(field -> learn(field.getValue(), actual.get(field.getKey())));
        }
    }

    private void learnFromString(String recorded, String actual) {
        Matcher tokens = ID_PLACEHOLDER.matcher(recorded);
        List<String> unbound = new ArrayList<>();
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        while (tokens.find()) {
            regex.append(Pattern.quote(recorded.substring(last, tokens.start())));
            String token = tokens.group();
            if (isBound(token)) {
                regex.append(Pattern.quote(realByPlaceholder.get(token)));
            } else {
                regex.append("([A-Za-z0-9_-]+)");
                unbound.add(token);
            }
            last = tokens.end();
        }
        if (unbound.isEmpty()) {
            return;
        }
        regex.append(Pattern.quote(recorded.substring(last))).append('$');
        Matcher match = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
        if (!match.matches()) {
            return;
        }
        for (int i = 0; i < unbound.size(); i++) {
            String value = match.group(i + 1);
            if (!isBound(unbound.get(i)) && !realByPlaceholder.containsValue(value)) {
                bind(unbound.get(i), value);
            }
        }
    }
}
