package org.semossjdbc.protocol;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's request rules, against recorded answers replayed by WireMock. */
class RemoteDatabaseEngineTest {
    private static final String RUN_PIXEL = "/Monolith/api/engine/runPixel";
    private static final String INSIGHT_LOST = "{\"errorType\":\"INSIGHT_NOT_FOUND\","
            + "\"errorMessage\":\"Could not find the insight id\"}";

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();
    private RemoteDatabaseEngine engine;

    @BeforeEach
    void start() throws Exception {
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

    // ---- looking the engine up when the connection opens

    private static final String REFUSED = "Database h2demo does not exist or user does not have access to database";

    private static String listing(String... names) {
        StringBuilder maps = new StringBuilder();
        for (String name : names) {
            if (maps.length() > 0) {
                maps.append(',');
            }
            maps.append("{\"app_subtype\":\"H2_DB\",\"database_name\":\"").append(name)
                    .append("\",\"database_id\":\"id-").append(name).append("\",\"user_permission\":1,")
                    .append("\"database_subtype\":\"H2_DB\"}");
        }
        return "[" + maps + "]";
    }

    private static String errorAnswer(String message) {
        return "{\"insightID\":\"TempInsight_1\",\"pixelReturn\":[{\"pixelId\":\"meta_unstored\","
                + "\"pixelExpression\":\"x\",\"isMeta\":true,\"timeToRun\":1,\"output\":\"" + message
                + "\",\"operationType\":[\"ERROR\"]}]}";
    }

    private static final String ONE_ROW = "{\"data\":{\"values\":[[1]],\"headers\":[\"1\"],\"rawHeaders\":[\"1\"]},"
            + "\"headerInfo\":[{\"dataType\":\"INT\",\"alias\":\"1\",\"header\":\"1\",\"type\":\"NUMBER\","
            + "\"derived\":false}],\"numCollected\":1,\"taskId\":\"task1\"}";

    private void stubMyEngines(String body) {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).withRequestBody(containing("MyEngines")).willReturn(okJson(body)));
    }

    private void stubAccessCheck(String body) {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).withRequestBody(containing("Database")).willReturn(okJson(body)));
    }

    @Test
    void aListedEngineIsDescribedByOneRequestThatLeavesNoInsight() throws Exception {
        stubMyEngines(answer("TempInsight_1", listing("other", "h2demo")));
        EngineInfo info = engine.lookUpEngine(CallScope.of(Duration.ZERO));
        assertEquals("H2_DB", info.subtype());
        assertEquals(1, info.permission());
        List<Map<String, String>> forms = sentForms();
        assertEquals(1, forms.size());
        assertEquals("", forms.get(0).get("insightId"), "a temporary insight");
        assertEquals("new", engine.insightId(), "the first statement still makes the connection's insight");
    }

    @Test
    void anEngineTheStatementPathRefusesIsUnavailable() {
        stubMyEngines(answer("TempInsight_1", listing("other")));
        stubAccessCheck(errorAnswer(REFUSED));
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> engine.lookUpEngine(CallScope.of(Duration.ZERO)));
        assertEquals("h2demo", e.database());
        assertEquals(REFUSED, e.serverMessage());
        List<Map<String, String>> forms = sentForms();
        assertEquals(2, forms.size());
        assertTrue(forms.get(1).get("expression").startsWith("META | Database(database=\"h2demo\")|Query("),
                forms.get(1).get("expression"));
        assertEquals("", forms.get(1).get("insightId"));
    }

    /** MyEngines leaves out engines the user hid from their catalog, which Database(...) still accepts. */
    @Test
    void anUnlistedEngineTheStatementPathAcceptsIsUsableButUndescribed() throws Exception {
        stubMyEngines(answer("TempInsight_1", listing("other")));
        stubAccessCheck(answer("TempInsight_2", ONE_ROW));
        EngineInfo info = engine.lookUpEngine(CallScope.of(Duration.ZERO));
        assertEquals(EngineInfo.unknown("h2demo"), info);
        assertEquals("new", engine.insightId());
    }

    @Test
    void anSqlErrorFromTheAccessCheckStillProvesAccess() throws Exception {
        stubMyEngines(answer("TempInsight_1", "[]"));
        stubAccessCheck(errorAnswer("ORA-00923: FROM keyword not found where expected"));
        assertEquals(EngineInfo.unknown("h2demo"), engine.lookUpEngine(CallScope.of(Duration.ZERO)));
    }

    @Test
    void aServerWithoutMyEnginesFallsBackToTheAccessCheck() throws Exception {
        stubMyEngines(errorAnswer("Cannot find reactor for keyword = MyEngines"));
        stubAccessCheck(errorAnswer(REFUSED));
        assertThrows(EngineUnavailableException.class, () -> engine.lookUpEngine(CallScope.of(Duration.ZERO)));
    }

    /** Database(...) compares names exactly (SecurityQueryUtils#testUserEngineIdForAlias), so the listing does too. */
    @Test
    void aNameDifferingInCaseIsLeftToTheStatementPath() {
        stubMyEngines(answer("TempInsight_1", listing("H2DEMO")));
        stubAccessCheck(errorAnswer(REFUSED));
        assertThrows(EngineUnavailableException.class, () -> engine.lookUpEngine(CallScope.of(Duration.ZERO)));
    }

    @Test
    void aRefusalAfterOpeningIsRememberedButAPermissionErrorIsNot() {
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).withRequestBody(containing("ExecQuery")).willReturn(okJson(
                errorAnswer("User does not have permission to exec query for this app"))));
        assertThrows(ServerErrorException.class, () -> engine.execQuery("DELETE FROM T", CallScope.of(Duration.ZERO)));
        assertNull(engine.refusal(), "a missing edit permission leaves the engine usable for reads");
        server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).withRequestBody(containing("Collect")).willReturn(okJson(
                errorAnswer(REFUSED))));
        ServerErrorException e = assertThrows(ServerErrorException.class,
                () -> engine.query("SELECT 1", 10, CallScope.of(Duration.ZERO)));
        assertEquals("42501", e.error().sqlState());
        assertEquals(REFUSED, engine.refusal());
    }
}
