package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.transport.TransportTestSupport.PIXEL_OK;
import static org.semossjdbc.transport.TransportTestSupport.accessKey;
import static org.semossjdbc.transport.TransportTestSupport.config;
import static org.semossjdbc.transport.TransportTestSupport.pixel;
import static org.semossjdbc.transport.TransportTestSupport.readAll;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.semossjdbc.transport.TransportException.Kind;

/**
 * Pooled keep-alive connections the server has closed (its FIN already received) are found before a request is
 * written on them: the request goes out once, on a new connection, and a server that is gone is a connect failure
 * (nothing sent), never a broken connection after sending.
 */
class PooledConnectionTest {

    /** Long enough for a FIN sent on loopback to have arrived; far below OkHttp's own 10 s idle check. */
    private static final long FIN_ARRIVAL_MILLIS = 300;

    private static String post(HttpTransport transport) throws Exception {
        return readAll(transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle()));
    }

    @Test
    void aConnectionTheServerClosedIsNotUsedAndTheRequestGoesOutOnce() throws Exception {
        try (KeepAliveServer server = new KeepAliveServer(PIXEL_OK);
             HttpTransport transport = HttpTransport.create(config(server.baseUrl(), accessKey(),
                     Duration.ofSeconds(5), Duration.ofSeconds(5)))) {
            assertEquals(PIXEL_OK, post(transport));
            assertEquals(PIXEL_OK, post(transport));
            assertEquals(1, server.connections(), "keep-alive: both requests on one connection");

            server.closeConnections();
            Thread.sleep(FIN_ARRIVAL_MILLIS);
            assertEquals(PIXEL_OK, post(transport), "the closed connection is skipped, not written into");
            assertEquals(3, server.requests(), "each request reached the server exactly once");
            assertEquals(2, server.connections());
        }
    }

    @Test
    void everyClosedConnectionOfThePoolIsSkippedWithoutUsingTheRetry() throws Exception {
        int parallel = 4;
        try (KeepAliveServer server = new KeepAliveServer(PIXEL_OK)) {
            TransportConfig config = config(server.baseUrl(), accessKey(), Duration.ofSeconds(5),
                    Duration.ofSeconds(5));
            List<HttpTransport> transports = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(parallel);
            try {
                for (int i = 0; i < parallel; i++) {
                    transports.add(HttpTransport.create(config));
                }
                // Requests held open together, so each needs its own connection and the pool ends up holding several.
                CountDownLatch started = new CountDownLatch(parallel);
                List<Future<TransportResponse>> open = new ArrayList<>();
                for (HttpTransport transport : transports) {
                    open.add(pool.submit(() -> {
                        started.countDown();
                        started.await();
                        return transport.postForm("/engine/runPixel", pixel("1;"), new CallHandle());
                    }));
                }
                for (Future<TransportResponse> response : open) {
                    assertEquals(PIXEL_OK, readAll(response.get(10, TimeUnit.SECONDS)));
                }
                int pooled = server.connections();
                assertTrue(pooled >= 2, "several pooled connections: " + pooled);

                server.closeConnections();
                Thread.sleep(FIN_ARRIVAL_MILLIS);
                int before = server.requests();
                assertEquals(PIXEL_OK, post(transports.get(0)));
                assertEquals(before + 1, server.requests());
                assertEquals(pooled + 1, server.connections(), "one new connection, after skipping the dead ones");
            } finally {
                pool.shutdownNow();
                for (HttpTransport transport : transports) {
                    transport.close();
                }
            }
        }
    }

    @Test
    void aServerThatWentAwayIsAConnectFailureWithNothingSent() throws Exception {
        int port;
        HttpTransport transport;
        try (KeepAliveServer server = new KeepAliveServer(PIXEL_OK)) {
            transport = HttpTransport.create(config(server.baseUrl(), accessKey(), Duration.ofSeconds(2),
                    Duration.ofSeconds(5)));
            assertEquals(PIXEL_OK, post(transport));
            port = Integer.parseInt(server.baseUrl().replaceAll(".*:(\\d+)/.*", "$1"));
        }
        try (transport) {
            Thread.sleep(FIN_ARRIVAL_MILLIS);
            TransportException e = assertThrows(TransportException.class, () -> post(transport));
            assertEquals(Kind.CONNECT_FAILED, e.kind(), e.getMessage());
            assertFalse(e.requestSent(), "the dead connection was found before writing: the caller knows");
            try (ServerSocket reuse = new ServerSocket(port)) {
                assertTrue(reuse.isBound(), "the port was really free: the failure was a refused connect");
            } catch (java.net.BindException ignored) {
                // another process took the port in the meantime; the assertions above stand
            }
        }
    }
}
