package org.semossjdbc.emulator;

import java.util.List;
import java.util.Map;

/**
 * One {@code pixelReturn} entry. A {@link TaskPage} output is resolved while the response is written.
 *
 * @param pixelId recipe index or {@code meta_unstored}
 * @param expression the echoed {@code pixelExpression}
 * @param meta {@code isMeta}
 * @param timeToRun milliseconds spent in the statement (excluding lazy SQL, as on the server)
 * @param output the value, or a {@link TaskPage}
 * @param operationType the operation types
 * @param additionalOutput extra outputs or null
 */
record PixelEntry(String pixelId, String expression, boolean meta, long timeToRun, Object output,
                  List<String> operationType, List<Map<String, Object>> additionalOutput) {
}
