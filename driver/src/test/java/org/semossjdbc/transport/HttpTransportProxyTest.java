package org.semossjdbc.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.semossjdbc.transport.TransportTestSupport.API;
import static org.semossjdbc.transport.TransportTestSupport.BASIC;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.RUN_PIXEL;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests through an HTTP proxy (a second WireMock acting as a forwarding proxy), with and without proxy auth. */
class HttpTransportProxyTest {

    @RegisterExtension
    final WireMockExtension target = WireMockExtension.newInstance()
            .options(options().dynamicPort()).build();
    @RegisterExtension
    final WireMockExtension proxy = WireMockExtension.newInstance()
            .options(options().dynamicPort().enableBrowserProxying(true)).build();

    @BeforeEach
    void start() {
        target.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
    }

    private TransportConfig throughProxy(String user, String password) {
        return new TransportConfig(URI.create("http://localhost:" + target.getPort() + API), accessKey(),
                Duration.ofSeconds(5), Duration.ofSeconds(5), null, null, null, true,
                new TransportConfig.ProxyConfig("localhost", proxy.getPort(), user, password), "semoss-jdbc-test");
    }

    @Test
    void requestsGoThroughTheConfiguredProxy() throws Exception {
        try (HttpTransport transport = HttpTransport.create(throughProxy(null, null))) {
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
        }
        List<LoggedRequest> atProxy = proxy.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL)));
        assertEquals(1, atProxy.size(), "the proxy must see the request");
        assertEquals("http://localhost:" + target.getPort() + RUN_PIXEL, atProxy.get(0).getAbsoluteUrl());
        List<LoggedRequest> atTarget = target.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL)));
        assertEquals(1, atTarget.size());
        assertEquals(BASIC, atTarget.get(0).getHeader("Authorization"));
    }

    @Test
    void proxyAuthenticationAnswersThe407WithBasic() throws Exception {
        proxy.stubFor(any(anyUrl()).withHeader("Proxy-Authorization", absent())
                .willReturn(aResponse().withStatus(407).withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
        try (HttpTransport transport = HttpTransport.create(throughProxy("proxyuser", "proxy-pw-5"))) {
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
        }
        List<LoggedRequest> atProxy = proxy.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL)));
        assertEquals(2, atProxy.size());
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString("proxyuser:proxy-pw-5".getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, atProxy.get(1).getHeader("Proxy-Authorization"));
        assertEquals(1, target.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL))).size());
    }

    @Test
    void wrongProxyCredentialsStopAfterOneAttempt() {
        proxy.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(407)
                .withHeader("Proxy-Authenticate", "Basic realm=\"corp\"")));
        try (HttpTransport transport = HttpTransport.create(throughProxy("proxyuser", "wrong"))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(TransportException.Kind.HTTP_STATUS, e.kind());
            assertEquals(407, e.status());
            assertFalse(e.getMessage().contains("wrong"));
        }
        assertEquals(2, proxy.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL))).size());
        assertEquals(0, target.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL))).size());
    }
}
