package org.semossjdbc.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

import org.semossjdbc.transport.TransportException.Kind;

/**
 * Runs single HTTP exchanges for one transport on its OkHttp client (derived from the shared one): binds each call to
 * its {@link CallHandle}, records whether the request started going out, retries a connect failure once and turns
 * I/O failures into {@link TransportException}s. Status codes are the caller's business.
 */
final class ExchangeRunner {

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Log LOG = Log.of(ExchangeRunner.class);
    /** One more than the pool keeps idle: enough to get past every connection a restarted server left behind. */
    private static final int MAX_CLOSED_CONNECTIONS = SharedHttpClient.MAX_IDLE_CONNECTIONS + 1;

    private final OkHttpClient client;

    ExchangeRunner(TransportConfig config, SessionCookieJar cookies) {
        this.client = buildClient(config, cookies);
    }

    /**
     * One exchange, with the single retry of a connect failure (the server never saw the first attempt). The request
     * is built afresh for the retry, so it carries the session state of that moment.
     *
     * <p>A pooled connection the server had already closed is found before anything is sent (see
     * {@link ChannelSockets}); it is dropped and the request goes out on another connection. That does not use up the
     * retry, since nothing was attempted; it is bounded by the pool's size, for a server that closed them all.
     */
    Exchange send(Supplier<Request> request, CallHandle handle) throws TransportException {
        boolean retried = false;
        int closedConnections = 0;
        while (true) {
            try {
                return sendOnce(request.get(), handle);
            } catch (TransportException e) {
                if (e.getCause() instanceof ClosedPooledConnection && closedConnections++ < MAX_CLOSED_CONNECTIONS) {
                    LOG.debug("the server had closed the pooled connection; sending on another");
                    continue;
                }
                if (retried || e.kind() != Kind.CONNECT_FAILED || e.requestSent()) {
                    throw e;
                }
                retried = true;
                LOG.debug("connect failed ({}); retrying once",
                        e.getCause() == null ? "?" : e.getCause().getClass().getSimpleName());
            }
        }
    }

    private Exchange sendOnce(Request request, CallHandle handle) throws TransportException {
        String what = request.method() + " " + request.url().encodedPath();
        handle.checkActive(what);
        if (Thread.currentThread().isInterrupted()) {
            // Okio would refuse the first write anyway, but after the request had "started": refusing here keeps
            // the outcome exact (nothing sent) for the caller.
            throw new TransportException(Kind.CANCELLED, false, 0,
                    what + " was not sent: the calling thread is interrupted", null);
        }
        SendState state = new SendState();
        Call call = client.newCall(request.newBuilder().tag(SendState.class, state).build());
        handle.attach(call);
        long started = System.nanoTime();
        try {
            Response response = call.execute();
            LOG.debug("{} -> {} (headers after {} ms)", what, response.code(), elapsedMillis(started));
            return new Exchange(call, response, handle, what);
        } catch (IOException e) {
            handle.detach(call);
            TransportException failure = Failures.classify(e, what, state.requestSent, handle);
            LOG.debug("{} failed after {} ms: {}", what, elapsedMillis(started), failure.kind());
            throw failure;
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private static OkHttpClient buildClient(TransportConfig config, SessionCookieJar cookies) {
        Duration connectTimeout = config.connectTimeout() == null ? DEFAULT_CONNECT_TIMEOUT : config.connectTimeout();
        Duration readTimeout = config.readTimeout() == null ? Duration.ZERO : config.readTimeout();
        OkHttpClient.Builder builder = SharedHttpClient.base().newBuilder()
                .cookieJar(cookies)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                // A server that stops reading a large form body is as stuck as one that stops answering.
                .writeTimeout(readTimeout)
                .eventListenerFactory(call -> new SendTracker(call.request().tag(SendState.class)))
                .addNetworkInterceptor(ExchangeRunner::refuseClosedPooledConnection);
        TlsSetup.configure(builder, config);
        TransportConfig.ProxyConfig proxy = config.proxy();
        if (proxy == null) {
            // The record's contract: null means a direct connection, whatever the JVM-wide proxy selector says.
            builder.proxy(Proxy.NO_PROXY);
        } else {
            builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
            // Also without a user: a tunnel's 407 then fails once, saying credentials are needed, instead of
            // OkHttp's bare "Failed to authenticate with proxy" (taken for a connect failure and retried).
            builder.proxyAuthenticator(new ProxyBasicAuthenticator(proxy.user(), proxy.password()));
        }
        return builder.build();
    }

    /**
     * Runs between OkHttp choosing a connection and writing the request: a pooled HTTP/1 connection is first probed,
     * and one the server has closed fails the call before anything is sent. A fresh connection is never probed (a TLS
     * server may still be sending the tail of its handshake), nor an HTTP/2 one (its frames are not ours to read).
     */
    private static Response refuseClosedPooledConnection(Interceptor.Chain chain) throws IOException {
        Connection connection = chain.connection();
        SendState state = chain.request().tag(SendState.class);
        if (connection != null && state != null && !state.connected
                && (connection.protocol() == Protocol.HTTP_1_1 || connection.protocol() == Protocol.HTTP_1_0)
                && ChannelSockets.probe(connection.socket()) == ChannelSockets.Idle.CLOSED) {
            throw new ClosedPooledConnection();
        }
        return chain.proceed(chain.request());
    }

    /** Whether OkHttp connected afresh and had started writing the request; one per call, written by its thread. */
    private static final class SendState {
        volatile boolean connected;
        volatile boolean requestSent;
    }

    /**
     * Marks a fresh connection, and the moment a request starts going out: from then on a failure leaves its fate
     * unknown.
     */
    private static final class SendTracker extends EventListener {
        private final SendState state;

        SendTracker(SendState state) {
            this.state = state;
        }

        @Override
        public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            if (state != null) {
                state.connected = true;
            }
        }

        @Override
        public void requestHeadersStart(Call call) {
            if (state != null) {
                state.requestSent = true;
            }
        }
    }

    /** The pooled connection OkHttp chose had been closed by the server; nothing was sent on it. */
    static final class ClosedPooledConnection extends IOException {
        ClosedPooledConnection() {
            super("the server had closed the pooled connection before the request was sent");
        }
    }
}
