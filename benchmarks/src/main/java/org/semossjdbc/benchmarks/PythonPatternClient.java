package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * The official Python client's request pattern (ai-server-sdk 0.0.27, docs/protocol.md, 'The Python clients'), rebuilt
 * on the floor's HTTP stack so that only the pattern differs from the floor: before every pixel a {@code GET /config}
 * whose tree is checked for {@code loginDetails}, then the pixel, its whole answer parsed as a tree, and the first
 * entry's {@code operationType} checked for {@code ERROR}.
 */
final class PythonPatternClient {

    private final FloorClient http;

    /** Wraps a logged-in floor client (its session and insight). */
    PythonPatternClient(FloorClient http) {
        this.http = http;
    }

    /**
     * Runs the statement's own pixel of {@code script} the Python client's way (it sends nothing in front of it);
     * returns a value derived from its output.
     */
    long run(PixelScript script) throws IOException {
        JsonNode config = http.config();
        if (config.path("loginDetails").isEmpty()) {
            throw new IOException("Please login");
        }
        JsonNode answer = http.runAsTree(script.bareFirst());
        JsonNode first = answer.path("pixelReturn").path(0);
        for (JsonNode type : first.path("operationType")) {
            if ("ERROR".equals(type.asText())) {
                throw new IOException(first.path("output").asText());
            }
        }
        return first.path("output").size();
    }
}
