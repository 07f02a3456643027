package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semossjdbc.emulator.pixel.UrlCodec;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * The same checks against PostgreSQL and MariaDB engines, replaying the SQL of the recorded exchanges and comparing
 * values and error texts with what the real server answered (200-266, 300-370). Skipped unless the backend is
 * configured ({@code -Pservices}).
 */
abstract class ExternalBackendTest {

    static final String SQL_PREFIX = "SQL (decoded from the percent-encoded Query argument): ";

    SemossEmulator emulator;
    TestClient client;
    ScratchDatabase database;

    abstract ScratchDatabase.Backend backend();

    @BeforeEach
    void start() throws SQLException {
        assumeTrue(backend().isAvailable(), backend() + " is not configured (run with -Pservices)");
        database = ScratchDatabase.create(backend());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE people (id int PRIMARY KEY, name varchar(100))");
            statement.execute("INSERT INTO people VALUES (1, 'Ann'), (2, 'Bob')");
        }
        emulator = SemossEmulator.builder()
                .engine("ext", database.jdbcUrl())
                .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.OWNER)
                .start();
        client = new TestClient(emulator).basic("ACCESS", "SECRET");
    }

    @AfterEach
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
        if (database != null) {
            database.close();
        }
    }

    static JsonNode transcript(String prefix) throws IOException {
        String name = switch (prefix) {
            case "204" -> "204-pg-create-types-table.json";
            case "205" -> "205-pg-insert-types-rows.json";
            case "206" -> "206-pg-read-types.json";
            case "305" -> "305-maria-create-types-table.json";
            case "306" -> "306-maria-insert-types-rows.json";
            case "307" -> "307-maria-read-types.json";
            default -> throw new IllegalArgumentException(prefix);
        };
        try (InputStream in = ExternalBackendTest.class.getResourceAsStream("/semoss-transcripts/" + name)) {
            return TestClient.JSON.readTree(in);
        }
    }

    static String recordedSql(JsonNode transcript) {
        return transcript.get("notes").get(0).asText().substring(SQL_PREFIX.length());
    }

    /** The driver style of the recordings: META, tag-less percent-encoded SQL. */
    TestClient.Response read(String sql) {
        return client.runPixel("META | Database(database=\"ext\")|Query(\"" + UrlCodec.encode(sql) + "\")|Collect(-1);",
                "new");
    }

    TestClient.Response write(String sql) {
        return client.runPixel("META | Database(database=\"ext\")|Query(\"" + UrlCodec.encode(sql)
                + "\")|ExecQuery(commit=true);", "new");
    }

    String firstValue(String sql) {
        return read(sql).output(0).get("data").get("values").get(0).get(0).asText();
    }

    /** Creates, fills and reads the recorded types table; values must match the recorded raw text exactly. */
    void assertTypesTableMatches(String create, String insert, String readBack) throws IOException {
        assertEquals("true", write(recordedSql(transcript(create))).output(0).toString());
        assertEquals("true", write(recordedSql(transcript(insert))).output(0).toString());
        JsonNode recorded = transcript(readBack);
        TestClient.Response response = read(recordedSql(recorded));
        String note = recorded.get("notes").get(1).asText();
        String expected = note.substring(note.indexOf("[["));
        String body = response.raw().body();
        String actual = body.substring(body.indexOf("\"values\":") + "\"values\":".length(), body.indexOf(",\"headers\""));
        assertEquals(expected, actual);
        assertEquals(recorded.get("response").get("body").get("pixelReturn").get(0).get("output").get("headerInfo"),
                response.output(0).get("headerInfo"));
    }

    @Test
    void metadataShowsOnlyTheTablesThatExistedAtRegistration() {
        write("CREATE TABLE later_t (id int)");
        JsonNode structure = client.runPixel("GetDatabaseTableStructure(database=[\"ext\"]);", "new").output(0);
        assertEquals("[[\"people\",\"id\",\"NUMBER\",false,\"id\",\"people\"],"
                + "[\"people\",\"name\",\"STRING\",false,\"name\",\"people\"]]", structure.toString());
        JsonNode engines = client.runPixel("MyEngines(engineTypes=[\"DATABASE\"]);", "new").output(0);
        assertEquals(backend() == ScratchDatabase.Backend.POSTGRES ? "POSTGRES" : "MARIA_DB",
                engines.get(0).get("database_subtype").asText());
    }

    /** The conDetails map of the recordings for this scratch database, user name under the given key. */
    abstract String connectionDetails(String userKey);

    /** Host and port of the configured service, from the scratch database's JDBC URL. */
    String hostAndPort() {
        java.net.URI uri = java.net.URI.create(database.jdbcUrl().substring("jdbc:".length()));
        return "\"hostname\": \"" + uri.getHost() + "\", \"port\": \"" + uri.getPort() + "\"";
    }

    @Test
    void discoveryAndRegistrationOfTheExternalDatabase() {
        JsonNode schema = client.runPixel("ExternalJdbcSchema(conDetails=[" + connectionDetails("USERNAME") + "]);", "")
                .output(0);
        JsonNode people = schema.get("tables").get(0);
        assertEquals("people", people.get("table").asText());
        assertEquals("[\"id\",\"name\"]", people.get("columns").toString());
        assertEquals("[true,false]", people.get("isPrimKey").toString());
        assertEquals("[\"INT\",\"STRING\"]", people.get("type").toString());
        assertEquals("Unable to establish connection given the connection details.\nDriver produced error: \" Could "
                + "not get connection. \"", client.runPixel("ExternalJdbcSchema(conDetails=["
                + connectionDetails("username") + "]);", "").output(0).asText());
        JsonNode registered = client.runPixel("RdbmsExternalUpload(conDetails=[" + connectionDetails("USERNAME")
                + "], database=[\"second\"], metamodel=[{\"tables\": {\"people.id\": [\"id\", \"name\"]}, "
                + "\"relationships\": []}]);", "new").output(0);
        assertEquals("second", registered.get("database_name").asText());
        assertEquals("[[2]]", client.runPixel("META | Database(database=\"second\")|Query(\"SELECT%20COUNT(*)%20FROM"
                + "%20people\")|Collect(-1);", "new").output(0).get("data").get("values").toString());
        JsonNode engines = client.runPixel("MyEngines(engineTypes=[\"DATABASE\"]);", "new").output(0);
        assertEquals(List.of("ext", "second"), List.of(engines.get(0).get("database_name").asText(),
                engines.get(1).get("database_name").asText()));
        assertEquals(1, engines.get(1).get("user_permission").asInt());
    }

    @Test
    void pagingThroughAnOpenResultSetWhileOtherStatementsRun() {
        String insight = client.runPixel("META | true;", "new").insightId();
        client.runPixel("META | Database(database=\"ext\")|Query(\"SELECT%20id%20FROM%20people%20ORDER%20BY%20id\")"
                + "|Collect(1);", insight);
        assertEquals("true", write("INSERT INTO people VALUES (3, 'Cy')").output(0).toString());
        JsonNode next = client.runPixel("Task(\"task1\")|Collect(5);", insight).output(0);
        assertEquals("[[2]]", next.get("data").get("values").toString(), "rows were fetched when the query ran");
    }
}
