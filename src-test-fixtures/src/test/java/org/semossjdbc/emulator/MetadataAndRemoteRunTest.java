package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.emulator.TestClient.read;
import static org.semossjdbc.emulator.TestClient.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Metadata pixels (132-146) and RemoteEngineRun (124-131) on an H2 engine that held PEOPLE at registration. */
class MetadataAndRemoteRunTest {

    private SemossEmulator emulator;
    private TestClient client;
    private String engineId;

    @BeforeEach
    void start() throws SQLException {
        String url = "jdbc:h2:mem:meta_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE PEOPLE (ID INT, NAME VARCHAR(100))");
            statement.execute("INSERT INTO PEOPLE VALUES (1, 'Ann'), (2, 'Bob')");
        }
        emulator = SemossEmulator.builder()
                .engine("h2demo", url)
                .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.OWNER)
                .accessKeyUser("reader", "READER", "READER-SECRET", SemossEmulator.Permission.READ_ONLY)
                .start();
        engineId = emulator.engineId("h2demo");
        client = new TestClient(emulator).basic("ACCESS", "SECRET");
        client.runPixel(write(engineId, "CREATE TABLE FIVE (ID INT, NAME VARCHAR(20))"), "new");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private JsonNode output(String pixel) {
        return client.runPixel(pixel, "new").output(0);
    }

    @Test
    void owlPixelsSeeOnlyTheRegisteredTables() {
        String id = "[\"" + engineId + "\"]";
        assertEquals("[[\"PEOPLE\",\"ID\",\"NUMBER\",false,\"ID\",\"PEOPLE\"],[\"PEOPLE\",\"NAME\",\"STRING\",false,"
                + "\"NAME\",\"PEOPLE\"]]", output("GetDatabaseTableStructure(database=" + id + ");").toString());
        assertEquals("{\"edges\":[],\"physicalTypes\":{\"PEOPLE__ID\":\"INT\",\"PEOPLE__NAME\":\"VARCHAR(100)\"},"
                + "\"dataTypes\":{\"PEOPLE__ID\":\"INT\",\"PEOPLE__NAME\":\"STRING\"},\"nodes\":[{\"propSet\":"
                + "[\"ID\",\"NAME\"],\"conceptualName\":\"PEOPLE\"}],\"additionalDataTypes\":{}}",
                output("GetDatabaseMetamodel(database=" + id + ");").toString());
        assertEquals("[\"PEOPLE\"]", output("GetDatabaseConcepts(database=" + id + ");").toString());
        assertEquals("[]", output("GetDatabaseConnections(database=" + id + ", columns=[\"PEOPLE\"]);").toString());
        assertEquals("[\"PEOPLE__ID\",\"PEOPLE__NAME\"]", output("GetDatabaseSelectors(database=" + id + ");").toString());
        assertEquals("{\"tables\":{\"PEOPLE\":[{\"name\":\"PEOPLE\",\"type\":\"STRING\"},{\"name\":\"ID\",\"type\":"
                + "\"INT\"},{\"name\":\"NAME\",\"type\":\"STRING\"}]},\"databaseName\":\"h2demo\"}",
                output("GetLocalSchema(database=" + id + ");").toString());
        TestClient.Response reload = client.runPixel("ReloadDatabaseOwl(database=" + id + ");", "new");
        assertEquals("[{\"output\":\"Successfully reloaded database owl\",\"operationType\":[\"SUCCESS\"]}]",
                reload.entry(0).get("additionalOutput").toString());
        assertEquals("[\"PEOPLE\"]", output("GetDatabaseConcepts(database=" + id + ");").toString());
    }

    @Test
    void physicalStructureReadsTheLiveTableAndNeedsEditPermission() {
        assertEquals("{\"ID\":\"INTEGER\",\"NAME\":\"VARCHAR(20)\"}",
                output("GetDatabaseTablePhysicalStructure(database=[\"" + engineId + "\"], table=[\"FIVE\"]);")
                        .toString());
        TestClient reader = new TestClient(emulator).basic("READER", "READER-SECRET");
        assertEquals("Database" + engineId + " does not exist or user does not have access to database",
                reader.runPixel("GetDatabaseTablePhysicalStructure(database=[\"" + engineId + "\"], table=[\"FIVE\"]);",
                        "new").output(0).asText());
    }

    @Test
    void infoMapsCarryTheSubtypeAndPermission() {
        JsonNode info = output("DatabaseInfo(database=[\"" + engineId + "\"]);");
        assertEquals("H2_DB", info.get("database_subtype").asText());
        assertFalse(info.has("user_permission"));
        JsonNode databases = output("MyDatabases();");
        assertEquals(1, databases.get(0).get("user_permission").asInt());
        List<String> keys = new java.util.ArrayList<>();
        databases.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("database_date_created", "app_type", "app_subtype", "database_name", "low_database_name",
                "database_favorite", "permission", "database_type", "app_name", "database_id", "database_cost",
                "database_discoverable", "user_permission", "database_global", "database_created_by", "app_favorite",
                "app_id", "database_subtype", "database_created_by_type", "app_cost"), keys, "the order of 138");
    }

    /**
     * A user may hide an engine from their own catalog: MyEngines leaves it out (getUserEngineList's visibility
     * filter) while Database(...) still accepts it (userCanViewEngine ignores visibility).
     */
    @Test
    void aHiddenEngineIsLeftOutOfMyEnginesButStillQueryable() {
        TestClient.Response hidden = client.post("/auth/engine/setEngineVisibility",
                java.util.Map.of("engineId", engineId, "visibility", "false"));
        assertEquals(200, hidden.status());
        assertEquals("true", hidden.raw().body());
        assertEquals(0, output("MyEngines(engineTypes=[\"DATABASE\"]);").size());
        assertEquals("[[2]]", output(read(engineId, "SELECT COUNT(*) FROM PEOPLE", -1)).path("data")
                .path("values").toString());
        client.post("/auth/engine/setEngineVisibility", java.util.Map.of("engineId", engineId, "visibility", "true"));
        assertEquals(1, output("MyEngines(engineTypes=[\"DATABASE\"]);").size());
        TestClient stranger = new TestClient(emulator).basic("READER", "READER-SECRET");
        assertEquals(400, stranger.post("/auth/engine/setEngineVisibility",
                java.util.Map.of("engineId", "no-such-engine", "visibility", "false")).status());
    }

    @Test
    void internalEnginesCreateTheirDeclaredTablesButListNoOthers() {
        JsonNode created = output("CreateNewRdbmsInternalDatabase(database=[\"h2meta\"], conDetails=[{\"dbDriver\":"
                + "\"H2_DB\",\"database\":\"h2meta\"}], metamodelAdd=[{\"T\":{\"ID\":\"INT\"}}]);");
        String id = created.get("database_id").asText();
        assertEquals("h2meta", created.get("database_name").asText());
        assertEquals("true", output(write(id, "CREATE TABLE EXTRA (X INT)")).toString());
        assertEquals("[[\"T\",\"ID\",\"NUMBER\",false,\"ID\",\"T\"]]",
                output("GetDatabaseTableStructure(database=[\"" + id + "\"]);").toString());
        assertEquals("[[0]]", output(read("h2meta", "SELECT COUNT(*) FROM T", -1)).get("data").get("values").toString());
    }

    private String remote(String method, String payload, String classes) {
        return "RemoteEngineRun(payload=\"<e>{\"epoc\": \"py_1\", \"response\": false, \"engineType\": \"database\", "
                + "\"interim\": false, \"objId\": \"" + engineId + "\", \"methodName\": \"" + method + "\", "
                + "\"payload\": " + payload + ", \"payloadClassNames\": " + classes + ", \"insightId\": \"x\", "
                + "\"operation\": \"ENGINE\"}</e>\");";
    }

    @Test
    void remoteEngineRunEchoesThePayloadStructWithStringValues() {
        JsonNode result = output(remote("execQuery", "[\"SELECT ID, NAME, CAST(NULL AS INT) AS N, 1.5 AS D FROM PEOPLE "
                + "ORDER BY ID\", \"json\"]", "[\"java.lang.String\", \"java.lang.String\"]"));
        assertEquals("{\"myArrayList\":[{\"map\":{\"D\":\"1.5\",\"ID\":\"1\",\"N\":\"\",\"NAME\":\"Ann\"}},{\"map\":"
                + "{\"D\":\"1.5\",\"ID\":\"2\",\"N\":\"\",\"NAME\":\"Bob\"}}]}", result.get("payload").get(0).toString());
        List<String> keys = new java.util.ArrayList<>();
        result.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("epoc", "operation", "methodName", "payload", "payloadClassNames", "engineType",
                "processed", "longRunning", "interim", "hasReturn", "response", "objId", "insightId"), keys);
        assertTrue(result.get("response").asBoolean());
    }

    @Test
    void remoteEngineRunReportsErrorsInsideTheStruct() {
        TestClient.Response response = client.runPixel(remote("execQuery", "[\"SELECT * FROM NO_SUCH_TABLE\", \"json\"]",
                "[\"java.lang.String\", \"java.lang.String\"]"), "new");
        assertEquals("[\"OPERATION\"]", response.entry(0).get("operationType").toString());
        assertEquals("Table \"NO_SUCH_TABLE\" not found; SQL statement:\nSELECT * FROM NO_SUCH_TABLE [42102-200]",
                response.output(0).get("ex").asText());
        assertEquals("Unable to find method called execUpdateAndRetrieveStatement for engine type DATABASE",
                output(remote("execUpdateAndRetrieveStatement", "[\"UPDATE PEOPLE SET NAME=NAME\", true]",
                        "[\"java.lang.String\", \"boolean\"]")).get("ex").asText());
    }

    @Test
    void remoteEngineRunWritesWithViewPermissionAndRunsQueriesTwice() {
        TestClient reader = new TestClient(emulator).basic("READER", "READER-SECRET");
        JsonNode inserted = reader.runPixel(remote("insertData", "[\"INSERT INTO PEOPLE VALUES (20,'via-rer')\"]",
                "[\"java.lang.String\"]"), "new").output(0);
        assertEquals("[null]", inserted.get("payload").toString());
        output(remote("execQuery", "[\"SELECT * FROM FINAL TABLE (INSERT INTO FIVE VALUES (1, 'x'))\", \"json\"]",
                "[\"java.lang.String\", \"java.lang.String\"]"));
        assertEquals("[[2,1]]", output(read(engineId, "SELECT COUNT(*), (SELECT COUNT(*) FROM PEOPLE WHERE ID = 20) "
                + "FROM FIVE", -1)).get("data").get("values").toString());
    }

    @Test
    void legacySingleQuotedPayloadIsAccepted() {
        String pixel = "RemoteEngineRun(payload=\"{'epoc': 'py_8', 'response': false, 'engineType': 'database', "
                + "'interim': false, 'objId': '" + engineId + "', 'methodName': 'execQuery', 'payload': ['SELECT * FROM "
                + "PEOPLE', 'json'], 'payloadClassNames': ['java.lang.String', 'java.lang.String'], 'insightId': 'x', "
                + "'operation': 'ENGINE'}\");";
        assertEquals(2, output(pixel).get("payload").get(0).get("myArrayList").size());
    }
}
