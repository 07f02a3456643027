package org.semossjdbc.emulator;

import java.util.List;
import java.util.Map;

/**
 * What a reactor returns: the value, its operation types, and optional additional outputs
 * ({@code [{"output":..., "operationType":[...]}]}).
 */
record ReactorResult(Object output, List<String> operationType, List<Map<String, Object>> additionalOutput) {

    static ReactorResult of(Object output, String... operationType) {
        return new ReactorResult(output, List.of(operationType), null);
    }
}
