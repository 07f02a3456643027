package org.semossjdbc.emulator;

import java.util.List;
import java.util.Map;

/**
 * Evaluated reactor arguments. SEMOSS keeps keyword values as noun lists, so {@code database="x"} and
 * {@code database=["x"]} mean the same; {@link #single(String)} unwraps one level of list.
 *
 * @param name the reactor's name
 * @param positional positional values in order
 * @param keywords keyword values in order
 */
record ReactorArguments(String name, List<Object> positional, Map<String, Object> keywords) {

    /** The keyword's value, unwrapped from a one-level list; null when absent. */
    Object single(String key) {
        Object value = keywords.get(key);
        if (value instanceof List<?> list) {
            return list.isEmpty() ? null : list.get(0);
        }
        return value;
    }

    /** The keyword's value, else the positional value at {@code index}; null when neither is present. */
    Object singleOr(String key, int index) {
        Object value = single(key);
        if (value != null || keywords.containsKey(key)) {
            return value;
        }
        return index < positional.size() ? unwrap(positional.get(index)) : null;
    }

    /** The keyword's value as a list (a scalar becomes a one-element list); empty when absent. */
    List<Object> list(String key) {
        Object value = keywords.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return java.util.Collections.unmodifiableList(new java.util.ArrayList<Object>(list));
        }
        return List.of(value);
    }

    private static Object unwrap(Object value) {
        if (value instanceof List<?> list && list.size() == 1) {
            return list.get(0);
        }
        return value;
    }

    /** Reads a boolean argument the way SEMOSS does: booleans as is, strings by {@code Boolean.parseBoolean}. */
    static boolean asBoolean(Object value, boolean fallback) {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value instanceof String text) {
            return Boolean.parseBoolean(text);
        }
        return fallback;
    }
}
