package org.semossjdbc.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.RUN_PIXEL;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.config;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;

import java.io.InputStream;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.http.Fault;

import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.LogCapture;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.transport.TransportException.Kind;

/**
 * Connect failures, broken connections, timeouts, cancel and error pages. Delays are long (seconds) and the time
 * limits short, so the assertions "failed before the server would have answered" have wide margins.
 */
class HttpTransportFailureTest {

    /** How long a slow stub takes; every bounded call must fail well before it. */
    private static final int SLOW_MILLIS = 6_000;

    // Gzip off: WireMock compresses a dribbled body as a whole, which would hold back its first bytes.
    @RegisterExtension
    final WireMockExtension server = WireMockExtension.newInstance()
            .options(options().dynamicPort().gzipDisabled(true)).build();

    private int runPixelCount() {
        return server.findAll(postRequestedFor(urlEqualTo(RUN_PIXEL))).size();
    }

    @Test
    void refusedConnectionIsRetriedOnceThenConnectFailedWithNothingSent() throws Exception {
        assumeFalse(Log.usesSlf4j(), "attempts are counted through java.util.logging");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        TransportConfig config = TransportTestSupport.config("http://127.0.0.1:" + closedPort + "/Monolith/api",
                accessKey(), Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (LogCapture log = LogCapture.of("org.semossjdbc.transport");
             HttpTransport transport = HttpTransport.create(config)) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.CONNECT_FAILED, e.kind());
            assertFalse(e.requestSent());
            long attempts = log.messages().stream()
                    .filter(m -> m.startsWith("POST /Monolith/api/engine/runPixel failed")).count();
            assertEquals(2, attempts, String.valueOf(log.messages()));
        }
    }

    @Test
    void unknownHostIsConnectFailed() {
        TransportConfig config = TransportTestSupport.config("http://semoss.invalid/Monolith/api", accessKey(),
                Duration.ofSeconds(2), Duration.ofSeconds(2));
        try (HttpTransport transport = HttpTransport.create(config)) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.CONNECT_FAILED, e.kind());
            assertFalse(e.requestSent());
        }
    }

    @Test
    void resetBeforeTheResponseIsConnectionLostAndNeverRetried() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.CONNECTION_LOST, e.kind());
            assertTrue(e.requestSent(), "the server had the request: a write's fate is unknown");
        }
        assertEquals(1, runPixelCount());
    }

    @Test
    void resetInTheMiddleOfTheBodyIsConnectionLost() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportResponse response = transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle());
            assertEquals(200, response.status());
            TransportException e = assertThrows(TransportException.class, () -> readAll(response));
            assertEquals(Kind.CONNECTION_LOST, e.kind());
            assertTrue(e.requestSent());
        }
        assertEquals(1, runPixelCount());
    }

    @Test
    void silentServerHitsTheReadTimeout() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withFixedDelay(SLOW_MILLIS).withBody(PIXEL_OK)));
        TransportConfig config = TransportTestSupport.config("http://localhost:" + server.getPort() + "/Monolith/api",
                accessKey(), Duration.ofSeconds(2), Duration.ofMillis(300));
        try (HttpTransport transport = HttpTransport.create(config)) {
            long started = System.nanoTime();
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.TIMEOUT, e.kind());
            assertTrue(e.requestSent());
            assertTrue(elapsedMillis(started) < SLOW_MILLIS, "timed out only when the server answered");
        }
        assertEquals(1, runPixelCount());
    }

    @Test
    void handleDeadlineBoundsTheWholeCall() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withFixedDelay(SLOW_MILLIS).withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            long started = System.nanoTime();
            TransportException e = assertThrows(TransportException.class, () -> transport.postForm(
                    "/engine/runPixel", pixel("1;"), new CallHandle(Duration.ofMillis(400))));
            assertEquals(Kind.TIMEOUT, e.kind());
            assertTrue(e.requestSent());
            assertTrue(elapsedMillis(started) < SLOW_MILLIS);
        }
    }

    @Test
    void handleDeadlineAlsoCoversReadingTheStreamedBody() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withBody("x".repeat(20_000))
                .withChunkedDribbleDelay(40, SLOW_MILLIS)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            long started = System.nanoTime();
            TransportResponse response = transport.postForm("/engine/runPixel", pixel("1;"),
                    new CallHandle(Duration.ofMillis(800)));
            TransportException e = assertThrows(TransportException.class, () -> readAll(response));
            assertEquals(Kind.TIMEOUT, e.kind());
            assertTrue(elapsedMillis(started) < SLOW_MILLIS);
        }
    }

    @Test
    void cancelFromAnotherThreadStopsTheCallInFlight() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withFixedDelay(SLOW_MILLIS).withBody(PIXEL_OK)));
        CallHandle handle = new CallHandle();
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            CompletableFuture<Void> canceller = CompletableFuture.runAsync(() -> {
                awaitRequestAtServer();
                handle.cancel();
            });
            long started = System.nanoTime();
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), handle));
            assertEquals(Kind.CANCELLED, e.kind());
            assertTrue(e.requestSent());
            assertTrue(handle.isCancelled());
            assertTrue(elapsedMillis(started) < SLOW_MILLIS);
            canceller.get(5, TimeUnit.SECONDS);
        }
        assertEquals(1, runPixelCount(), "a cancelled call is never retried");
    }

    @Test
    void anInterruptOfTheCallingThreadAbandonsTheCallAsACancel() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withFixedDelay(SLOW_MILLIS).withBody(PIXEL_OK)));
        Thread caller = Thread.currentThread();
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            CompletableFuture<Void> interrupter = CompletableFuture.runAsync(() -> {
                awaitRequestAtServer();
                caller.interrupt();
            });
            long started = System.nanoTime();
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertTrue(Thread.interrupted(), "the interrupt status is kept for the caller");
            assertEquals(Kind.CANCELLED, e.kind(), e.getMessage());
            assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
            assertTrue(e.requestSent());
            assertTrue(elapsedMillis(started) < SLOW_MILLIS, "abandoned at once, not after the server answered");
            interrupter.get(5, TimeUnit.SECONDS);
        } finally {
            Thread.interrupted();
        }
        assertEquals(1, runPixelCount(), "an abandoned call is never retried");
    }

    @Test
    void anInterruptedThreadSendsNothingAndIsToldSo() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withBody(PIXEL_OK)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            Thread.currentThread().interrupt();
            try {
                TransportException e = assertThrows(TransportException.class,
                        () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
                assertEquals(Kind.CANCELLED, e.kind(), e.getMessage());
                assertFalse(e.requestSent(), "nothing left the client: the caller knows the write was not applied");
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is the caller's to clear");
            } finally {
                Thread.interrupted();
            }
            assertEquals(0, runPixelCount());
            assertEquals(PIXEL_OK, readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle())),
                    "the transport works again once the interrupt is cleared");
        }
    }

    @Test
    void cancelWhileReadingTheBodyStopsTheRead() throws Exception {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withBody("x".repeat(20_000))
                .withChunkedDribbleDelay(40, SLOW_MILLIS)));
        CallHandle handle = new CallHandle();
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportResponse response = transport.postForm("/engine/runPixel", pixel("1;"), handle);
            InputStream body = response.body();
            assertTrue(body.read() >= 0, "the first chunk arrives");
            handle.cancel();
            TransportException e = assertThrows(TransportException.class, () -> readAll(response));
            assertEquals(Kind.CANCELLED, e.kind());
        }
    }

    @Test
    void cancelledHandleSendsNothing() {
        CallHandle handle = new CallHandle();
        handle.cancel();
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), handle));
            assertEquals(Kind.CANCELLED, e.kind());
            assertFalse(e.requestSent());
        }
        assertEquals(0, runPixelCount());
    }

    @Test
    void recordedErrorPageBecomesHttpStatusWithACleanMessage() throws Exception {
        JsonNode recorded = new ObjectMapper().readTree(
                getClass().getResourceAsStream("/semoss-transcripts/007-runpixel-malformed-basic.json"));
        String html = recorded.path("response").path("body").asText();
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "text/html").withBody(html)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.HTTP_STATUS, e.kind());
            assertEquals(500, e.status());
            assertTrue(e.getMessage().endsWith(": Error Occurred Please reach out to an administrator."),
                    e.getMessage());
        }
        assertEquals(1, runPixelCount(), "a 500 is never retried");
    }

    @Test
    void proxyErrorPagesAreCappedAndStripped() {
        String page = "<html><head><style>body{color:red}</style></head><body><h1>502 Bad Gateway</h1>"
                + "<p>" + "upstream failed ".repeat(100) + "</p></body></html>";
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html; charset=utf-8").withBody(page)));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(502, e.status());
            assertTrue(e.getMessage().contains(": 502 Bad Gateway upstream failed"), e.getMessage());
            assertFalse(e.getMessage().contains("<") || e.getMessage().contains("color:red"), e.getMessage());
            assertTrue(e.getMessage().length() < 300, e.getMessage());
        }
    }

    @Test
    void htmlWithStatus200IsNotPassedOnAsAResponse() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><body>Please sign in</body></html>")));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertEquals(Kind.HTTP_STATUS, e.kind());
            assertTrue(e.getMessage().endsWith(": Please sign in"), e.getMessage());
        }
    }

    @Test
    void jsonServerErrorKeepsTheServersMessage() {
        server.stubFor(post(RUN_PIXEL).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errorMessage\":\"An unexpected error happened. Please try again.\"}")));
        try (HttpTransport transport = HttpTransport.create(config(server, accessKey()))) {
            TransportException e = assertThrows(TransportException.class,
                    () -> transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
            assertTrue(e.getMessage().endsWith(": An unexpected error happened. Please try again."), e.getMessage());
        }
    }

    private void awaitRequestAtServer() {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (runPixelCount() == 0 && System.nanoTime() < until) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
