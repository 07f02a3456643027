package org.semossjdbc.reliability;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.testing.ScratchDatabase;
import org.semossjdbc.transport.SelfSignedCertificate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The emulator behind an HTTPS WireMock proxy whose self-signed certificate (made with keytool at test time) is issued
 * for {@code localhost} only: refused by default with a clear message, accepted with the driver's trust store
 * properties, and the host name verified (connecting by IP fails unless verification is turned off).
 */
class TlsTest {
    private static final String SECTION = "4-secrets";
    private static final String STORE_PASSWORD = "Tls-St0re-Pw-8nR2";

    /** The server's certificate; the extension needs its key store before any {@code @BeforeAll} runs. */
    private static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.forLocalhost("semoss");
    @RegisterExtension
    static final WireMockExtension https = CERTIFICATE.httpsWireMock();

    private static Path pem;
    private static Path pkcs12;
    @RegisterExtension
    static final ReliabilityEnvironment env = ReliabilityEnvironment.extension(ScratchDatabase.Backend.H2);

    @BeforeAll
    static void start() throws Exception {
        pem = CERTIFICATE.pem();
        pkcs12 = CERTIFICATE.trustStore("PKCS12", STORE_PASSWORD);
        https.stubFor(any(anyUrl()).willReturn(aResponse()
                .proxiedFrom(FaultProxy.originOf(env.semoss().apiBaseUrl()))));
    }

    private static String url(String host) {
        return env.urlVia("https://" + host + ":" + https.getHttpsPort() + "/Monolith/api") + "&connectTimeout=5";
    }

    private static int selectOne(String url, Properties properties) throws SQLException {
        try (Connection c = env.connect(url, properties); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    private static SQLException refusal(String url, Properties properties) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(SQLException.class, () -> selectOne(url, properties)));
    }

    @Test
    void aSelfSignedCertificateIsRefusedByDefaultWithAMessageNamingTheProperty() {
        SQLException e = refusal(url("localhost"), new Properties());
        ReliabilitySummary.row(SECTION, "tls default", "HTTPS, self-signed certificate, default trust",
                "refused: " + e.getClass().getSimpleName() + " " + e.getSQLState());
        assertInstanceOf(SQLNonTransientConnectionException.class, e);
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("not trusted"), e.getMessage());
        assertTrue(e.getMessage().contains("trustStore"),
                "the message tells the user which connection property to set: " + e.getMessage());
        assertFalse(e.getMessage().contains("sslTrustStore"),
                "the message names a property the driver does not have (DriverProperty.TRUST_STORE is trustStore): "
                        + e.getMessage());
    }

    @Test
    void aPemTrustStoreIsAccepted() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("trustStore", pem.toString());
        assertEquals(1, selectOne(url("localhost"), properties));
        ReliabilitySummary.row(SECTION, "tls pem", "HTTPS with trustStore=<PEM file>", "accepted, full SELECT");
    }

    @Test
    void aPkcs12TrustStoreIsAcceptedAndItsPasswordIsNeverShown() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("trustStore", pkcs12.toString());
        properties.setProperty("trustStorePassword", STORE_PASSWORD);
        try (Connection c = env.connect(url("localhost"), properties); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            assertTrue(rs.next());
            assertFalse(c.toString().contains(STORE_PASSWORD));
            assertFalse(c.getMetaData().getURL().contains(STORE_PASSWORD));
        }
        ReliabilitySummary.row(SECTION, "tls p12", "HTTPS with trustStore=<PKCS12> + trustStorePassword",
                "accepted; password absent from toString/getURL");
    }

    @Test
    void aWrongTrustStorePasswordIsASqlExceptionThatDoesNotShowIt() {
        Properties wrong = new Properties();
        wrong.setProperty("trustStore", pkcs12.toString());
        wrong.setProperty("trustStorePassword", "not-the-password-Zk3");
        Throwable thrown = assertThrows(Throwable.class, () -> selectOne(url("localhost"), wrong));
        ReliabilitySummary.row(SECTION, "tls wrong password", "HTTPS with a wrong trustStorePassword",
                thrown.getClass().getSimpleName() + (thrown instanceof SQLException e ? " " + e.getSQLState() : ""));
        assertFalse(String.valueOf(thrown.getMessage()).contains("not-the-password-Zk3"));
        assertInstanceOf(SQLException.class, thrown, "a wrong trust store password is a SQLException: " + thrown);
    }

    @Test
    void theHostNameIsVerifiedUnlessTurnedOff() throws Exception {
        Properties properties = new Properties();
        properties.setProperty("trustStore", pem.toString());
        SQLException e = refusal(url("127.0.0.1"), properties);
        assertEquals("08001", e.getSQLState());
        assertTrue(e.getMessage().contains("host name"), e.getMessage());
        properties.setProperty("verifyHostname", "false");
        assertEquals(1, selectOne(url("127.0.0.1"), properties));
        ReliabilitySummary.row(SECTION, "tls host", "HTTPS to 127.0.0.1 with a certificate for localhost only",
                "refused (" + e.getSQLState() + ", host name); accepted with verifyHostname=false");
    }
}
