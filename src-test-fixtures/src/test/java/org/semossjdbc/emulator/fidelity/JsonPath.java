package org.semossjdbc.emulator.fidelity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A location in a JSON document, written the way failure messages and the normalization file write it:
 * {@code $.pixelReturn[0].output.data.values[1][2]}. Keys that are not plain identifiers are quoted:
 * {@code $.output['lower id']}.
 */
record JsonPath(List<String> steps) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    static final JsonPath ROOT = new JsonPath(List.of());

    JsonPath key(String key) {
        List<String> next = new ArrayList<>(steps);
        next.add(IDENTIFIER.matcher(key).matches() ? "." + key : "['" + key.replace("'", "\\'") + "']");
        return new JsonPath(List.copyOf(next));
    }

    JsonPath index(int index) {
        List<String> next = new ArrayList<>(steps);
        next.add("[" + index + "]");
        return new JsonPath(List.copyOf(next));
    }

    /** The step tokens without the root, e.g. {@code [".pixelReturn", "[0]", ".output"]}. */
    List<String> tokens() {
        return steps;
    }

    @Override
    public String toString() {
        return "$" + String.join("", steps);
    }
}
