package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.emulator.TestClient.read;
import static org.semossjdbc.emulator.TestClient.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.testing.EmulatedSemoss;

/** Hooks that break or slow the transport, Tomcat's form-size limit, and parallel calls on one insight (147, 148, 150). */
class FaultInjectionTest {

    @RegisterExtension
    final EmulatedSemoss fixture = TestClient.h2demoOwnedByAlice()
            .configure(builder -> builder.maxFormBytes(64 * 1024))
            .build();
    private SemossEmulator emulator;
    private TestClient client;

    @BeforeEach
    void start() {
        emulator = fixture.semoss();
        client = new TestClient(emulator).basic("ACCESS", "SECRET");
        client.runPixel(write("h2demo", "CREATE TABLE T (ID INT)"), "new");
    }

    private int rows() {
        return client.runPixel(read("h2demo", "SELECT COUNT(*) FROM T", -1), "new").output(0).get("data")
                .get("values").get(0).get(0).asInt();
    }

    @Test
    void perPixelDelayIsChargedForDatabasePixelsOnly() {
        emulator.hooks().perPixelDelay(Duration.ofSeconds(1));
        String insight = client.runPixel("META | true;", "new").insightId();
        long start = System.nanoTime();
        client.runPixel(read("h2demo", "SELECT COUNT(*) FROM T", 1), insight);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(1)) >= 0,
                "a Database pixel costs the configured server time");
        start = System.nanoTime();
        client.runPixel("META | RemoveTask(\"task1\", true); RemoveTask(\"task8\", true); "
                + "RemoveTask(\"task9\", true); META | true;", insight);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0,
                "four bookkeeping pixels are not charged a second each");
        emulator.hooks().perPixelDelay(Duration.ZERO);
    }

    @Test
    void droppedConnectionsGetNoResponseAndRunNothing() {
        emulator.hooks().dropNextConnections(1);
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
                () -> client.runPixel(write("h2demo", "INSERT INTO T VALUES (1)"), "new"));
        assertTrue(error.getCause() instanceof IOException);
        assertEquals(0, rows(), "the next request is served normally and nothing ran");
    }

    @Test
    void responsesDroppedAfterExecutionLeaveTheWriteApplied() {
        emulator.hooks().dropNextResponsesAfterExecution(1);
        assertThrows(UncheckedIOException.class,
                () -> client.runPixel(write("h2demo", "INSERT INTO T VALUES (1)"), "new"));
        assertEquals(1, rows());
    }

    @Test
    void formsOverTheLimitLoseTheirParameters() {
        String big = "x".repeat(70 * 1024);
        TestClient.Response response = client.runPixel(write("h2demo", "INSERT INTO T VALUES (LENGTH('" + big + "'))"),
                "new");
        assertEquals(400, response.status());
        assertEquals("Must pass in 'expression' key containing the pixel to execute",
                response.json().get("errorMessage").asText());
        assertEquals(0, rows());
    }

    @Test
    void latencyDelaysEveryResponse() {
        emulator.hooks().latency(Duration.ofMillis(300));
        long start = System.nanoTime();
        client.runPixel("1;", "new");
        assertTrue(System.nanoTime() - start >= 300_000_000L);
        emulator.hooks().latency(Duration.ZERO);
    }

    @Test
    void parallelCallsOnOneInsightGetDistinctPixelAndTaskIds() throws Exception {
        String insight = client.runPixel("META | true;", "new").insightId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<TestClient.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int k = i;
                calls.add(pool.submit(() -> client.runPixel(read("h2demo",
                        "SELECT X, " + k + " AS K FROM SYSTEM_RANGE(1, 5)", 2), insight)));
            }
            List<String> pixelIds = new ArrayList<>();
            List<String> taskIds = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                TestClient.Response response = calls.get(i).get();
                assertEquals(200, response.status());
                assertEquals(i, response.output(0).get("data").get("values").get(0).get(1).asInt(), "own data");
                pixelIds.add(response.entry(0).get("pixelId").asText());
                taskIds.add(response.output(0).get("taskId").asText());
            }
            assertEquals(8, pixelIds.stream().distinct().count());
            assertEquals(8, taskIds.stream().distinct().count());
            assertEquals(8, emulator.hooks().openTasks("h2demo"));
        } finally {
            pool.shutdownNow();
        }
    }
}
