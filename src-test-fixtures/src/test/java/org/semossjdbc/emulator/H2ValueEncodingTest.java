package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.emulator.TestClient.read;
import static org.semossjdbc.emulator.TestClient.write;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.testing.EmulatedSemoss;

/** H2 1.4.200 values through Collect, compared byte for byte with the raw text recorded in 049 and 053. */
class H2ValueEncodingTest {

    @RegisterExtension
    final EmulatedSemoss fixture = TestClient.h2demoOwnedByAlice().build();
    private TestClient client;

    @BeforeEach
    void start() {
        client = new TestClient(fixture.semoss()).basic("ACCESS", "SECRET");
    }

    private static JsonNode transcript(String name) throws IOException {
        try (InputStream in = H2ValueEncodingTest.class.getResourceAsStream("/semoss-transcripts/" + name)) {
            return TestClient.JSON.readTree(in);
        }
    }

    @Test
    void everyRecordedTypeIsRenderedAsTheServerRenderedIt() throws IOException {
        JsonNode create = transcript("048-create-types-table.json");
        String createSql = create.get("request").get("form").get("expression").asText();
        assertEquals(200, client.runPixel(createSql.replace("<engine-id>", "h2demo"), "new").status());
        JsonNode recorded = transcript("049-read-types.json");
        JsonNode notes = recorded.get("notes");
        StringBuilder inserts = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            inserts.append(write("h2demo", notes.get(i).asText().replace("Rows inserted: ", "")));
        }
        TestClient.Response inserted = client.runPixel(inserts.toString(), "new");
        for (int i = 0; i < 3; i++) {
            assertEquals("true", inserted.output(i).toString(), inserted.output(i).toString());
        }
        TestClient.Response response = client.runPixel(read("h2demo", "SELECT * FROM TYPES_T ORDER BY ID", -1), "new");
        String rawNote = notes.get(3).asText();
        String expectedValues = rawNote.substring(rawNote.indexOf("\"values\":"));
        String body = response.raw().body();
        String actualValues = body.substring(body.indexOf("\"values\":"), body.indexOf(",\"headers\""));
        assertEquals(expectedValues, actualValues);
        JsonNode expectedInfo = recorded.get("response").get("body").get("pixelReturn").get(0).get("output")
                .get("headerInfo");
        assertEquals(expectedInfo, response.output(0).get("headerInfo"));
    }

    @Test
    void nonFiniteDoublesBecomeNull() {
        TestClient.Response response = client.runPixel(read("h2demo", "SELECT CAST('NaN' AS DOUBLE) AS N, "
                + "CAST('Infinity' AS DOUBLE) AS I, CAST('-Infinity' AS DOUBLE) AS NI", -1), "new");
        assertTrue(response.raw().body().contains("\"values\":[[null,null,null]]"), response.raw().body());
    }

    @Test
    void labelsAndDuplicateHeadersAreKept() {
        client.runPixel(write("h2demo", "CREATE TABLE FIVE (ID INT, NAME VARCHAR(20))")
                + write("h2demo", "INSERT INTO FIVE VALUES (1,'one'),(2,'two')"), "new");
        JsonNode data = client.runPixel(read("h2demo", "SELECT ID, ID, NAME AS X, ID AS X FROM FIVE ORDER BY 1", -1),
                "new").output(0).get("data");
        assertEquals("[\"ID\",\"ID\",\"X\",\"X\"]", data.get("headers").toString());
        assertEquals("[\"ID\",\"ID\",\"NAME\",\"ID\"]", data.get("rawHeaders").toString());
        JsonNode labels = client.runPixel(read("h2demo", "SELECT ID AS \"lower id\", COUNT(*), 1+1, NAME || '!' "
                + "FROM FIVE GROUP BY ID, NAME ORDER BY ID LIMIT 2", -1), "new").output(0).get("data");
        assertEquals("[\"lower id\",\"COUNT(*)\",\"2\",\"NAME || '!'\"]", labels.get("headers").toString());
        assertEquals("[[1,1,2,\"one!\"],[2,1,2,\"two!\"]]", labels.get("values").toString());
    }
}
