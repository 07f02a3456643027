package org.semossjdbc.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runPixel requests the driver sent for one action, recorded by {@link RecordingProxy}, in a form another
 * client can replay: the first request verbatim, and for paged reads the follow-up page request with the driver's
 * task id turned into a placeholder. Immutable.
 *
 * @param first       the form of the first runPixel request (expression, insightId and any other field)
 * @param pageForm    the form of a follow-up page request with {@link #TASK_PLACEHOLDER} for the task id, or null
 *                    when the driver read everything in one request
 * @param pageSize    the {@code Collect(n)} of the first request, or -1 when none
 * @param driverRequests how many runPixel requests the driver sent for the action
 */
record PixelScript(Map<String, String> first, Map<String, String> pageForm, int pageSize, int driverRequests) {

    /** Marks where a page request names its task. */
    static final String TASK_PLACEHOLDER = "\u0000TASK\u0000";

    private static final Pattern COLLECT = Pattern.compile("Collect\\s*\\(\\s*(-?\\d+)\\s*\\)");

    /** Builds the script of one recorded action; throws when the driver sent no runPixel request. */
    static PixelScript of(List<RecordingProxy.Exchange> recorded) {
        List<RecordingProxy.Exchange> pixels = recorded.stream().filter(RecordingProxy.Exchange::isRunPixel).toList();
        if (pixels.isEmpty()) {
            throw new IllegalStateException("the driver sent no runPixel request for the action");
        }
        RecordingProxy.Exchange first = pixels.get(0);
        int pageSize = -1;
        Matcher collect = COLLECT.matcher(first.expression());
        if (collect.find()) {
            pageSize = Integer.parseInt(collect.group(1));
        }
        Map<String, String> pageForm = null;
        if (!first.taskIds().isEmpty()) {
            String taskId = first.taskIds().get(0);
            for (RecordingProxy.Exchange next : pixels.subList(1, pixels.size())) {
                String expression = next.expression();
                if (COLLECT.matcher(expression).find() && expression.contains("\"" + taskId + "\"")) {
                    pageForm = new LinkedHashMap<>(next.form());
                    pageForm.put("expression", expression.replace("\"" + taskId + "\"", "\"" + TASK_PLACEHOLDER + "\""));
                    break;
                }
            }
        }
        return new PixelScript(Map.copyOf(first.form()), pageForm == null ? null : Map.copyOf(pageForm), pageSize,
                pixels.size());
    }

    /** The page request for {@code taskId}. */
    Map<String, String> page(String taskId) {
        if (pageForm == null) {
            throw new IllegalStateException("the driver did not page this read");
        }
        Map<String, String> form = new LinkedHashMap<>(pageForm);
        form.put("expression", pageForm.get("expression").replace(TASK_PLACEHOLDER, taskId));
        return form;
    }

    /**
     * The form with its insight id replaced by {@code ownInsightId} when the driver named a stored insight (which
     * belongs to the driver's session and cannot be shared); temporary-insight forms are kept as they are.
     */
    static Map<String, String> withInsight(Map<String, String> form, String ownInsightId) {
        String captured = form.get("insightId");
        if (captured == null || captured.isEmpty() || "undefined".equals(captured) || "new".equals(captured)) {
            return form;
        }
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put("insightId", ownInsightId);
        return copy;
    }

    /** Whether the driver ran its pixels in a stored insight (the floor then opens one of its own). */
    boolean usesStoredInsight() {
        return withInsight(first, "x") != first;
    }
}
