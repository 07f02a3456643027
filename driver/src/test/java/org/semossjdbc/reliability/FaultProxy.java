package org.semossjdbc.reliability;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock in front of the emulator: every request is proxied through, except the one {@code runPixel} request a test
 * arms a fault for. Faults are counted from the moment they are armed ({@link #failRunPixel}), so a test warms its
 * connection up first and then knows exactly which request gets hurt.
 */
final class FaultProxy implements AutoCloseable {
    static final String RUN_PIXEL = "/Monolith/api/engine/runPixel";
    /** Proxied, then the body cut in half: the server ran the request, the client gets broken JSON. */
    static final String TRUNCATE = "truncate-body";
    private static final String SCENARIO = "fault";
    private static final String SPENT = "spent";

    private final WireMockServer server;
    private final String target;

    FaultProxy(String targetOrigin) {
        this(targetOrigin, 0);
    }

    FaultProxy(String targetOrigin, int port) {
        this.target = targetOrigin;
        this.server = new WireMockServer(options().port(port).extensions(new TruncateBody())
                .containerThreads(40).asynchronousResponseEnabled(false));
        server.start();
        proxyEverything();
    }

    /** {@code http://127.0.0.1:<port>} of an emulator, from its API base URL. */
    static String originOf(String apiBaseUrl) {
        return apiBaseUrl.substring(0, apiBaseUrl.indexOf('/', "http://".length()));
    }

    private void proxyEverything() {
        server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().proxiedFrom(target)));
    }

    int port() {
        return server.port();
    }

    /** The API base URL through the proxy. */
    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.port() + "/Monolith/api";
    }

    /**
     * The {@code n}-th runPixel request from now (1 = the next one) gets {@code fault}; the ones before it and after it
     * are proxied to the emulator.
     */
    void failRunPixel(int n, ResponseDefinitionBuilder fault) {
        failRunPixels(n, 1, fault);
    }

    /** runPixel requests number {@code first} to {@code first + times - 1} from now get {@code fault}. */
    void failRunPixels(int first, int times, ResponseDefinitionBuilder fault) {
        server.resetAll();
        proxyEverything();
        String state = Scenario.STARTED;
        for (int i = 1; i < first + times; i++) {
            String next = i == first + times - 1 ? SPENT : "after-" + i;
            server.stubFor(post(urlPathEqualTo(RUN_PIXEL)).atPriority(1).inScenario(SCENARIO)
                    .whenScenarioStateIs(state).willSetStateTo(next)
                    .willReturn(i < first ? aResponse().proxiedFrom(target) : fault));
            state = next;
        }
    }

    /** The next runPixel request gets {@code fault}. */
    void failNextRunPixel(ResponseDefinitionBuilder fault) {
        failRunPixel(1, fault);
    }

    /** Every request, on any path, gets {@code answer} (a server that is broken for good). */
    void answerEverything(ResponseDefinitionBuilder answer) {
        server.resetAll();
        server.stubFor(any(anyUrl()).willReturn(answer));
    }

    /** A proxied answer, for faults that need the server to really run the request. */
    ResponseDefinitionBuilder proxied() {
        return aResponse().proxiedFrom(target);
    }

    /** runPixel requests received since the last fault was armed (or {@link #resetCounts()}). */
    int runPixelRequests() {
        return server.countRequestsMatching(postRequestedFor(urlPathEqualTo(RUN_PIXEL)).build()).getCount();
    }

    /** Requests of any kind received since the last reset. */
    int allRequests() {
        return server.countRequestsMatching(RequestPattern.everything())
                .getCount();
    }

    /** The values of every session cookie the server set in answers seen so far ({@code name=value} pairs). */
    List<String> cookieValuesSet() {
        List<String> values = new ArrayList<>();
        for (ServeEvent event : server.getAllServeEvents()) {
            HttpHeader header = event.getResponse().getHeaders()
                    .getHeader("Set-Cookie");
            if (header.isPresent()) {
                for (String cookie : header.values()) {
                    String pair = cookie.split(";", 2)[0];
                    String value = pair.substring(pair.indexOf('=') + 1);
                    if (value.length() >= 8) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    /** Every exchange seen since the last reset, newest first. */
    List<ServeEvent> serveEvents() {
        return server.getAllServeEvents();
    }

    /** Forgets faults and counts; everything is proxied again. */
    void resetCounts() {
        server.resetScenarios();
        server.resetRequests();
    }

    /** Removes armed faults that have not fired. */
    void disarm() {
        server.resetAll();
        proxyEverything();
    }

    void stop() {
        server.stop();
    }

    boolean isRunning() {
        return server.isRunning();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Cuts the (proxied) body in half, keeping status and headers: broken JSON for work the server did. */
    private static final class TruncateBody implements ResponseTransformerV2 {
        @Override
        public Response transform(Response response, ServeEvent serveEvent) {
            byte[] body = response.getBody();
            return Response.Builder.like(response).but().body(Arrays.copyOf(body, body.length / 2)).build();
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRUNCATE;
        }
    }
}
