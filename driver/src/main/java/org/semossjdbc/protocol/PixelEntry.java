package org.semossjdbc.protocol;

import java.util.List;

/**
 * One {@code pixelReturn} entry.
 *
 * <p>The entry's {@code pixelExpression}, the pixel re-rendered by the server, is not kept: nothing reads it, and it
 * echoes the whole encoded SQL, which a packed read's answer would otherwise turn into a string of its own.
 *
 * @param operationTypes {@code operationType}; contains {@code ERROR} for a failed statement
 * @param output         a {@link TaskPage} for task data, a {@link String} for errors and string outputs, otherwise a
 *                       {@link com.fasterxml.jackson.databind.JsonNode} (or null)
 */
public record PixelEntry(List<String> operationTypes, Object output) {

    /**
     * SEMOSS answers errors with HTTP 200, so each entry's operation type is the only error signal (docs/protocol.md,
     * 'Error entries').
     */
    public boolean isError() {
        return operationTypes.contains("ERROR");
    }

    /** The error text, or a fixed text when the server sent none. */
    public String errorMessage() {
        if (output == null) {
            return "The server reported an error without a message";
        }
        return output instanceof com.fasterxml.jackson.databind.JsonNode node && node.isTextual()
                ? node.asText() : output.toString();
    }
}
