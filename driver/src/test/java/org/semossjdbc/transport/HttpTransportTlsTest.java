package org.semossjdbc.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.RUN_PIXEL;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.semossjdbc.transport.TransportException.Kind;

/**
 * TLS against a WireMock HTTPS server whose self-signed certificate is made with keytool at test time, issued for
 * {@code localhost} only (so connecting by IP tests host name verification).
 */
class HttpTransportTlsTest {

    private static final String STORE_PASSWORD = SelfSignedCertificate.STORE_PASSWORD;

    private static final SelfSignedCertificate serverCertificate = SelfSignedCertificate.forLocalhost("server");
    @RegisterExtension
    static final WireMockExtension server = serverCertificate.httpsWireMock();

    @TempDir
    static Path directory;
    private static Path serverPem;
    private static Path otherPem;
    private static Path trustP12;
    private static Path trustJks;

    @BeforeAll
    static void createCertificatesAndStub() throws Exception {
        serverPem = serverCertificate.pem();
        otherPem = SelfSignedCertificate.issue(directory, "other", "other.example", null).pem();
        trustP12 = serverCertificate.trustStore("PKCS12", STORE_PASSWORD);
        trustJks = serverCertificate.trustStore("JKS", STORE_PASSWORD);
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200).withBody(PIXEL_OK)));
    }

    private static TransportConfig tls(String host, Path trustStore, String type, String password,
                                       boolean verifyHostname) {
        return new TransportConfig(URI.create("https://" + host + ":" + server.getHttpsPort() + "/Monolith/api"),
                accessKey(), Duration.ofSeconds(5), Duration.ofSeconds(5), trustStore, password, type,
                verifyHostname, null, "semoss-jdbc-test");
    }

    private static String runPixel(TransportConfig config) throws IOException {
        try (HttpTransport transport = HttpTransport.create(config)) {
            return readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
        }
    }

    @Test
    void selfSignedCertificateIsRefusedByTheJvmTrustStore() {
        TransportException e = assertThrows(TransportException.class,
                () -> runPixel(tls("localhost", null, null, null, true)));
        assertEquals(Kind.TLS_UNTRUSTED, e.kind());
        assertFalse(e.requestSent());
        assertTrue(e.getMessage().contains("not trusted; configure the trustStore property"), e.getMessage());
    }

    @Test
    void pemTrustStoreIsAccepted() throws Exception {
        assertEquals(PIXEL_OK, runPixel(tls("localhost", serverPem, null, null, true)));
    }

    @Test
    void pemFileWithSeveralCertificatesTrustsEachOfThem() throws Exception {
        Path bundle = directory.resolve("bundle.crt");
        Files.writeString(bundle, "# corporate bundle\n" + Files.readString(otherPem) + "\n"
                + Files.readString(serverPem));
        assertEquals(PIXEL_OK, runPixel(tls("localhost", bundle, null, null, true)));
    }

    @Test
    void pemWithOnlyAnotherCertificateIsStillUntrusted() {
        TransportException e = assertThrows(TransportException.class,
                () -> runPixel(tls("localhost", otherPem, "PEM", null, true)));
        assertEquals(Kind.TLS_UNTRUSTED, e.kind());
    }

    @Test
    void pkcs12AndJksTrustStoresAreAccepted() throws Exception {
        assertEquals(PIXEL_OK, runPixel(tls("localhost", trustP12, null, STORE_PASSWORD, true)));
        assertEquals(PIXEL_OK, runPixel(tls("localhost", trustJks, "JKS", STORE_PASSWORD, true)));
    }

    @Test
    void hostNameIsVerifiedUnlessTurnedOff() throws Exception {
        TransportException e = assertThrows(TransportException.class,
                () -> runPixel(tls("127.0.0.1", serverPem, null, null, true)));
        assertEquals(Kind.TLS_UNTRUSTED, e.kind());
        assertTrue(e.getMessage().contains("host name"), e.getMessage());
        assertEquals(PIXEL_OK, runPixel(tls("127.0.0.1", serverPem, null, null, false)));
    }

    @Test
    void aTlsConnectionTheServerClosedIsSkippedAndAReusedOneIsKept() throws Exception {
        try (KeepAliveServer keepAlive = new KeepAliveServer(PIXEL_OK,
                serverCertificate.serverContext().getServerSocketFactory());
             HttpTransport transport = HttpTransport.create(new TransportConfig(URI.create(keepAlive.baseUrl(
                     "localhost")), accessKey(), Duration.ofSeconds(5), Duration.ofSeconds(5), serverPem, null, null,
                     true, null, "semoss-jdbc-test"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"),
                        new CallHandle())));
            }
            assertEquals(1, keepAlive.connections(), "the probe leaves a live TLS connection in use");

            keepAlive.closeConnections();
            Thread.sleep(300);
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())));
            assertEquals(4, keepAlive.requests(), "sent once, on a new connection");
            assertEquals(2, keepAlive.connections());
        }
    }

    @Test
    void unreadableTrustStoreFailsAtCreationWithoutThePassword() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> HttpTransport.create(tls("localhost", directory.resolve("missing.pem"), "PEM", null, true)));
        assertTrue(missing.getMessage().contains("missing.pem"), missing.getMessage());
        IllegalArgumentException wrongPassword = assertThrows(IllegalArgumentException.class,
                () -> HttpTransport.create(tls("localhost", trustP12, "PKCS12", "not-the-password-31", true)));
        assertFalse(wrongPassword.getMessage().contains("not-the-password-31"), wrongPassword.getMessage());
    }
}
