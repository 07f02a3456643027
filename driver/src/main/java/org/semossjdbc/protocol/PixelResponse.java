package org.semossjdbc.protocol;

import java.util.List;

/**
 * A decoded runPixel answer.
 *
 * @param insightId the {@code insightID} the request ran in
 * @param entries   one entry per statement, in order
 */
public record PixelResponse(String insightId, List<PixelEntry> entries) {
}
