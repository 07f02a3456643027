package org.semossjdbc.protocol;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semossjdbc.transport.Credentials;
import org.semossjdbc.transport.TransportConfig;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's request rules, against recorded answers replayed by WireMock. */
class RemoteDatabaseEngineTest {
    private static final String RUN_PIXEL = "/Monolith/api/engine/runPixel";
    private static final String INSIGHT_LOST = "{\"errorType\":\"INSIGHT_NOT_FOUND\","
            + "\"errorMessage\":\"Could not find the insight id\"}";

    private WireMockServer server;
    private RemoteDatabaseEngine engine;

    @BeforeEach
    void start() throws Exception {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        server.stubFor(get(urlPathEqualTo("/Monolith/api/config")).willReturn(okJson(
                "{\"security\":true,\"csrf\":false,\"version\":{\"version\":\"4.3.0-SNAPSHOT\"},"
                        + "\"loginDetails\":{\"Native\":{\"name\":\"Alice\",\"id\":\"alice\"}}}")
                .withHeader("Set-Cookie", "monolith=abc; Path=/Monolith; HttpOnly")));
        TransportConfig config = new TransportConfig(URI.create(server.baseUrl() + "/Monolith/api"),
                new Credentials.AccessKey("AK", "SK"), Duration.ofSeconds(5), Duration.ofSeconds(5), null, null,
                null, true, null, "test");
        engine = RemoteDatabaseEngine.open(config, "h2demo", Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        engine.abandon();
        server.stop();
    }

    private static String answer(String insightId, String... outputs) {
        StringBuilder entries = new StringBuilder();
        for (String output : outputs) {
            if (entries.length() > 0) {
                entries.append(',');
            }
            entries.append("{\"pixelId\":\"meta_unstored\",\"pixelExpression\":\"x\",\"isMeta\":true,")
                    .append("\"timeToRun\":1,\"output\":").append(output).append(",\"operationType\":[\"OPERATION\"]}");
        }
        return "{\"insightID\":\"" + insightId + "\",\"pixelReturn\":[" + entries + "]}";
    }

    private List<Map<String, String>> sentForms() {
        return server.findAll(postRequestedFor(urlPathEqualTo(RUN_PIXEL))).stream()
                .map(RemoteDatabaseEngineTest::form).toList();
    }

    private static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new HashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    @Test
    void aLostInsightIsRecreatedAndTheRequestRetriedOnce() throws Exception {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(answer("I1", "true"))).willSetStateTo("first"));
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).inScenario("lost").whenScenarioStateIs("first")
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody(INSIGHT_LOST)).willSetStateTo("second"));
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).inScenario("lost").whenScenarioStateIs("second")
                .willReturn(okJson(answer("I2", "true"))));
        engine.ping(CallScope.of(Duration.ZERO));
        assertEquals("I1", engine.insightId());
        engine.ping(CallScope.of(Duration.ZERO));
        assertEquals("I2", engine.insightId());
        List<Map<String, String>> forms = sentForms();
        assertEquals(3, forms.size());
        assertEquals(List.of("new", "I1", "new"), forms.stream().map(f -> f.get("insightId")).toList());
    }

    @Test
    void aSecondLostInsightIsAnErrorNotALoop() {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody(INSIGHT_LOST)));
        ServerErrorException e = assertThrows(ServerErrorException.class, () -> engine.ping(CallScope.of(Duration.ZERO)));
        assertEquals("08006", e.error().sqlState());
        assertEquals(2, sentForms().size());
    }

    @Test
    void taskRemovalsRideOnTheNextRequest() throws Exception {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).inScenario("rm").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(answer("I1", "true"))).willSetStateTo("open"));
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).inScenario("rm").whenScenarioStateIs("open")
                .willReturn(okJson(answer("I1", "{\"taskId\":\"task1\"}", "{\"taskId\":\"task2\"}", "true"))));
        engine.ping(CallScope.of(Duration.ZERO));
        engine.release(new TaskRef("task1", 0));
        engine.release(new TaskRef("task2", 0));
        engine.release(new TaskRef("task9", 7));
        engine.ping(CallScope.of(Duration.ZERO));
        String expression = sentForms().get(1).get("expression");
        assertEquals("META | RemoveTask(\"task1\", true); META | RemoveTask(\"task2\", true); META | true;", expression);
        assertEquals(0, engine.pendingRemovalCount(), "a task of another insight incarnation is dropped");
    }

    @Test
    void aPixelSyntaxErrorAnswerIsClassified() {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).willReturn(okJson(
                "{\"insightID\":\"I1\",\"pixelReturn\":[{\"pixelId\":\"meta_unstored\",\"pixelExpression\":\"x\","
                        + "\"isMeta\":true,\"timeToRun\":-1,\"output\":\"[1,9] expecting: 'null'. Error in syntax "
                        + "around x\",\"operationType\":[\"ERROR\",\"INVALID_SYNTAX\"]}]}")));
        ServerErrorException e = assertThrows(ServerErrorException.class,
                () -> engine.execQuery("DELETE FROM T", CallScope.of(Duration.ZERO)));
        assertEquals("42000", e.error().sqlState());
    }

    @Test
    void anOversizedRequestIs54000() {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("{\"errorType\":\"INSIGHT_NOT_FOUND\","
                        + "\"errorMessage\":\"Must pass in 'expression' key containing the pixel to execute\"}")));
        ServerErrorException e = assertThrows(ServerErrorException.class,
                () -> engine.execQuery("INSERT INTO T VALUES (1)", CallScope.of(Duration.ZERO)));
        assertEquals("54000", e.error().sqlState());
        assertEquals(1, sentForms().size(), "not retried");
    }

    @Test
    void everyEntryIsChecked() {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).willReturn(okJson(answer("I1", "true"))
                .withBody("{\"insightID\":\"I1\",\"pixelReturn\":[{\"pixelExpression\":\"x\",\"output\":"
                        + "\"Table \\\"T\\\" not found [42102-200]\",\"operationType\":[\"ERROR\"]}]}")));
        ServerErrorException e = assertThrows(ServerErrorException.class,
                () -> engine.execQuery("DELETE FROM T", CallScope.of(Duration.ZERO)));
        assertEquals("42S02", e.error().sqlState());
        assertTrue(e.getMessage().contains("not found"));
    }

    @Test
    void aReadWithoutTaskDataIsAProtocolError() {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).willReturn(okJson(answer("I1", "true"))));
        ServerErrorException e = assertThrows(ServerErrorException.class,
                () -> engine.query("SELECT 1", 10, CallScope.of(Duration.ZERO)));
        assertEquals("08P01", e.error().sqlState());
    }
}
