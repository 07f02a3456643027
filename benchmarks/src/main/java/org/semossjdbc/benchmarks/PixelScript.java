package org.semossjdbc.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runPixel requests the driver sent for one action, recorded by {@link RecordingProxy}, in a form another
 * client can replay in its own session: the first request, and for paged reads the follow-up page request. Task ids
 * belong to the driver's insight, so they become placeholders: {@link #TASK_PLACEHOLDER} for the task being read,
 * and {@link #PREVIOUS_TASK_PLACEHOLDER} for an earlier task the driver names in the same request (it removes an
 * exhausted task lazily, in front of the next statement's pixel). Immutable.
 *
 * @param first          the form of the first runPixel request (expression, insightId and any other field)
 * @param pageForm       the form of a follow-up page request, or null when the driver read everything at once
 * @param pageSize       the {@code Collect(n)} of the first request, or -1 when none
 * @param driverRequests how many runPixel requests the driver sent for the action
 */
record PixelScript(Map<String, String> first, Map<String, String> pageForm, int pageSize, int driverRequests) {

    /** Where a page request names the task being read. */
    static final String TASK_PLACEHOLDER = "\u0000TASK\u0000";
    /** Where a first request names a task of an earlier statement. */
    static final String PREVIOUS_TASK_PLACEHOLDER = "\u0000PREVIOUS\u0000";

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
        while (collect.find()) {
            pageSize = Integer.parseInt(collect.group(1));
        }
        // The statement's own task is the last one the first answer names; earlier ones belong to earlier statements.
        List<String> taskIds = first.taskIds();
        String readTask = taskIds.isEmpty() ? null : taskIds.get(taskIds.size() - 1);
        String firstExpression = first.expression();
        for (String earlier : taskIds) {
            if (!earlier.equals(readTask)) {
                firstExpression = firstExpression.replace(quoted(earlier), quoted(PREVIOUS_TASK_PLACEHOLDER));
            }
        }
        Map<String, String> firstForm = new LinkedHashMap<>(first.form());
        firstForm.put("expression", firstExpression);
        Map<String, String> pageForm = null;
        if (readTask != null) {
            for (RecordingProxy.Exchange next : pixels.subList(1, pixels.size())) {
                String expression = next.expression();
                if (COLLECT.matcher(expression).find() && expression.contains(quoted(readTask))) {
                    pageForm = new LinkedHashMap<>(next.form());
                    pageForm.put("expression", expression.replace(quoted(readTask), quoted(TASK_PLACEHOLDER)));
                    break;
                }
            }
        }
        return new PixelScript(Map.copyOf(firstForm), pageForm == null ? null : Map.copyOf(pageForm), pageSize,
                pixels.size());
    }

    /** The first request; {@code previousTaskId} stands in for the driver's earlier task (the client's last one). */
    Map<String, String> first(String previousTaskId) {
        return withExpression(first, first.get("expression").replace(PREVIOUS_TASK_PLACEHOLDER, previousTaskId));
    }

    /**
     * The statement's own pixel alone: the last statement of the first request, without what the driver sends in
     * front of it (e.g. the removal of an earlier task). Splitting on {@code ;} is safe because the driver
     * percent-encodes SQL, whose encoded form holds no {@code ;} (docs/protocol.md, 'Encoding').
     */
    Map<String, String> bareFirst() {
        String[] statements = first.get("expression").split(";");
        String last = "";
        for (String statement : statements) {
            if (!statement.isBlank()) {
                last = statement.trim();
            }
        }
        return withExpression(first, last + ";");
    }

    /** How many pixel statements the first request holds. */
    int firstStatementCount() {
        int count = 0;
        for (String statement : first.get("expression").split(";")) {
            if (!statement.isBlank()) {
                count++;
            }
        }
        return count;
    }

    /** The page request for {@code taskId}. */
    Map<String, String> page(String taskId) {
        if (pageForm == null) {
            throw new IllegalStateException("the driver did not page this read");
        }
        return withExpression(pageForm, pageForm.get("expression").replace(TASK_PLACEHOLDER, taskId));
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

    private static Map<String, String> withExpression(Map<String, String> form, String expression) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put("expression", expression);
        return copy;
    }

    private static String quoted(String taskId) {
        return "\"" + taskId + "\"";
    }
}
