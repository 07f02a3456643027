package org.semossjdbc.orm;

import java.util.List;
import java.util.Map;

/** {@link SemossModel#save()} refused a record that failed its validations; nothing was written. */
public class ValidationException extends SemossOrmException {

    private final transient Map<String, List<String>> errors;

    /** Carries the failed validations, field name to messages (the map is copied). */
    public ValidationException(String modelName, Map<String, List<String>> errors) {
        super(modelName + " is invalid: " + errors);
        this.errors = Map.copyOf(errors);
    }

    /** Field name to messages, in no particular order; never empty. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
