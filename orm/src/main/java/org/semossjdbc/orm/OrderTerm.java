package org.semossjdbc.orm;

/**
 * One ORDER BY term, already resolved against the model.
 *
 * @param property   the column
 * @param descending true for {@code DESC}
 */
record OrderTerm(PropertyMapping property, boolean descending) {

    /** Parses {@code name}, {@code +name} or {@code -name} (descending); the name must be a field or column. */
    static OrderTerm parse(ModelMetadata<?> metadata, String term) {
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException("Empty order term");
        }
        String trimmed = term.trim();
        boolean descending = trimmed.startsWith("-");
        String name = descending || trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
        return new OrderTerm(metadata.property(name), descending);
    }
}
