package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.emulator.TestClient.read;
import static org.semossjdbc.emulator.TestClient.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.testing.EmulatedSemoss;

/** runPixel semantics on an H2 engine: insights, statements, paging, errors, permissions (018-047, 086-101, 155-164). */
class RunPixelTest {

    @RegisterExtension
    final EmulatedSemoss fixture = TestClient.h2demoOwnedByAlice()
            .accessKeyUser("reader", "READER", "READER-SECRET", SemossEmulator.Permission.READ_ONLY)
            .build();
    private SemossEmulator emulator;
    private TestClient alice;
    private String engineId;

    @BeforeEach
    void start() {
        emulator = fixture.semoss();
        engineId = emulator.engineId("h2demo");
        alice = new TestClient(emulator).basic("ACCESS", "SECRET");
        TestClient.Response setup = alice.runPixel(write(engineId, "CREATE TABLE FIVE (ID INT PRIMARY KEY, NAME VARCHAR(20))")
                + write(engineId, "INSERT INTO FIVE VALUES (1,'one'),(2,'two'),(3,'three'),(4,'four'),(5,'five')"), "new");
        assertEquals("ALTER_DATABASE", setup.entry(1).get("operationType").get(0).asText());
    }

    private static List<String> operationTypes(JsonNode entry) {
        return TestClient.JSON.convertValue(entry.get("operationType"), List.class);
    }

    @Test
    void insightsKeepVariablesAndPixelIds() {
        TestClient.Response created = alice.runPixel("x = 5;", "new");
        String insight = created.insightId();
        assertEquals("x = 5 ;", created.entry(0).get("pixelExpression").asText());
        TestClient.Response reused = alice.runPixel("x + 1", insight);
        assertEquals("1", reused.entry(0).get("pixelId").asText());
        assertEquals(6, reused.output(0).asInt());
        TestClient.Response meta = alice.runPixel("META | true;", insight);
        assertEquals("meta_unstored", meta.entry(0).get("pixelId").asText());
        assertTrue(meta.entry(0).get("isMeta").asBoolean());
        assertEquals(2, emulator.hooks().recipeSize(insight));
        JsonNode open = alice.runPixel("MyOpenInsights();", insight).output(0);
        assertEquals(1, open.size(), "a Set is wrapped in one more array");
        assertTrue(open.get(0).toString().contains(insight), open.toString());
    }

    @Test
    void temporaryInsightsAreNotStored() {
        for (String id : new String[] {"", "undefined", null}) {
            TestClient.Response temp = alice.runPixel("x + 1;", id);
            assertTrue(temp.insightId().startsWith("TempInsight_"), temp.insightId());
            assertEquals("Undefined variable : x", temp.output(0).asText());
            TestClient.Response again = alice.runPixel("1;", temp.insightId());
            assertEquals(400, again.status());
            assertEquals("Could not find the insight id", again.json().get("errorMessage").asText());
        }
        assertEquals(1, emulator.hooks().openInsights(), "only the setup's insight");
    }

    @Test
    void blankExpressionAndUnknownInsightAre400() {
        TestClient.Response blank = alice.runPixel("   ", "new");
        assertEquals(400, blank.status());
        assertEquals("application/json;charset=utf-8", blank.header("Content-Type").orElseThrow());
        assertEquals("INSIGHT_NOT_FOUND", blank.json().get("errorType").asText());
        assertEquals("Must pass in 'expression' key containing the pixel to execute",
                blank.json().get("errorMessage").asText());
        assertEquals(400, alice.postRaw("/engine/runPixel", "application/json", "{\"expression\":\"1;\"}").status());
        assertEquals(400, alice.runPixel("1;", "00000000-0000-0000-0000-000000000000").status());
    }

    @Test
    void dropInsightMakesTheIdUnknown() {
        String insight = alice.runPixel("x = 1;", "new").insightId();
        TestClient.Response dropped = alice.runPixel("DropInsight();", insight);
        assertEquals(List.of("DROP_INSIGHT"), operationTypes(dropped.entry(0)));
        assertTrue(dropped.output(0).asBoolean());
        assertEquals(400, alice.runPixel("x;", insight).status());
    }

    @Test
    void failedStatementsDoNotStopLaterOnesNorTakePixelIds() {
        TestClient.Response response = alice.runPixel(
                write(engineId, "INSERT INTO FIVE VALUES (6,'six')") + write(engineId, "DELETE FROM NO_SUCH_TABLE")
                        + write(engineId, "INSERT INTO FIVE VALUES (7,'seven')"), "new");
        assertEquals("0", response.entry(0).get("pixelId").asText());
        assertEquals("1", response.entry(1).get("pixelId").asText());
        assertEquals("1", response.entry(2).get("pixelId").asText());
        assertEquals("An error occurred trying to execute the query in the database: Table \"NO_SUCH_TABLE\" not "
                + "found; SQL statement:\nDELETE FROM NO_SUCH_TABLE [42102-200]", response.output(1).asText());
        JsonNode count = alice.runPixel(read(engineId, "SELECT COUNT(*) FROM FIVE", -1), "new").output(0);
        assertEquals(7, count.get("data").get("values").get(0).get(0).asInt());
    }

    @Test
    void syntaxErrorRunsNothing() {
        String expression = write(engineId, "INSERT INTO FIVE VALUES (8,'x')") + " 2 +* ; "
                + write(engineId, "INSERT INTO FIVE VALUES (9,'y')");
        TestClient.Response response = alice.runPixel(expression, "new");
        assertEquals(1, response.json().get("pixelReturn").size());
        assertEquals(List.of("ERROR", "INVALID_SYNTAX"), operationTypes(response.entry(0)));
        assertEquals(-1, response.entry(0).get("timeToRun").asInt());
        assertTrue(response.output(0).asText().contains("expecting: 'null', number"), response.output(0).asText());
        assertEquals(List.of(), emulator.hooks().executedSql("h2demo").stream()
                .filter(sql -> sql.contains("(8,") || sql.contains("(9,")).toList());
    }

    @Test
    void pagingThroughATask() {
        String insight = alice.runPixel("META | true;", "new").insightId();
        JsonNode first = alice.runPixel(read(engineId, "SELECT * FROM FIVE ORDER BY ID", 2), insight).output(0);
        assertEquals("[[1,\"one\"],[2,\"two\"]]", first.get("data").get("values").toString());
        assertEquals(2, first.get("numCollected").asInt());
        assertEquals("task1", first.get("taskId").asText());
        assertEquals(1, emulator.hooks().openTasks("h2demo"));
        TestClient.Response next = alice.runPixel("Task(\"task1\")|Collect(2);", insight);
        assertEquals("Task ( \"task1\" ) | Collect ( 2 ) ;", next.entry(0).get("pixelExpression").asText());
        assertEquals("[[3,\"three\"],[4,\"four\"]]", next.output(0).get("data").get("values").toString());
        JsonNode last = alice.runPixel("Task(\"task1\")|Collect(2);", insight).output(0);
        assertEquals("[[5,\"five\"]]", last.get("data").get("values").toString());
        JsonNode after = alice.runPixel("Task(\"task1\")|Collect(2);", insight).output(0);
        assertEquals(0, after.get("data").get("values").size());
        assertEquals("[\"ID\",\"NAME\"]", after.get("data").get("headers").toString());
        assertEquals(1, emulator.hooks().openTasks("h2demo"), "an exhausted task is not removed");
        TestClient.Response removed = alice.runPixel("RemoveTask(\"task1\", true);", insight);
        assertEquals("{\"taskId\":\"task1\"}", removed.output(0).toString());
        assertEquals(List.of("REMOVE_TASK"), operationTypes(removed.entry(0)));
        assertEquals(0, emulator.hooks().openTasks("h2demo"));
        TestClient.Response gone = alice.runPixel("Task(\"task1\")|Collect(2);", insight);
        assertEquals("Could not find task with id = task1", gone.output(0).asText());
        assertEquals(List.of("ERROR"), operationTypes(gone.entry(0)));
    }

    @Test
    void collectDefaultsToFiveHundredAndZeroStillCreatesATask() {
        String insight = alice.runPixel("META | true;", "new").insightId();
        JsonNode all = alice.runPixel(read(engineId, "SELECT * FROM FIVE", 0).replace("Collect(0)", "Collect()"),
                insight).output(0);
        assertEquals(500, all.get("numCollected").asInt());
        assertEquals(5, all.get("data").get("values").size());
        JsonNode none = alice.runPixel(read(engineId, "SELECT * FROM FIVE", 0), insight).output(0);
        assertEquals(0, none.get("data").get("values").size());
        assertEquals("task2", none.get("taskId").asText());
        assertEquals("[\"ID\",\"NAME\"]", none.get("data").get("rawHeaders").toString());
    }

    @Test
    void failedReadsReportTheDriverMessageAndConsumeATaskId() {
        String insight = alice.runPixel("META | true;", "new").insightId();
        TestClient.Response failed = alice.runPixel(read(engineId, "SELECT * FROM W_T", -1), insight);
        assertEquals("Table \"W_T\" not found; SQL statement:\nSELECT * FROM W_T [42102-200]",
                failed.output(0).asText());
        TestClient.Response next = alice.runPixel(read(engineId, "SELECT 1 AS A", -1), insight);
        assertEquals("task2", next.output(0).get("taskId").asText());
        TestClient.Response insert = alice.runPixel(read(engineId, "INSERT INTO FIVE VALUES (4,'four')", -1), "new");
        assertTrue(insert.output(0).asText().startsWith("Method is only allowed for a query."),
                insert.output(0).asText());
    }

    @Test
    void readsRunAfterEveryOtherStatementOfTheRequest() {
        TestClient.Response response = alice.runPixel(read(engineId, "SELECT COUNT(*) AS N FROM FIVE", -1)
                + write(engineId, "INSERT INTO FIVE VALUES (6,'six')"), "new");
        assertEquals(6, response.output(0).get("data").get("values").get(0).get(0).asInt());
        List<String> sql = emulator.hooks().executedSql("h2demo");
        assertEquals("SELECT COUNT(*) AS N FROM FIVE", sql.get(sql.size() - 1));
    }

    @Test
    void unknownEngineAndUnknownReactor() {
        TestClient.Response response = alice.runPixel(read("00000000-0000-0000-0000-000000000000", "SELECT 1", -1)
                + "NoSuchReactor();", "new");
        assertEquals("Database 00000000-0000-0000-0000-000000000000 does not exist or user does not have access to "
                + "database", response.output(0).asText());
        assertEquals("Cannot find reactor for keyword = NoSuchReactor", response.output(1).asText());
    }

    @Test
    void readOnlyUsersCannotExecQueryButCanWriteThroughTheReadPath() {
        TestClient reader = new TestClient(emulator).basic("READER", "READER-SECRET");
        TestClient.Response refused = reader.runPixel("META | " + write("h2demo", "DELETE FROM FIVE"), "new");
        assertEquals("User does not have permission to exec query for this app", refused.output(0).asText());
        TestClient.Response changed = reader.runPixel(read("h2demo",
                "SELECT * FROM FINAL TABLE (INSERT INTO FIVE VALUES (10, 'x'))", -1), "new");
        assertEquals("[[10,\"x\"]]", changed.output(0).get("data").get("values").toString());
        JsonNode name = alice.runPixel(read("h2demo", "SELECT NAME FROM FIVE WHERE ID = 10", -1), "new").output(0);
        assertEquals("x", name.get("data").get("values").get(0).get(0).asText());
        JsonNode engines = reader.runPixel("MyEngines(engineTypes=[\"DATABASE\"]);", "new").output(0);
        assertEquals(3, engines.get(0).get("user_permission").asInt());
    }

    @Test
    void hooksCountRequests() {
        emulator.hooks().resetCounters();
        alice.runPixel("1;", "new");
        alice.get("/config");
        assertEquals(2, emulator.hooks().requestCount());
        assertEquals(1, emulator.hooks().runPixelCount());
        assertFalse(emulator.hooks().executedSql("h2demo").iterator().hasNext());
    }
}
