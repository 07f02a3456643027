package org.semossjdbc.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.transport.TransportTestSupport.ANONYMOUS_CONFIG;
import static org.semossjdbc.transport.TransportTestSupport.BASIC;
import static org.semossjdbc.transport.TransportTestSupport.CONFIG;
import static org.semossjdbc.transport.TransportTestSupport.LOGGED_IN_CONFIG;
import static org.semossjdbc.transport.TransportTestSupport.LOGIN;
import static org.semossjdbc.transport.TransportTestSupport.LOGOUT;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.RUN_PIXEL;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.config;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;
import static org.semossjdbc.transport.TransportTestSupport.sessionCookie;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Credentials, cookies and the 302/401 re-login rule against a WireMock server shaped like SEMOSS. */
class HttpTransportAuthenticationTest {

    private static final String LOCATION = "http://localhost:9090/SemossWeb/#!/login";

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort()).build();

    private List<LoggedRequest> runPixelRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL)));
    }

    private void stubRefusal(String scenarioState, String nextState) {
        server.stubFor(post(RUN_PIXEL).inScenario("session").whenScenarioStateIs(scenarioState)
                .willSetStateTo(nextState)
                .willReturn(aResponse().withStatus(302).withHeader("Location", LOCATION)
                        .withHeader("Set-Cookie", sessionCookie("monolith", "redirect-session"))));
    }

    @Test
    void accessKeyTravelsAsBasicUntilTheSessionCookieExists() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json;charset=utf-8")
                .withHeader("Set-Cookie", sessionCookie("monolith", "s1")).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1+1;"), new CallHandle())));
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("2+2;"), new CallHandle())));
        }
        List<LoggedRequest> requests = runPixelRequests();
        assertEquals(2, requests.size());
        assertEquals(BASIC, requests.get(0).getHeader("Authorization"));
        assertFalse(requests.get(0).containsHeader("Cookie"));
        assertEquals("application/x-www-form-urlencoded; charset=UTF-8", requests.get(0).getHeader("Content-Type"));
        assertEquals("expression=1%2B1%3B&insightId=new", requests.get(0).getBodyAsString());
        assertEquals("semoss-jdbc-test", requests.get(0).getHeader("User-Agent"));
        assertFalse(requests.get(1).containsHeader("Authorization"), "Basic must stop once the session exists");
        assertEquals("monolith=s1", requests.get(1).getHeader("Cookie"));
    }

    @Test
    void cookiesOfAnyNameAreCapturedAndReplayed() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", sessionCookie("JSESSIONID", "j1"))
                .withHeader("Set-Cookie", "SERVERROUTE=node7; Path=/")
                .withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            readAll(transport.postForm("/engine/runPixel", pixel("2;"), new CallHandle()));
        }
        String cookie = runPixelRequests().get(1).getHeader("Cookie");
        assertTrue(cookie.contains("JSESSIONID=j1") && cookie.contains("SERVERROUTE=node7"), cookie);
    }

    @Test
    void expiredSessionIsLoggedInAgainAndTheRequestRetriedOnce() throws Exception {
        server.stubFor(post(RUN_PIXEL).inScenario("session").whenScenarioStateIs(STARTED).willSetStateTo("live")
                .willReturn(aResponse().withStatus(200).withHeader("Set-Cookie", sessionCookie("monolith", "s1"))
                        .withBody(PIXEL_OK)));
        stubRefusal("live", "expired");
        server.stubFor(post(RUN_PIXEL).inScenario("session").whenScenarioStateIs("expired")
                .willReturn(aResponse().withStatus(200).withHeader("Set-Cookie", sessionCookie("monolith", "s2"))
                        .withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(1, transport.sessionGeneration());
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("2;"), new CallHandle())));
            assertEquals(2, transport.sessionGeneration(), "a replaced session must be visible to the caller");
        }
        List<LoggedRequest> requests = runPixelRequests();
        assertEquals(3, requests.size());
        assertEquals("monolith=s1", requests.get(1).getHeader("Cookie"));
        LoggedRequest retry = requests.get(2);
        assertEquals(BASIC, retry.getHeader("Authorization"));
        // The 302's own cookie holds a stored redirect; sending it with Basic would earn another 302.
        assertFalse(retry.containsHeader("Cookie"), "the retry must not carry the cookie of the 302");
    }

    @Test
    void refusedTwiceIsNotAuthenticatedAfterExactlyTwoRequests() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(302).withHeader("Location", LOCATION)
                .withHeader("Set-Cookie", sessionCookie("monolith", "anonymous"))));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(TransportException.Kind.NOT_AUTHENTICATED, e.kind());
            assertEquals(302, e.status());
        }
        assertEquals(2, runPixelRequests().size());
    }

    @Test
    void redirectOfAnotherFilterIsNamedInTheMessage() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(302)
                .withHeader("redirect", "http://semoss.example/Monolith/startUpFail/")));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(TransportException.Kind.NOT_AUTHENTICATED, e.kind());
            assertTrue(e.getMessage().endsWith("the server redirects to http://semoss.example/Monolith/startUpFail/"),
                    e.getMessage());
        }
    }

    @Test
    void redirectsAreNeverFollowed() {
        String target = "/SemossWeb/login";
        server.stubFor(get(target).willReturn(aResponse().withStatus(200).withBody("<html>login page</html>")));
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://localhost:" + server.getPort() + target)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(TransportException.Kind.NOT_AUTHENTICATED, e.kind());
        }
        server.verify(0, getRequestedFor(urlEqualTo(target)));
    }

    @Test
    void runPixelWithoutUserAnswering401IsTreatedLikeA302() throws Exception {
        server.stubFor(post(RUN_PIXEL).inScenario("session").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"errorMessage\":\"User session is invalid\"}")));
        server.stubFor(post(RUN_PIXEL).inScenario("session").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
        }
        assertEquals(2, runPixelRequests().size());
    }

    @Test
    void status400IsReturnedWithItsBody() throws Exception {
        String body = "{\"errorType\":\"INSIGHT_NOT_FOUND\",\"errorMessage\":\"Could not find the insight id\"}";
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json;charset=utf-8").withBody(body)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()));
             TransportResponse response = transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())) {
            assertEquals(400, response.status());
            assertEquals("application/json;charset=utf-8", response.header("Content-Type"));
            assertEquals(body, readAll(response));
        }
    }

    @Test
    void loginWithAccessKeyChecksLoginDetails() throws Exception {
        server.stubFor(get(CONFIG).withHeader("Authorization", equalTo(BASIC)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", sessionCookie("monolith", "s1")).withBody(LOGGED_IN_CONFIG)));
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            transport.login(new CallHandle());
            assertEquals(1, transport.sessionGeneration());
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
        }
        LoggedRequest afterLogin = runPixelRequests().get(0);
        assertEquals("monolith=s1", afterLogin.getHeader("Cookie"));
        assertFalse(afterLogin.containsHeader("Authorization"));
    }

    @Test
    void wrongSecretFailsLoginFastWithoutRetrying() {
        // SEMOSS answers a wrong secret exactly like no credentials: /config for an anonymous caller.
        server.stubFor(get(CONFIG).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", sessionCookie("monolith", "anon")).withBody(ANONYMOUS_CONFIG)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class, () -> transport.login(new CallHandle()));
            assertEquals(TransportException.Kind.NOT_AUTHENTICATED, e.kind());
            assertFalse(e.getMessage().contains(TransportTestSupport.SECRET_KEY));
            assertEquals(0, transport.sessionGeneration());
        }
        server.verify(1, getRequestedFor(urlEqualTo(CONFIG)));
    }

    @Test
    void nativeLoginPostsTheFormAndUsesTheCookie() throws Exception {
        server.stubFor(post(LOGIN).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", sessionCookie("monolith", "n1"))
                .withBody("{\"success\":\"true\",\"username\":\"jdbcuser\"}")));
        server.stubFor(get(CONFIG).withCookie("monolith", equalTo("n1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(LOGGED_IN_CONFIG)));
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        Credentials login = new Credentials.Login("jdbcuser", "pa&ss w=rd");
        try (HttpTransport transport = HttpTransport.create(config(server, login))) {
            transport.login(new CallHandle());
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
        }
        LoggedRequest loginRequest = server.findAll(postRequestedFor(urlEqualTo(LOGIN))).get(0);
        assertEquals("username=jdbcuser&password=pa%26ss%20w%3Drd&disableRedirect=true",
                loginRequest.getBodyAsString());
        assertEquals("monolith=n1", runPixelRequests().get(0).getHeader("Cookie"));
        assertFalse(runPixelRequests().get(0).containsHeader("Authorization"));
    }

    @Test
    void nativeLoginLogsInBeforeTheFirstRequestAndAgainAfterExpiry() throws Exception {
        server.stubFor(post(LOGIN).inScenario("login").whenScenarioStateIs(STARTED).willSetStateTo("second")
                .willReturn(aResponse().withStatus(200).withHeader("Set-Cookie", sessionCookie("monolith", "n1"))
                        .withBody("{\"success\":\"true\"}")));
        server.stubFor(post(LOGIN).inScenario("login").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withHeader("Set-Cookie", sessionCookie("monolith", "n2"))
                        .withBody("{\"success\":\"true\"}")));
        server.stubFor(post(RUN_PIXEL).withCookie("monolith", equalTo("n1")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", LOCATION)));
        server.stubFor(post(RUN_PIXEL).withCookie("monolith", equalTo("n2"))
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, new Credentials.Login("u", "p")))) {
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
            assertEquals(2, transport.sessionGeneration());
        }
        server.verify(2, postRequestedFor(urlEqualTo(LOGIN)));
        assertEquals(2, runPixelRequests().size());
    }

    @Test
    void wrongPasswordIsNotAuthenticatedWithTheServersMessage() {
        server.stubFor(post(LOGIN).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessage\":\"The user name or password are invalid.\"}")));
        try (HttpTransport transport = HttpTransport.create(
                config(server, new Credentials.Login("jdbcuser", "wrong-pw-77")))) {
            TransportException e = assertThrows(TransportException.class, () -> transport.login(new CallHandle()));
            assertEquals(TransportException.Kind.NOT_AUTHENTICATED, e.kind());
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains("The user name or password are invalid."), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-pw-77"));
            // A failed login is final: postForm must not loop on it either.
            TransportException again = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(TransportException.Kind.NOT_AUTHENTICATED, again.kind());
        }
        server.verify(2, postRequestedFor(urlEqualTo(LOGIN)));
        assertEquals(0, runPixelRequests().size());
    }

    @Test
    void bearerTokenAndProviderTravelOnEveryRequest() throws Exception {
        server.stubFor(get(CONFIG).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", sessionCookie("monolith", "b1")).withBody(LOGGED_IN_CONFIG)));
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(
                config(server, new Credentials.Bearer("tok-abc.def", "keycloak")))) {
            transport.login(new CallHandle());
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
        }
        LoggedRequest configRequest = server.findAll(getRequestedFor(urlEqualTo(CONFIG))).get(0);
        LoggedRequest pixelRequest = runPixelRequests().get(0);
        for (LoggedRequest request : List.of(configRequest, pixelRequest)) {
            assertEquals("Bearer tok-abc.def", request.getHeader("Authorization"));
            assertEquals("keycloak", request.getHeader("Bearer-Provider"));
        }
        assertEquals("monolith=b1", pixelRequest.getHeader("Cookie"));
    }

    @Test
    void logoutEndsTheSessionAndForgetsTheCookieDespiteTheMissingPath() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", sessionCookie("monolith", "s1")).withBody(PIXEL_OK)));
        // As recorded (016): the expiring cookie carries no Path although the session cookie had Path=/Monolith.
        server.stubFor(get(LOGOUT).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", "monolith=gone; SameSite=none; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
                .withBody("{\"success\":true}")));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            transport.logout();
            readAll(transport.postForm("/engine/runPixel", pixel("2;"), new CallHandle()));
        }
        LoggedRequest logout = server.findAll(getRequestedFor(urlEqualTo(LOGOUT))).get(0);
        assertEquals("monolith=s1", logout.getHeader("Cookie"));
        assertNull(logout.getHeader("Authorization"), "logging out must not log a new session in");
        LoggedRequest afterLogout = runPixelRequests().get(1);
        assertFalse(afterLogout.containsHeader("Cookie"));
        assertEquals(BASIC, afterLogout.getHeader("Authorization"));
    }

    @Test
    void logoutNeverThrowsWhenTheServerIsGone() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", sessionCookie("monolith", "s1")).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            transport.logout();
        }
    }

    @Test
    void getFollowsTheSameRules() throws Exception {
        server.stubFor(get(API_WHOAMI).inScenario("s").whenScenarioStateIs(STARTED).willSetStateTo("ok")
                .willReturn(aResponse().withStatus(302).withHeader("Location", LOCATION)));
        server.stubFor(get(API_WHOAMI).inScenario("s").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"name\":\"alice\"}")));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            assertEquals("{\"name\":\"alice\"}", readAll(transport.get("/auth/whoami", new CallHandle())));
        }
        assertEquals(2, server.findAll(getRequestedFor(urlEqualTo(API_WHOAMI))).size());
    }

    @Test
    void closedTransportRefusesNewCalls() {
        HttpTransport transport = HttpTransport.create(config(server, accessKey()));
        transport.close();
        assertThrows(IllegalStateException.class,
                () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
        assertEquals(0, runPixelRequests().size());
    }

    private static final String API_WHOAMI = TransportTestSupport.API + "/auth/whoami";
}
