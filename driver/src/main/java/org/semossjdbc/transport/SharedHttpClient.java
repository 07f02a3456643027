package org.semossjdbc.transport;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * The one OkHttp client per driver class loader that owns the connection pool (keep-alive) and the dispatcher.
 * Each transport derives its own client with {@code newBuilder()}, which shares both.
 */
final class SharedHttpClient {

    /**
     * Tomcat closes an idle keep-alive connection after its {@code connectionTimeout} (20 s in SEMOSS's reference
     * server.xml). Dropping idle connections a little earlier keeps us from reusing one the server is closing at that
     * moment, which would surface as a lost connection after the request was sent (unknown fate for a write).
     */
    private static final long KEEP_ALIVE_SECONDS = 15;
    static final int MAX_IDLE_CONNECTIONS = 10;

    /** Set before OkHttp's first call; see {@link RelocatedLogging}. Kept here so the logger is never collected. */
    @SuppressWarnings("unused")
    private static final Logger RELOCATED_LIBRARIES =
            RelocatedLogging.holdRelocatedLibraries(OkHttpClient.class.getPackageName());

    private static final OkHttpClient BASE = new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(MAX_IDLE_CONNECTIONS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS))
            // A 302 from SEMOSS means "not logged in"; following it lands on an HTML login page.
            .followRedirects(false)
            .followSslRedirects(false)
            // OkHttp would silently resend a request on some connection failures; for a write that may run it twice.
            .retryOnConnectionFailure(false)
            // Cleartext until a transport for an https URL adds TLS (TlsSetup): building a TLS-capable client loads
            // the JVM's trust store, a cost a plain-HTTP user should not pay.
            .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
            // Channel-backed sockets, so that a pooled connection the server has closed is noticed before sending.
            .socketFactory(ChannelSockets.factory())
            .build();

    private SharedHttpClient() {
    }

    /** The shared base client; derive from it, never configure it. */
    static OkHttpClient base() {
        return BASE;
    }
}
