package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.emulator.SemossEmulator.Permission;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase.Backend;
import org.semossjdbc.transport.TransportException.Kind;

/** The transport against the SEMOSS emulator: real login flows, session expiry, CSRF and dropped connections. */
class HttpTransportEmulatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> META_NEW = pixel("META | true;");

    @RegisterExtension
    final EmulatedSemoss fixture = users(EmulatedSemoss.on(Backend.H2)).build();

    private SemossEmulator emulator() {
        return fixture.semoss();
    }

    private static EmulatedSemoss.Builder users(EmulatedSemoss.Builder builder) {
        return builder.accessKeyUser("alice", "alice-access", "alice-secret-3k", Permission.OWNER)
                .nativeUser("jdbcuser", "jdbc-pw-8s", Permission.READ_ONLY)
                .bearerUser("carol", "carol-token-2w", "keycloak", Permission.EDIT);
    }

    private static HttpTransport transport(SemossEmulator server, Credentials credentials) {
        return HttpTransport.create(new TransportConfig(URI.create(server.apiBaseUrl()), credentials,
                Duration.ofSeconds(5), Duration.ofSeconds(30), null, null, null, true, null, "semoss-jdbc-test"));
    }

    private static JsonNode runMeta(HttpTransport transport) throws Exception {
        try (TransportResponse response = transport.postForm("/engine/runPixel", META_NEW, new CallHandle())) {
            assertEquals(200, response.status());
            return JSON.readTree(readAll(response));
        }
    }

    private static void assertPixelAnswer(JsonNode envelope) {
        assertFalse(envelope.path("insightID").asText().isEmpty(), envelope.toString());
        assertTrue(envelope.path("pixelReturn").isArray(), envelope.toString());
    }

    @Test
    void accessKeyLoginAndRunPixel() throws Exception {
        try (HttpTransport transport = transport(emulator(),
                new Credentials.AccessKey("alice-access", "alice-secret-3k"))) {
            transport.login(new CallHandle());
            assertPixelAnswer(runMeta(transport));
            assertPixelAnswer(runMeta(transport));
            assertEquals(1, transport.sessionGeneration());
        }
    }

    @Test
    void nativeLoginAndRunPixel() throws Exception {
        try (HttpTransport transport = transport(emulator(), new Credentials.Login("jdbcuser", "jdbc-pw-8s"))) {
            transport.login(new CallHandle());
            assertPixelAnswer(runMeta(transport));
        }
    }

    @Test
    void bearerLoginAndRunPixel() throws Exception {
        try (HttpTransport transport = transport(emulator(), new Credentials.Bearer("carol-token-2w", "keycloak"))) {
            transport.login(new CallHandle());
            assertPixelAnswer(runMeta(transport));
        }
    }

    @Test
    void wrongCredentialsAreRefused() {
        try (HttpTransport basic = transport(emulator(), new Credentials.AccessKey("alice-access", "wrong-secret"));
             HttpTransport login = transport(emulator(), new Credentials.Login("jdbcuser", "wrong-password"))) {
            assertEquals(Kind.NOT_AUTHENTICATED,
                    assertThrows(TransportException.class, () -> basic.login(new CallHandle())).kind());
            assertEquals(Kind.NOT_AUTHENTICATED,
                    assertThrows(TransportException.class, () -> login.login(new CallHandle())).kind());
            emulator().hooks().resetCounters();
            TransportException e = assertThrows(TransportException.class,
                    () -> basic.postForm("/engine/runPixel", META_NEW, new CallHandle()));
            assertEquals(Kind.NOT_AUTHENTICATED, e.kind());
            // The emulator counts runPixel only past its login filter, so count every request: refusal, retry, stop.
            assertEquals(2, emulator().hooks().requestCount(), "one refusal, one retry, then give up");
        }
    }

    @Test
    void expiredAccessKeySessionIsReplacedByResendingBasic() throws Exception {
        assertSessionReplaced(new Credentials.AccessKey("alice-access", "alice-secret-3k"), 2);
    }

    @Test
    void expiredNativeSessionIsReplacedByLoggingInAgain() throws Exception {
        assertSessionReplaced(new Credentials.Login("jdbcuser", "jdbc-pw-8s"), 3);
    }

    private void assertSessionReplaced(Credentials credentials, int expectedRequests) throws Exception {
        try (HttpTransport transport = transport(emulator(), credentials)) {
            transport.login(new CallHandle());
            runMeta(transport);
            emulator().hooks().expireAllSessions();
            emulator().hooks().resetCounters();
            assertPixelAnswer(runMeta(transport));
            // 302, (POST /auth/login for a native user), the retried runPixel.
            assertEquals(expectedRequests, emulator().hooks().requestCount());
            assertEquals(1, emulator().hooks().runPixelCount());
            assertEquals(2, transport.sessionGeneration());
        }
    }

    @Test
    void csrfProtectedServerWorks() throws Exception {
        try (EmulatedSemoss csrf = users(EmulatedSemoss.on(Backend.H2)).configure(b -> b.csrf(true)).start()) {
            csrfProtectedServerWorks(csrf.semoss());
        }
    }

    private void csrfProtectedServerWorks(SemossEmulator csrfEmulator) throws Exception {
        try (HttpTransport transport = transport(csrfEmulator,
                new Credentials.AccessKey("alice-access", "alice-secret-3k"))) {
            transport.login(new CallHandle());
            assertPixelAnswer(runMeta(transport));
            csrfEmulator.hooks().expireAllSessions();
            assertPixelAnswer(runMeta(transport));
        }
        try (HttpTransport transport = transport(csrfEmulator, new Credentials.Login("jdbcuser", "jdbc-pw-8s"))) {
            transport.login(new CallHandle());
            assertPixelAnswer(runMeta(transport));
        }
    }

    @Test
    void responseLostAfterExecutionIsConnectionLostAndNotRetried() throws Exception {
        try (HttpTransport transport = transport(emulator(),
                new Credentials.AccessKey("alice-access", "alice-secret-3k"))) {
            transport.login(new CallHandle());
            emulator().hooks().resetCounters();
            emulator().hooks().dropNextResponsesAfterExecution(1);
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", META_NEW, new CallHandle()));
            assertEquals(Kind.CONNECTION_LOST, e.kind());
            assertTrue(e.requestSent());
            assertEquals(1, emulator().hooks().runPixelCount());
            assertPixelAnswer(runMeta(transport));
        }
    }

    @Test
    void logoutEndsTheSessionAndTheNextCallLogsInAgain() throws Exception {
        try (HttpTransport transport = transport(emulator(), new Credentials.Login("jdbcuser", "jdbc-pw-8s"))) {
            transport.login(new CallHandle());
            transport.logout();
            assertPixelAnswer(runMeta(transport));
            assertEquals(2, transport.sessionGeneration());
        }
    }
}
