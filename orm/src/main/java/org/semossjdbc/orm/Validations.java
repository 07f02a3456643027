package org.semossjdbc.orm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks a model declares in {@link SemossModel#validate(Validations)}; failures are collected per field.
 *
 * <pre>{@code
 * protected void validate(Validations check) {
 *     check.presence("name").length("name", 1, 80).range("age", 0, 150).pattern("email", "[^@]+@[^@]+");
 *     check.that("endsOn", endsOn == null || !endsOn.isBefore(startsOn), "must not be before startsOn");
 * }
 * }</pre>
 *
 * <p>Field names are checked against the model: a typo is an IllegalArgumentException, not a silent pass. Length,
 * range and pattern checks pass on null values (combine with {@link #presence} to forbid null).
 */
public final class Validations {

    private final SemossModel model;
    private final ModelMetadata<?> metadata;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    Validations(SemossModel model, ModelMetadata<?> metadata) {
        this.model = model;
        this.metadata = metadata;
    }

    /** The field must be non-null, and non-blank for text, non-empty for arrays and collections. */
    public Validations presence(String field) {
        Object value = value(field);
        boolean present = value != null
                && !(value instanceof CharSequence text && text.toString().isBlank())
                && !(value instanceof Collection<?> collection && collection.isEmpty())
                && !(value instanceof byte[] bytes && bytes.length == 0);
        return that(field, present, "must be present");
    }

    /** A text (or byte array) field must have between {@code min} and {@code max} characters (bytes). */
    public Validations length(String field, int min, int max) {
        Object value = value(field);
        int length;
        if (value == null) {
            return this;
        } else if (value instanceof CharSequence text) {
            length = text.toString().codePointCount(0, text.length());
        } else if (value instanceof byte[] bytes) {
            length = bytes.length;
        } else {
            throw new IllegalArgumentException("length() needs a text or byte[] field: " + field);
        }
        return that(field, length >= min && length <= max,
                "length must be between " + min + " and " + max + " (is " + length + ")");
    }

    /** A numeric field must lie in {@code [min, max]} (compared exactly, as decimals). */
    public Validations range(String field, Number min, Number max) {
        Object value = value(field);
        if (value == null) {
            return this;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("range() needs a numeric field: " + field);
        }
        BigDecimal exact = new BigDecimal(number.toString());
        boolean inside = exact.compareTo(new BigDecimal(min.toString())) >= 0
                && exact.compareTo(new BigDecimal(max.toString())) <= 0;
        return that(field, inside, "must be between " + min + " and " + max);
    }

    /** A text field must match {@code regex} entirely. */
    public Validations pattern(String field, String regex) {
        Object value = value(field);
        if (value == null) {
            return this;
        }
        return that(field, Pattern.compile(regex).matcher(value.toString()).matches(), "must match " + regex);
    }

    /** A custom check: records {@code message} for {@code field} when {@code condition} is false. */
    public Validations that(String field, boolean condition, String message) {
        if (!condition) {
            add(field, message);
        }
        return this;
    }

    /** Records a failure for {@code field} (any key, e.g. {@code "base"} for the record as a whole). */
    public Validations add(String field, String message) {
        errors.computeIfAbsent(field, k -> new ArrayList<>()).add(message);
        return this;
    }

    private Object value(String field) {
        return metadata.property(field).get(model);
    }

    Map<String, List<String>> errors() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        errors.forEach((field, messages) -> copy.put(field, List.copyOf(messages)));
        return copy;
    }
}
