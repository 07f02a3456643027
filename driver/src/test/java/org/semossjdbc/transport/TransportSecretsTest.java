package org.semossjdbc.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.semossjdbc.transport.TransportTestSupport.BASIC;
import static org.semossjdbc.transport.TransportTestSupport.CONFIG;
import static org.semossjdbc.transport.TransportTestSupport.FETCH_CSRF;
import static org.semossjdbc.transport.TransportTestSupport.LOGIN;
import static org.semossjdbc.transport.TransportTestSupport.LOGOUT;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.RUN_PIXEL;
import static org.semossjdbc.transport.TransportTestSupport.SECRET_KEY;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.config;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;
import static org.semossjdbc.transport.TransportTestSupport.sessionCookie;

import java.util.ArrayList;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.LogCapture;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs whole flows (access key with CSRF and a session expiry, native login, bearer, refusals, logout) with
 * java.util.logging at FINEST and checks that no secret shows up in any log record, exception message or toString.
 */
class TransportSecretsTest {

    private static final String PASSWORD = "native-pw-Q7r";
    private static final String TOKEN = "bearer-tok-Zx81";
    private static final String COOKIE_1 = "cookie-val-1f3a";
    private static final String COOKIE_2 = "cookie-val-2b4c";
    private static final String CSRF_1 = "csrf-tok-9e0d";
    private static final String CSRF_2 = "csrf-tok-7c6b";
    private static final String PROXY_PASSWORD = "proxy-pw-Hh2";
    private static final List<String> SECRETS = List.of(SECRET_KEY, BASIC.substring("Basic ".length()), PASSWORD,
            TOKEN, COOKIE_1, COOKIE_2, CSRF_1, CSRF_2, PROXY_PASSWORD);

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort()).build();

    @BeforeEach
    void start() {
        server.stubFor(get(CONFIG).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", sessionCookie("monolith", COOKIE_1))
                .withBody("{\"csrf\":true,\"loginDetails\":{\"Native\":{\"id\":\"alice\"}}}")));
        server.stubFor(get(FETCH_CSRF).inScenario("csrf").whenScenarioStateIs(STARTED).willSetStateTo("second")
                .willReturn(aResponse().withStatus(200).withHeader("X-CSRF-Token", CSRF_1).withBody("true")));
        server.stubFor(get(FETCH_CSRF).inScenario("csrf").whenScenarioStateIs("second")
                .willReturn(aResponse().withStatus(200).withHeader("X-CSRF-Token", CSRF_2)
                        .withHeader("Set-Cookie", sessionCookie("monolith", COOKIE_2)).withBody("true")));
        server.stubFor(post(RUN_PIXEL).withCookie("monolith", equalTo(COOKIE_1)).inScenario("pixel")
                .whenScenarioStateIs(STARTED).willSetStateTo("expired")
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        server.stubFor(post(RUN_PIXEL).withCookie("monolith", equalTo(COOKIE_1)).inScenario("pixel")
                .whenScenarioStateIs("expired").willReturn(aResponse().withStatus(302)
                        .withHeader("Location", "http://localhost:9090/SemossWeb/#!/login")
                        .withHeader("Set-Cookie", sessionCookie("monolith", "anonymous"))));
        server.stubFor(post(RUN_PIXEL).withCookie("monolith", equalTo(COOKIE_2))
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        server.stubFor(post(LOGIN).willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessage\":\"The user name or password are invalid.\"}")));
        server.stubFor(get(LOGOUT).willReturn(aResponse().withStatus(200)
                .withHeader("Set-Cookie", "monolith=" + COOKIE_2 + "; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
                .withBody("{\"success\":true}")));
    }

    @Test
    void noSecretReachesLogsMessagesOrToString() throws Exception {
        assumeFalse(Log.usesSlf4j(), "this test reads java.util.logging; an SLF4J provider is bound");
        List<String> texts = new ArrayList<>();
        try (LogCapture log = LogCapture.driver()) {
            try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
                transport.login(new CallHandle());
                TransportResponse first = transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle());
                texts.add(first.toString());
                readAll(first);
                // The session expires: 302, re-login (new CSRF token and cookie), retry.
                readAll(transport.postForm("/engine/runPixel", pixel("2;"), new CallHandle()));
                texts.add(transport.toString());
                transport.logout();
            }
            try (HttpTransport transport = HttpTransport.create(
                    config(server, new Credentials.Login("jdbcuser", PASSWORD)))) {
                TransportException refused = assertThrows(TransportException.class,
                        () -> transport.login(new CallHandle()));
                texts.add(refused.getMessage());
                texts.add(transport.toString());
            }
            TransportConfig bearer = config(server, new Credentials.Bearer(TOKEN, "keycloak"));
            texts.add(bearer.toString());
            try (HttpTransport transport = HttpTransport.create(bearer)) {
                transport.login(new CallHandle());
                texts.add(transport.toString());
            }
            texts.add(new TransportConfig.ProxyConfig("proxy", 3128, "user", PROXY_PASSWORD).toString());
            texts.addAll(log.messages());
            assertTrue(log.messages().stream().anyMatch(m -> m.contains("POST /Monolith/api/engine/runPixel -> 302")),
                    "the flow must have been logged: " + log.messages());
        }
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertFalse(text.contains(secret), "secret found in: " + text);
            }
        }
    }
}
