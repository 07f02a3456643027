package org.semossjdbc.emulator.fidelity;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern over {@link JsonPath}s: the same notation plus {@code [*]} (any index) and {@code .*} (any key).
 * A pattern matches a path of exactly the same length; {@code $} alone matches the document root.
 */
record PathPattern(String text, List<String> tokens) {

    static PathPattern parse(String text) {
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("a JSON path starts with $: " + text);
        }
        List<String> tokens = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            if (c == '.') {
                end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
            } else if (c == '[') {
                end = text.charAt(i + 1) == '\'' ? text.indexOf("']", i) + 2 : text.indexOf(']', i) + 1;
                if (end <= i) {
                    throw new IllegalArgumentException("unclosed [ in " + text);
                }
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i + " in " + text);
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return new PathPattern(text, List.copyOf(tokens));
    }

    boolean matches(JsonPath path) {
        List<String> steps = path.tokens();
        if (steps.size() != tokens.size()) {
            return false;
        }
        for (int i = 0; i < steps.size(); i++) {
            String want = tokens.get(i);
            String step = steps.get(i);
            boolean ok = want.equals(step)
                    || (want.equals("[*]") && step.startsWith("[") && !step.startsWith("['"))
                    || (want.equals(".*") && (step.startsWith(".") || step.startsWith("['")));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }
}
