package org.semossjdbc.emulator.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The request/response mapping of the replay: placeholders, conDetails rewrite, bodies, cookies, headers. */
class FidelityReplayMappingTest {

    private static final NormalizationRules RULES = NormalizationRules.load();

    @Test
    void insightIdsAreLearnedOnFirstSightAndMustStayTheSame() {
        Placeholders placeholders = new Placeholders();
        placeholders.learn(Json.parse("{\"insightID\":\"TempInsight_<insight-id-4>\"}"),
                Json.parse("{\"insightID\":\"TempInsight_1b2c-33\"}"));
        assertEquals("1b2c-33", placeholders.real("<insight-id-4>").orElseThrow());
        assertEquals("x=1b2c-33", placeholders.toReal("x=<insight-id-4>"));
        assertEquals("[[\"<insight-id-4>\"]]", placeholders.toPlaceholders("[[\"1b2c-33\"]]"));
        // a later, different id at a place that names <insight-id-4> is not re-learned: it stays a difference
        placeholders.learn(Json.parse("{\"insightID\":\"<insight-id-4>\"}"), Json.parse("{\"insightID\":\"other\"}"));
        assertEquals("other", placeholders.toPlaceholders("other"));
        assertThrows(IllegalStateException.class, () -> placeholders.toReal("<insight-id-5>"),
                "an id no response created yet is a gap in the plan");
    }

    @Test
    void conDetailsPointAtTheScratchDatabaseAndTheEchoMapsBack() {
        ConnectionDetailsRewrite rewrite = new ConnectionDetailsRewrite(RULES);
        rewrite.target("POSTGRES", "127.0.0.1", "5432", "semoss",
                "jdbc:postgresql://localhost:5433/semoss_t_abc?user=postgres");
        String recorded = "ExternalJdbcSchema(conDetails=[{\"dbDriver\": \"POSTGRES\", \"hostname\": \"127.0.0.1\", "
                + "\"port\": \"5432\", \"database\": \"semossdb\", \"schema\": \"public\", \"USERNAME\": \"semoss\", "
                + "\"PASSWORD\": \"<password>\"}]);";
        String real = rewrite.toReal(recorded);
        assertEquals("ExternalJdbcSchema(conDetails=[{\"dbDriver\": \"POSTGRES\", \"hostname\": \"localhost\", "
                + "\"port\": \"5433\", \"database\": \"semoss_t_abc\", \"schema\": \"public\", \"USERNAME\": "
                + "\"postgres\", \"PASSWORD\": \"\"}]);", real);
        String echo = "ExternalJdbcSchema ( conDetails = [ { \"dbDriver\" : \"POSTGRES\" , \"hostname\" : \"localhost\" , "
                + "\"port\" : \"5433\" , \"database\" : \"semoss_t_abc\" , \"schema\" : \"public\" , \"username\" : "
                + "\"postgres\" , \"password\" : \"\" } ] ) ;";
        assertEquals("ExternalJdbcSchema ( conDetails = [ { \"dbDriver\" : \"POSTGRES\" , \"hostname\" : \"127.0.0.1\" , "
                + "\"port\" : \"5432\" , \"database\" : \"semossdb\" , \"schema\" : \"public\" , \"username\" : "
                + "\"semoss\" , \"password\" : \"<password>\" } ] ) ;", rewrite.toRecorded(echo));
        assertEquals("{\"dbDriver\": \"H2_DB\", \"database\": \"semossdb\"}",
                rewrite.toReal("{\"dbDriver\": \"H2_DB\", \"database\": \"semossdb\"}"), "other drivers untouched");
    }

    @Test
    void theDescribedOversizedBodyIsRebuiltAtItsRecordedSize() {
        String described = TranscriptLibrary.byNumber(150).request().rawBody();
        String body = RequestBodies.rebuild(described, "database=\"e1\"");
        assertEquals(2202212, body.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(body.startsWith("expression=Database%28database%3D%22e1%22%29%7CQuery%28%22%3Cencode%3EINSERT"));
        assertTrue(body.endsWith("xxx%27%29%3C%2Fencode%3E%22%29%7CExecQuery%28%29%3B&insightId=new"));
    }

    @Test
    void clientsAdoptSessionCookiesButNotExpiringOnes() {
        CookieJars jars = new CookieJars("monolith");
        jars.adopt("alice", List.of("monolith=A1; Path=/Monolith; HttpOnly"));
        jars.adopt("alice", List.of("monolith=A2; SameSite=none; Expires=Sat, 21 Nov 2026 05:32:53 GMT"));
        jars.adopt("alice", List.of("JSESSIONID=X; Path=/"));
        assertEquals("A1", jars.session("alice").orElseThrow());
    }

    @Test
    void cookieValuesAndDeclaredDatesAreHiddenButAttributesCompared() {
        HeaderComparator headers = new HeaderComparator(RULES);
        assertEquals("monolith=<value>; Path=/Monolith; HttpOnly",
                headers.normalizeCookie(3, "monolith=0F3A; Path=/Monolith; HttpOnly"));
        assertEquals("monolith=<value>; SameSite=none; Expires=<expires>",
                headers.normalizeCookie(16, "monolith=0F3A; SameSite=none; Expires=Sat, 21 Nov 2026 06:00:00 GMT"));
        Transcript.RecordedResponse recorded = TranscriptLibrary.byNumber(3).response();
        ActualResponse noHttpOnly = new ActualResponse(200, Map.of("content-type",
                List.of("application/json;charset=utf-8"), "set-cookie", List.of("monolith=1; Path=/Monolith")), "");
        assertEquals("header:set-cookie", headers.compare(3, recorded, noHttpOnly).get(0).where());
        ActualResponse extraCookie = new ActualResponse(200, Map.of("content-type",
                List.of("application/json;charset=utf-8"), "set-cookie", List.of("monolith=1; Path=/Monolith; HttpOnly")),
                "");
        assertEquals(List.of(), headers.compare(3, recorded, extraCookie));
        assertEquals("unexpected header", headers.compare(10, TranscriptLibrary.byNumber(10).response(), extraCookie)
                .get(0).what(), "010 got no cookie from the real server");
    }
}
