package org.semossjdbc.emulator.fidelity;

import java.util.List;
import java.util.Map;

/**
 * What the emulator answered: status, headers (lower-case names, every value) and the body as text
 * (decompressed when the emulator compressed it; the {@code content-encoding} header still shows that it did).
 */
record ActualResponse(int status, Map<String, List<String>> headers, String body) {

    List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }
}
