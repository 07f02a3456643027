package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * Runs the catalog SQL through a SEMOSS read path ({@code Database|Query|Collect(-1)} on the emulator, which
 * encodes values as the recorded server does) and checks that every row, converted with
 * {@link ResultShape#convertRow}, equals the row read directly over JDBC: no value is lost or mistyped on the way.
 */
class CatalogThroughSemossTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyCatalogQueryArrivesIntactThroughTheReadPath(Backend backend) throws Exception {
        CatalogFixture f = CatalogQueriesTest.fixture(backend);
        String parent = f.name("PARENT");
        String child = f.name("CHILD");
        Map<String, MetadataQuery> queries = new LinkedHashMap<>();
        queries.put("catalogs", f.queries.catalogs());
        queries.put("schemas", f.queries.schemas());
        queries.put("tables", f.queries.tables(f.catalog, f.schema, "%", null));
        queries.put("tables A\\_B", f.queries.tables(f.catalog, f.schema, "A\\_B", new String[] {"TABLE"}));
        queries.put("columns", f.queries.columns(f.catalog, f.schema, "%", "%"));
        queries.put("primaryKeys", f.queries.primaryKeys(f.catalog, f.schema, parent));
        queries.put("importedKeys", f.queries.importedKeys(f.catalog, f.schema, child));
        queries.put("exportedKeys", f.queries.exportedKeys(f.catalog, f.schema, parent));
        queries.put("crossReference", f.queries.crossReference(f.catalog, f.schema, parent, f.catalog, f.schema, child));
        queries.put("indexInfo", f.queries.indexInfo(f.catalog, f.schema, child, false, true));
        queries.put("typeInfo", f.queries.typeInfo());
        queries.put("procedures", f.queries.procedures(f.catalog, f.schema, "%"));
        queries.put("functions", f.queries.functions(f.catalog, f.schema, f.name("MY") + "\\_%"));
        queries.put("bestRowIdentifier", f.queries.bestRowIdentifier(f.catalog, f.schema, parent,
                java.sql.DatabaseMetaData.bestRowSession, false));

        try (EmulatedSemoss emulated = EmulatedSemoss.on(backend).engineOver("catalog", f.database.jdbcUrl())
                .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.READ_ONLY).start()) {
            SemossEmulator semoss = emulated.semoss();
            HttpClient http = HttpClient.newHttpClient();
            for (Map.Entry<String, MetadataQuery> entry : queries.entrySet()) {
                MetadataQuery query = entry.getValue();
                if (!query.needsServer()) {
                    continue;
                }
                List<List<Object>> direct = f.run(query);
                JsonNode output = read(http, semoss, query.sql(), backend + " " + entry.getKey());
                List<String> headers = new ArrayList<>();
                output.path("data").path("headers").forEach(h -> headers.add(h.asText()));
                assertEquals(query.shape().labels(), headers, backend + " " + entry.getKey() + " headers");
                List<List<Object>> viaSemoss = new ArrayList<>();
                for (JsonNode row : output.path("data").path("values")) {
                    List<Object> wire = new ArrayList<>();
                    row.forEach(value -> wire.add(JSON.convertValue(value, Object.class)));
                    viaSemoss.add(query.shape().convertRow(wire));
                }
                assertFalse(direct.isEmpty(), backend + " " + entry.getKey() + " has rows");
                assertEquals(direct, viaSemoss, backend + " " + entry.getKey() + " through SEMOSS");
            }
        }
    }

    private static JsonNode read(HttpClient http, SemossEmulator semoss, String sql, String what) throws Exception {
        // Tag-less percent-encoding carries any SQL text through the pixel intact (docs/protocol.md, 'Encoding').
        String encoded = URLEncoder.encode(sql, StandardCharsets.UTF_8).replace("+", "%20");
        String pixel = "Database(database=\"" + semoss.engineId("catalog") + "\")|Query(\"" + encoded
                + "\")|Collect(-1);";
        String form = "expression=" + URLEncoder.encode(pixel, StandardCharsets.UTF_8) + "&insightId=";
        HttpRequest request = HttpRequest.newBuilder(URI.create(semoss.apiBaseUrl() + "/engine/runPixel"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("ACCESS:SECRET".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), what + ": " + response.body());
        JsonNode entry = JSON.readTree(response.body()).path("pixelReturn").path(0);
        assertEquals("TASK_DATA", entry.path("operationType").path(0).asText(), what + ": " + entry);
        return entry.path("output");
    }
}
