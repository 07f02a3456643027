package org.semossjdbc.benchmarks;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Turning recorded driver requests into requests the floor can replay in its own session. */
class PixelScriptTest {

    private static final String FIRST = "META | Database(database=\"e1\")|Query(\"SELECT%20*%20FROM%20T\")|Collect(500);";

    @Test
    void pagedReadBecomesFirstRequestAndPageTemplate() {
        PixelScript script = PixelScript.of(List.of(
                exchange("GET", "/Monolith/api/config", Map.of(), List.of()),
                runPixel(FIRST, "insight-A", List.of("task3")),
                runPixel("META | Task(\"task3\")|Collect(500);", "insight-A", List.of("task3")),
                runPixel("META | Task(\"task3\")|Collect(500);", "insight-A", List.of("task3"))));

        assertEquals(FIRST, script.first("task0").get("expression"));
        assertEquals(500, script.pageSize());
        assertEquals(3, script.driverRequests());
        assertEquals("META | Task(\"task9\")|Collect(500);", script.page("task9").get("expression"));
        assertTrue(script.usesStoredInsight());
        assertEquals("mine", PixelScript.withInsight(script.page("task9"), "mine").get("insightId"));
    }

    @Test
    void earlierTaskRemovedInFrontOfTheReadBecomesPlaceholder() {
        String expression = "META | RemoveTask(\"task1\", true); " + FIRST;
        PixelScript script = PixelScript.of(List.of(
                runPixel(expression, "insight-A", List.of("task1", "task2")),
                runPixel("META | Task(\"task2\")|Collect(500);", "insight-A", List.of("task2"))));

        assertEquals("META | RemoveTask(\"task7\", true); " + FIRST, script.first("task7").get("expression"));
        assertEquals("META | Task(\"task8\")|Collect(500);", script.page("task8").get("expression"));
        assertEquals(500, script.pageSize());
    }

    @Test
    void singleRequestReadHasNoPageTemplate() {
        PixelScript script = PixelScript.of(List.of(runPixel(FIRST, "", List.of("task1"))));

        assertNull(script.pageForm());
        assertEquals(1, script.driverRequests());
        assertEquals("", PixelScript.withInsight(script.first("task0"), "mine").get("insightId"));
        assertThrows(IllegalStateException.class, () -> script.page("task1"));
    }

    @Test
    void actionWithoutPixelIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> PixelScript.of(List.of(exchange("GET", "/Monolith/api/config", Map.of(), List.of()))));
    }

    private static RecordingProxy.Exchange runPixel(String expression, String insightId, List<String> taskIds) {
        return exchange("POST", "/Monolith/api/engine/runPixel",
                Map.of("expression", expression, "insightId", insightId), taskIds);
    }

    private static RecordingProxy.Exchange exchange(String method, String path, Map<String, String> form,
                                                    List<String> taskIds) {
        return new RecordingProxy.Exchange(method, path, form, 200, taskIds);
    }
}
