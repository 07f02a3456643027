package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS through an HTTP proxy: each connection is a CONNECT tunnel ({@link ConnectProxy}) to a TLS keep-alive server
 * ({@link KeepAliveServer}), so the socket the probe reads before reusing a connection is the one to the proxy, under
 * the TLS socket to the server.
 */
class HttpTransportTunnelTest {

    /** Long enough for a FIN sent on loopback to have arrived; far below OkHttp's own 10 s idle check. */
    private static final long FIN_ARRIVAL_MILLIS = 300;
    private static final String PROXY_USER = "proxyuser";
    private static final String PROXY_PASSWORD = "proxy-pw-7";

    @TempDir
    static Path directory;
    private static SelfSignedCertificate certificate;

    @BeforeAll
    static void createCertificate() throws Exception {
        certificate = SelfSignedCertificate.issue(directory, "server", "localhost", "localhost");
    }

    private static KeepAliveServer httpsServer() throws Exception {
        return new KeepAliveServer(PIXEL_OK, certificate.serverContext().getServerSocketFactory());
    }

    private static HttpTransport throughProxy(KeepAliveServer server, ConnectProxy proxy, String user,
                                              String password) {
        return HttpTransport.create(new TransportConfig(URI.create(server.baseUrl("localhost")), accessKey(),
                Duration.ofSeconds(5), Duration.ofSeconds(5), certificate.pem(), null, null, true,
                new TransportConfig.ProxyConfig(proxy.host(), proxy.port(), user, password), "semoss-jdbc-test"));
    }

    private static String post(HttpTransport transport) throws Exception {
        return readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void httpsRequestsGoThroughOneTunnelThatIsReused() throws Exception {
        try (KeepAliveServer server = httpsServer();
             ConnectProxy proxy = new ConnectProxy();
             HttpTransport transport = throughProxy(server, proxy, null, null)) {
            for (int i = 0; i < 3; i++) {
                assertEquals(PIXEL_OK, post(transport));
            }
            assertEquals(3, server.requests());
            assertEquals(1, proxy.connects(), "one CONNECT: the probe leaves a live tunnelled TLS connection in use");
            assertEquals(1, server.connections());
        }
    }

    @Test
    void aTunnelTheProxyClosedIsSkippedAndTheRequestGoesOutOnceOnANewOne() throws Exception {
        try (KeepAliveServer server = httpsServer();
             ConnectProxy proxy = new ConnectProxy();
             HttpTransport transport = throughProxy(server, proxy, null, null)) {
            assertEquals(PIXEL_OK, post(transport));
            assertEquals(PIXEL_OK, post(transport));
            assertEquals(1, proxy.connects());

            proxy.closeTunnels();
            Thread.sleep(FIN_ARRIVAL_MILLIS);
            assertEquals(PIXEL_OK, post(transport), "the closed tunnel is skipped, not written into");
            assertEquals(3, server.requests(), "each request reached the server exactly once");
            assertEquals(2, proxy.connects(), "a new tunnel");
            assertEquals(2, server.connections());
        }
    }

    @Test
    void proxyCredentialsOpenTheTunnel() throws Exception {
        try (KeepAliveServer server = httpsServer();
             ConnectProxy proxy = new ConnectProxy(PROXY_USER, PROXY_PASSWORD);
             HttpTransport transport = throughProxy(server, proxy, PROXY_USER, PROXY_PASSWORD)) {
            assertEquals(PIXEL_OK, post(transport));
            assertEquals(PIXEL_OK, post(transport));
            // OkHttp asks the proxy authenticator before a CONNECT, so the credentials go with the first one: one
            // CONNECT, no 407 round trip, and the tunnel serves both requests.
            assertEquals(List.of(basic(PROXY_USER, PROXY_PASSWORD)), proxy.authorizations());
            assertEquals(2, server.requests());
        }
    }

    @Test
    void aProxyRefusingTheCredentialsFailsTheCallWithoutRevealingThePassword() throws Exception {
        String wrongPassword = "wrong-proxy-pw-3";
        try (KeepAliveServer server = httpsServer();
             ConnectProxy proxy = new ConnectProxy(PROXY_USER, PROXY_PASSWORD);
             HttpTransport transport = throughProxy(server, proxy, PROXY_USER, wrongPassword)) {
            TransportException e = assertThrows(TransportException.class, () -> post(transport));
            assertEquals(TransportException.Kind.HTTP_STATUS, e.kind(), e.getMessage());
            assertEquals(407, e.status(), "as through a plain-HTTP proxy");
            assertTrue(e.getMessage().contains("The proxy refused the proxy credentials"), e.getMessage());
            assertFalse(e.requestSent(), "the server never saw the request");
            assertEquals(0, server.requests());
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            for (String secret : List.of(wrongPassword, basic(PROXY_USER, wrongPassword).substring(6))) {
                assertFalse(e.getMessage().contains(secret), e.getMessage());
                assertFalse(e.toString().contains(secret), e.toString());
                assertFalse(trace.toString().contains(secret), "nowhere in the exception chain");
            }
            assertEquals(List.of(basic(PROXY_USER, wrongPassword)), proxy.authorizations(),
                    "refused credentials are not sent again");
        }
    }

    @Test
    void aProxyAskingForCredentialsNoneAreConfiguredForFailsOnceAndSaysWhatToSet() throws Exception {
        try (KeepAliveServer server = httpsServer();
             ConnectProxy proxy = new ConnectProxy(PROXY_USER, PROXY_PASSWORD);
             HttpTransport transport = throughProxy(server, proxy, null, null)) {
            TransportException e = assertThrows(TransportException.class, () -> post(transport));
            assertEquals(TransportException.Kind.HTTP_STATUS, e.kind(), e.getMessage());
            assertEquals(407, e.status());
            assertTrue(e.getMessage().contains("set proxyUser and proxyPassword"), e.getMessage());
            assertFalse(e.requestSent());
            assertEquals(1, proxy.connects(), "a refusal that will not change is not retried");
            assertEquals(0, server.requests());
        }
    }
}
