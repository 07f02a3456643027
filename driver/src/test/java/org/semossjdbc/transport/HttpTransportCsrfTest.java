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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.semossjdbc.transport.TransportTestSupport.CONFIG;
import static org.semossjdbc.transport.TransportTestSupport.FETCH_CSRF;
import static org.semossjdbc.transport.TransportTestSupport.LOGIN;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.RUN_PIXEL;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.config;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;
import static org.semossjdbc.transport.TransportTestSupport.sessionCookie;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.transport.TransportException.Kind;

/** CSRF as Tomcat's RestCsrfPreventionFilter does it for SEMOSS: token fetch, header on POSTs, 403 on a bad token. */
class HttpTransportCsrfTest {

    private static final String CSRF_CONFIG = "{\"csrf\":true,\"loginDetails\":{\"Native\":{\"id\":\"alice\"}}}";

    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort()).build();

    private static ResponseDefinitionBuilder csrfRefusal() {
        return aResponse().withStatus(403).withHeader("X-CSRF-Token", "Required");
    }

    private void stubTokens(String... tokens) {
        String state = STARTED;
        for (int i = 0; i < tokens.length; i++) {
            String next = "token-" + (i + 1);
            server.stubFor(get(FETCH_CSRF).withHeader("X-CSRF-Token", equalTo("fetch")).inScenario("tokens")
                    .whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(aResponse().withStatus(200).withHeader("X-CSRF-Token", tokens[i]).withBody("true")));
            state = next;
        }
    }

    private void stubLoggedInConfig() {
        server.stubFor(get(CONFIG).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("Set-Cookie", sessionCookie("monolith", "s1")).withBody(CSRF_CONFIG)));
    }

    private List<LoggedRequest> runPixelRequests() {
        return server.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL)));
    }

    @Test
    void loginFetchesTheTokenAndEveryPostCarriesIt() throws Exception {
        stubLoggedInConfig();
        stubTokens("tok-1");
        server.stubFor(post(RUN_PIXEL).withHeader("X-CSRF-Token", equalTo("tok-1"))
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        server.stubFor(post(RUN_PIXEL).atPriority(10).willReturn(csrfRefusal()));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            transport.login(new CallHandle());
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("2;"), new CallHandle())));
        }
        LoggedRequest fetch = server.findAll(getRequestedFor(urlEqualTo(FETCH_CSRF))).get(0);
        assertEquals("monolith=s1", fetch.getHeader("Cookie"), "the token belongs to the logged-in session");
        assertEquals(2, runPixelRequests().size());
    }

    @Test
    void refusedTokenIsFetchedAgainAndThePostRetriedOnce() throws Exception {
        stubLoggedInConfig();
        stubTokens("tok-1", "tok-2");
        server.stubFor(post(RUN_PIXEL).withHeader("X-CSRF-Token", equalTo("tok-1")).willReturn(csrfRefusal()));
        server.stubFor(post(RUN_PIXEL).withHeader("X-CSRF-Token", equalTo("tok-2"))
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            transport.login(new CallHandle());
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
        }
        assertEquals(2, runPixelRequests().size());
        server.verify(2, getRequestedFor(urlEqualTo(FETCH_CSRF)));
    }

    @Test
    void refusedTwiceIsForbidden() {
        stubLoggedInConfig();
        stubTokens("tok-1", "tok-2");
        server.stubFor(post(RUN_PIXEL).willReturn(csrfRefusal()));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            transport.login(new CallHandle());
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.FORBIDDEN, e.kind());
            assertEquals(403, e.status());
        } catch (TransportException e) {
            throw new AssertionError(e);
        }
        assertEquals(2, runPixelRequests().size());
    }

    @Test
    void csrfIsDiscoveredFromTheRefusalWhenLoginWasNotCalled() throws Exception {
        stubTokens("tok-1");
        server.stubFor(post(RUN_PIXEL).inScenario("csrf").whenScenarioStateIs(STARTED).willSetStateTo("fetched")
                .willReturn(csrfRefusal().withHeader("Set-Cookie", sessionCookie("monolith", "s0"))));
        server.stubFor(post(RUN_PIXEL).inScenario("csrf").whenScenarioStateIs("fetched")
                .withHeader("X-CSRF-Token", equalTo("tok-1"))
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
        }
        assertEquals(2, runPixelRequests().size());
    }

    @Test
    void plain403WithoutCsrfIsAnHttpStatusAndNotRetried() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "text/html").withBody("<h1>Access denied by policy</h1>")));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.HTTP_STATUS, e.kind());
            assertEquals(403, e.status());
        }
        assertEquals(1, runPixelRequests().size());
        server.verify(0, getRequestedFor(urlEqualTo(FETCH_CSRF)));
    }

    @Test
    void nativeLoginUnderCsrfFetchesATokenBeforeAndAfterTheLogin() throws Exception {
        stubTokens("pre-login", "post-login");
        server.stubFor(post(LOGIN).withHeader("X-CSRF-Token", equalTo("pre-login"))
                .willReturn(aResponse().withStatus(200).withHeader("Set-Cookie", sessionCookie("monolith", "n1"))
                        .withBody("{\"success\":\"true\"}")));
        server.stubFor(post(LOGIN).atPriority(10).willReturn(csrfRefusal()));
        server.stubFor(get(CONFIG).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(CSRF_CONFIG)));
        server.stubFor(post(RUN_PIXEL).withHeader("X-CSRF-Token", equalTo("post-login"))
                .willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, new Credentials.Login("u", "p")))) {
            transport.login(new CallHandle());
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
        }
        server.verify(2, postRequestedFor(urlEqualTo(LOGIN)));
        assertEquals(1, runPixelRequests().size());
    }
}
