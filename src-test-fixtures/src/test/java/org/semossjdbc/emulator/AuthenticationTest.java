package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.testing.EmulatedSemoss;

/** Sessions and logins as recorded in transcripts 001-017, 151-152. */
class AuthenticationTest {

    @RegisterExtension
    final EmulatedSemoss fixture = TestClient.h2demoOwnedByAlice()
            .nativeUser("bob", "bob-password", SemossEmulator.Permission.EDIT)
            .bearerUser("carol", "TOKEN", "github", SemossEmulator.Permission.READ_ONLY)
            .build();
    private SemossEmulator emulator;

    @BeforeEach
    void start() {
        emulator = fixture.semoss();
    }

    private void assertLoginRedirect(TestClient.Response response) {
        assertEquals(302, response.status());
        assertEquals("http://localhost:9090/SemossWeb/#!/login", response.header("Location").orElseThrow());
        assertEquals("", response.raw().body());
        assertTrue(response.header("Set-Cookie").orElseThrow().matches("monolith=[0-9A-F]{32}; Path=/Monolith; HttpOnly"));
    }

    @Test
    void basicCredentialsLogInAndTheCookieAloneKeepsTheSession() {
        TestClient client = new TestClient(emulator).basic("ACCESS", "SECRET");
        TestClient.Response first = client.runPixel("1+1;", "new");
        assertEquals(200, first.status());
        assertEquals("application/json;charset=utf-8", first.header("Content-Type").orElseThrow());
        assertEquals(2, first.output(0).asInt());
        String cookie = client.cookie();
        TestClient.Response second = client.noAuthorization().runPixel("2+2;", "new");
        assertEquals(4, second.output(0).asInt());
        assertEquals(cookie, client.cookie(), "no new session for a cookie-authenticated request");
        // While the session has a user the Authorization header is not read at all (152).
        assertEquals(200, client.basic("ACCESS", "WRONG").runPixel("3+3;", "new").status());
    }

    @Test
    void missingWrongOrUnknownCredentialsAllGetTheSameRedirect() {
        assertLoginRedirect(new TestClient(emulator).runPixel("1+1;", "new"));
        assertLoginRedirect(new TestClient(emulator).basic("ACCESS", "WRONG").runPixel("1+1;", "new"));
        assertLoginRedirect(new TestClient(emulator).basic("NOBODY", "SECRET").runPixel("1+1;", "new"));
        assertLoginRedirect(new TestClient(emulator).cookie("0123456789ABCDEF0123456789ABCDEF")
                .runPixel("1+1;", "new"));
    }

    @Test
    void refererTurnsTheRedirectIntoAnErrorPageWithARedirectHeader() {
        TestClient client = new TestClient(emulator);
        TestClient.Response response = client.send(HttpRequest.newBuilder(
                        URI.create(emulator.apiBaseUrl() + "/engine/runPixel"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Referer", "http://app.example/")
                .POST(HttpRequest.BodyPublishers.ofString("expression=1%3B&insightId=new")));
        assertEquals(302, response.status());
        assertEquals("http://app.example/#!/login", response.header("redirect").orElseThrow());
        assertTrue(response.header("Content-Type").orElseThrow().startsWith("text/html"));
    }

    @Test
    void malformedBasicHeaderGetsTheHtmlErrorPage() {
        TestClient.Response response = new TestClient(emulator).authorization("Basic not-base64!!")
                .runPixel("1+1;", "new");
        assertEquals(500, response.status());
        assertEquals("text/html", response.header("Content-Type").orElseThrow());
        assertTrue(response.raw().body().contains("<title>Error Occurred</title>"));
    }

    @Test
    void configShowsTheLoginOnlyForAnAuthenticatedCaller() {
        TestClient anonymous = new TestClient(emulator);
        TestClient.Response config = anonymous.get("/config");
        assertEquals(200, config.status());
        assertEquals("application/json", config.header("Content-Type").orElseThrow());
        assertTrue(config.json().get("loginDetails").isEmpty());
        assertEquals(120.0, config.json().get("timeout").asDouble());
        assertFalse(config.json().get("csrf").asBoolean());
        TestClient alice = new TestClient(emulator).basic("ACCESS", "SECRET");
        TestClient.Response logged = alice.get("/config");
        assertEquals("alice", logged.json().get("loginDetails").get("Native").get("id").asText());
        assertEquals("alice", logged.json().get("logins").get("NATIVE").asText());
    }

    @Test
    void nativeLoginRotatesTheSessionAndWrongPasswordIs401() {
        TestClient client = new TestClient(emulator);
        client.get("/config");
        String anonymousCookie = client.cookie();
        TestClient.Response login = client.post("/auth/login",
                Map.of("username", "bob", "password", "bob-password", "disableRedirect", "true"));
        assertEquals(200, login.status());
        assertEquals("true", login.json().get("success").asText());
        assertEquals("bob", login.json().get("username").asText());
        assertNotEquals(anonymousCookie, client.cookie());
        assertEquals(200, client.runPixel("1+1;", "new").status());
        assertEquals("bob", client.get("/auth/whoami").json().get("name").asText());
        TestClient.Response wrong = new TestClient(emulator).post("/auth/login",
                Map.of("username", "bob", "password", "wrong", "disableRedirect", "true"));
        assertEquals(401, wrong.status());
        assertEquals("The user name or password are invalid.", wrong.json().get("errorMessage").asText());
    }

    @Test
    void bearerTokenWithProviderLogsIn() {
        TestClient client = new TestClient(emulator).authorization("Bearer TOKEN");
        TestClient.Response response = client.send(HttpRequest.newBuilder(
                        URI.create(emulator.apiBaseUrl() + "/engine/runPixel"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Bearer-Provider", "github")
                .POST(HttpRequest.BodyPublishers.ofString("expression=1%2B1%3B&insightId=new")));
        assertEquals(200, response.status());
        assertLoginRedirect(new TestClient(emulator).authorization("Bearer OTHER").runPixel("1+1;", "new"));
    }

    @Test
    void logoutInvalidatesTheSessionAndItsInsights() {
        TestClient client = new TestClient(emulator).basic("ACCESS", "SECRET");
        String insight = client.runPixel("x = 1;", "new").insightId();
        client.noAuthorization();
        TestClient.Response logout = client.get("/auth/logout/all");
        assertEquals(302, logout.status());
        assertEquals("null#!/login", logout.header("redirect").orElseThrow());
        assertLoginRedirect(client.runPixel("1+1;", "new"));
        TestClient other = new TestClient(emulator).basic("ACCESS", "SECRET");
        assertEquals(400, other.runPixel("x;", insight).status());
    }

    @Test
    void logoutWithDisableRedirectAnswersJsonAndAnExpiringCookie() {
        TestClient client = new TestClient(emulator).basic("ACCESS", "SECRET");
        client.runPixel("1;", "new");
        TestClient.Response logout = client.noAuthorization().get("/auth/logout/all?disableRedirect=true");
        assertEquals(200, logout.status());
        assertTrue(logout.json().get("success").asBoolean());
        String setCookie = logout.header("Set-Cookie").orElseThrow();
        assertTrue(setCookie.contains("SameSite=none; Expires="), setCookie);
        assertFalse(setCookie.contains("Path="), setCookie);
    }

    @Test
    void expiredSessionsGetTheRedirectAndLoseTheirInsights() {
        TestClient client = new TestClient(emulator).basic("ACCESS", "SECRET");
        String insight = client.runPixel("x = 1;", "new").insightId();
        assertEquals(1, emulator.hooks().openInsights());
        emulator.hooks().expireAllSessions();
        assertEquals(0, emulator.hooks().openInsights());
        client.noAuthorization();
        assertLoginRedirect(client.runPixel("1+1;", insight));
        // Basic credentials log in again, into a new session; the old insight is gone (docs/protocol.md, 'Access keys
        // (HTTP Basic)').
        assertEquals(400, client.basic("ACCESS", "SECRET").runPixel("x;", insight).status());
    }

    @Test
    void idleTimeoutEndsSessions() throws InterruptedException {
        try (SemossEmulator shortLived = SemossEmulator.builder()
                .engine("e", "jdbc:h2:mem:idle_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.OWNER)
                .sessionIdleTimeout(Duration.ofMillis(200))
                .start()) {
            TestClient client = new TestClient(shortLived).basic("ACCESS", "SECRET");
            client.runPixel("1;", "new");
            client.noAuthorization();
            assertEquals(1, shortLived.hooks().openInsights());
            Thread.sleep(1000);
            assertEquals(0, shortLived.hooks().openInsights(), "expired without any request arriving");
            assertLoginRedirect(client.runPixel("1;", "new"));
        }
    }

    @Test
    void csrfEnforcementRefusesPostsWithoutTheSessionToken() {
        try (SemossEmulator guarded = SemossEmulator.builder()
                .engine("e", "jdbc:h2:mem:csrf_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.OWNER)
                .csrf(true)
                .start()) {
            TestClient client = new TestClient(guarded).basic("ACCESS", "SECRET");
            assertTrue(client.get("/config").json().get("csrf").asBoolean());
            TestClient.Response refused = client.runPixel("1+1;", "new");
            assertEquals(403, refused.status());
            assertEquals("Required", refused.header("X-CSRF-Token").orElseThrow());
            TestClient.Response fetched = client.get("/config/fetchCsrf", "X-CSRF-Token", "fetch");
            String token = fetched.header("X-CSRF-Token").orElseThrow();
            TestClient.Response accepted = client.send(HttpRequest.newBuilder(
                            URI.create(guarded.apiBaseUrl() + "/engine/runPixel"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-CSRF-Token", token)
                    .POST(HttpRequest.BodyPublishers.ofString("expression=1%2B1%3B&insightId=new")));
            assertEquals(200, accepted.status());
        }
    }
}
