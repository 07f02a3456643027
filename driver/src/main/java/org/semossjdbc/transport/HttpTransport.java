package org.semossjdbc.transport;

import java.util.Map;

/**
 * One user's HTTP session with one SEMOSS server: cookies, login, CSRF and the retry rules.
 *
 * <p>Rules: redirects are never followed; a 302 or 401 means "not logged in": drop the cookies, log in again and
 * retry once (the server refused before running anything, so this is safe for writes). A connect failure is retried
 * once. OkHttp's own silent retries are off; nothing else is ever retried. All instances share one OkHttp connection
 * pool and dispatcher. Thread-safe; callers serialise a connection's requests themselves.
 */
public final class HttpTransport implements AutoCloseable {

    /** Creates a transport; no request is sent. */
    public static HttpTransport create(TransportConfig config) {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * Logs in now and checks the credentials: {@code GET /config} with Basic or Bearer (logged in when
     * {@code loginDetails} is non-empty), or {@code POST /auth/login} for a native login; fetches a CSRF token when
     * {@code /config} says {@code "csrf": true}. Throws {@link TransportException.Kind#NOT_AUTHENTICATED} on refusal.
     */
    public void login(CallHandle handle) throws TransportException {
        throw new UnsupportedOperationException("stub");
    }

    /**
     * {@code POST <apiBaseUrl><path>} with an {@code application/x-www-form-urlencoded; charset=UTF-8} body.
     * Returns 200 and 400 responses; every other outcome is a {@link TransportException}.
     */
    public TransportResponse postForm(String path, Map<String, String> form, CallHandle handle) throws TransportException {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code GET <apiBaseUrl><path>} with the session's cookies; same status rules as {@link #postForm}. */
    public TransportResponse get(String path, CallHandle handle) throws TransportException {
        throw new UnsupportedOperationException("stub");
    }

    /** Ends the server session ({@code GET /auth/logout/all?disableRedirect=true}); best effort, never throws. */
    public void logout() {
        throw new UnsupportedOperationException("stub");
    }

    /** Drops cookies so the next request logs in afresh. */
    public void resetSession() {
        throw new UnsupportedOperationException("stub");
    }

    /** Releases this transport's resources (not the shared pool). */
    @Override
    public void close() {
        throw new UnsupportedOperationException("stub");
    }
}
