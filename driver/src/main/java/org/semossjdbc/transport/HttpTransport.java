package org.semossjdbc.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;

import org.semossjdbc.transport.TransportException.Kind;

/**
 * One user's HTTP session with one SEMOSS server: cookies, login, CSRF and the retry rules.
 *
 * <p>Rules: redirects are never followed; a 302 or 401 means "not logged in": drop the cookies, log in again and
 * retry once (the server refused before running anything, so this is safe for writes). A connect failure is retried
 * once. OkHttp's own silent retries are off; nothing else is ever retried. All instances share one OkHttp connection
 * pool and dispatcher. Thread-safe; callers serialise a connection's requests themselves.
 *
 * <p>Access keys travel as HTTP Basic only while no logged-in session exists (see {@link #sessionGeneration()}); a
 * bearer token travels on every request; a native password only in {@code POST /auth/login}. When the server has CSRF
 * protection on, every POST carries the session's {@code X-CSRF-Token}; a 403 fetches a new token and retries once.
 */
public final class HttpTransport implements AutoCloseable {

    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CONFIG_PATH = "/config";
    private static final String CSRF_PATH = "/config/fetchCsrf";
    private static final String LOGOUT_PATH = "/auth/logout/all?disableRedirect=true";
    private static final Duration LOGOUT_TIMEOUT = Duration.ofSeconds(10);
    private static final int CONFIG_BODY_LIMIT = 4 * 1024 * 1024;

    private static final Log LOG = Log.of(HttpTransport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TransportConfig config;
    private final String baseUrl;
    private final ExchangeRunner runner;
    private final SessionCookieJar cookies = new SessionCookieJar();
    private final CsrfState csrf = new CsrfState();
    private final SessionAuthenticator authenticator;
    private final AtomicBoolean sessionHasUser = new AtomicBoolean();
    private final AtomicLong sessionGeneration = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    private HttpTransport(TransportConfig config) {
        this.config = config;
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(config.apiBaseUrl(), "apiBaseUrl").toString());
        if (HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("Not an http(s) URL: " + config.apiBaseUrl());
        }
        this.authenticator = SessionAuthenticator.of(config.credentials());
        this.runner = new ExchangeRunner(config, cookies);
    }

    /**
     * Creates a transport; no request is sent.
     *
     * @throws IllegalArgumentException if the URL is not http(s), credentials are missing, or the configured trust
     *                                  store cannot be read
     */
    public static HttpTransport create(TransportConfig config) {
        return new HttpTransport(Objects.requireNonNull(config, "config"));
    }

    /**
     * Logs in now and checks the credentials: {@code GET /config} with Basic or Bearer (logged in when
     * {@code loginDetails} is non-empty), or {@code POST /auth/login} for a native login; fetches a CSRF token when
     * {@code /config} says {@code "csrf": true}. Throws {@link TransportException.Kind#NOT_AUTHENTICATED} on refusal.
     * Any previous session of this transport is dropped first. Nothing is retried except a connect failure.
     */
    public void login(CallHandle handle) throws TransportException {
        checkOpen();
        resetSession();
        if (authenticator.logsInSeparately()) {
            authenticator.logIn(this, handle);
        }
        JsonNode serverConfig = readConfig(handle);
        JsonNode loginDetails = serverConfig.get("loginDetails");
        if (loginDetails == null || !loginDetails.isObject() || loginDetails.isEmpty()) {
            resetSession();
            throw new TransportException(Kind.NOT_AUTHENTICATED, true, 200,
                    "The server did not accept the credentials " + credentialKind()
                            + " (GET /config shows no logged-in user)", null);
        }
        markSessionHasUser();
        boolean csrfOn = serverConfig.path("csrf").asBoolean(false);
        csrf.setEnabled(csrfOn);
        if (csrfOn) {
            fetchCsrfToken(handle);
        }
    }

    /**
     * {@code POST <apiBaseUrl><path>} with an {@code application/x-www-form-urlencoded; charset=UTF-8} body.
     * Returns 200 and 400 responses; every other outcome is a {@link TransportException}.
     */
    public TransportResponse postForm(String path, Map<String, String> form, CallHandle handle) throws TransportException {
        Objects.requireNonNull(form, "form");
        return call("POST", path, form, handle);
    }

    /** {@code GET <apiBaseUrl><path>} with the session's cookies; same status rules as {@link #postForm}. */
    public TransportResponse get(String path, CallHandle handle) throws TransportException {
        return call("GET", path, null, handle);
    }

    /** Ends the server session ({@code GET /auth/logout/all?disableRedirect=true}); best effort, never throws. */
    public void logout() {
        try {
            if (!closed.get() && holdsSessionCookie()) {
                // No credential header: logging out must not log a fresh session in first.
                Exchange exchange = runner.send(() -> request("GET", LOGOUT_PATH, null, false),
                        new CallHandle(LOGOUT_TIMEOUT));
                exchange.close();
            }
        } catch (TransportException | RuntimeException e) {
            LOG.debug("logout failed ({}); the server session ends by itself when idle", e.getClass().getSimpleName());
        } finally {
            // The server's expiring Set-Cookie has no Path, so it may not match what we hold: forget it all here.
            resetSession();
        }
    }

    /** Drops cookies so the next request logs in afresh. */
    public void resetSession() {
        cookies.clear();
        csrf.clearToken();
        sessionHasUser.set(false);
    }

    /**
     * Counts the logged-in sessions this transport has established (first login = 1). It grows when a session was
     * replaced, e.g. after the server expired the old one; insights created in an older session are gone then.
     */
    public long sessionGeneration() {
        return sessionGeneration.get();
    }

    /**
     * Releases this transport's resources (not the shared pool). Does not log out; call {@link #logout()} first for
     * that. Later calls throw {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            resetSession();
        }
    }

    @Override
    public String toString() {
        return "HttpTransport[" + baseUrl + ", " + config.credentials() + ", cookies=" + cookies.names() + "]";
    }

    // ---- the request cycle -----------------------------------------------------------------------------------------

    private TransportResponse call(String method, String path, Map<String, String> form, CallHandle handle)
            throws TransportException {
        checkOpen();
        Objects.requireNonNull(handle, "handle");
        if (authenticator.logsInSeparately() && !sessionHasUser.get()) {
            logInAgain(handle);
        }
        Exchange exchange = sendWithCsrf(method, path, form, handle);
        if (isLoginRefusal(exchange.status())) {
            int first = exchange.status();
            exchange.close();
            LOG.debug("{} {} answered {}: not logged in; logging in again and retrying once", method, path, first);
            // The cookie the 302 carried belongs to a session holding a "stored redirect": never reuse it.
            resetSession();
            logInAgain(handle);
            exchange = sendWithCsrf(method, path, form, handle);
            if (isLoginRefusal(exchange.status())) {
                int status = exchange.status();
                String redirect = exchange.header("redirect");
                String message = exchange.errorMessage();
                resetSession();
                throw new TransportException(Kind.NOT_AUTHENTICATED, true, status,
                        "The server did not accept the credentials " + credentialKind() + ": " + method + " " + path
                                + " answered " + status + " again after logging in"
                                + (message.isEmpty() ? "" : " (" + message + ")")
                                + redirectHint(redirect), null);
            }
        }
        return accept(exchange, "POST".equals(method));
    }

    /**
     * SEMOSS filters other than the login check (start-up failure, no admin yet, memory check) also answer 302, with a
     * {@code redirect} header naming their page; naming it tells the user the problem is not the password.
     */
    private static String redirectHint(String redirect) {
        if (redirect == null || redirect.isBlank() || redirect.endsWith("#!/login")) {
            return "";
        }
        String shown = redirect.length() > 120 ? redirect.substring(0, 117) + "..." : redirect;
        return "; the server redirects to " + shown;
    }

    /** A 302 (the login filter's answer) or 401 (runPixel without a user, failed login) means "not logged in". */
    private static boolean isLoginRefusal(int status) {
        return status == 302 || status == 401;
    }

    /** Establishes a new session after the old one was dropped. */
    private void logInAgain(CallHandle handle) throws TransportException {
        authenticator.logIn(this, handle);
        if (csrf.isEnabled()) {
            // The token belongs to the session; with header credentials this request also logs the new session in.
            fetchCsrfToken(handle);
        }
    }

    private TransportResponse accept(Exchange exchange, boolean isPost) throws TransportException {
        int status = exchange.status();
        if ((status == 200 || status == 400) && !exchange.isHtml()) {
            if (isPost && holdsSessionCookie() && sessionHasUser.compareAndSet(false, true)) {
                // SEMOSS answers API POSTs only for a logged-in session (otherwise 302), so this one has a user; with
                // no cookie to carry it (a stateless server), Basic keeps travelling on every request.
                sessionGeneration.incrementAndGet();
            }
            return exchange.toResponse();
        }
        String message = exchange.errorMessage();
        throw new TransportException(Kind.HTTP_STATUS, true, status,
                "HTTP " + status + " from " + exchange.what + (message.isEmpty() ? "" : ": " + message), null);
    }

    /**
     * Sends a request (with the connect retry) and, for a POST refused with 403 by the CSRF filter, fetches a new token
     * and resends once. The CSRF filter runs before anything else, so the refused request did nothing.
     */
    Exchange sendWithCsrf(String method, String path, Map<String, String> form, CallHandle handle)
            throws TransportException {
        Supplier<Request> request = () -> request(method, path, form, true);
        Exchange exchange = runner.send(request, handle);
        if (exchange.status() != 403 || !"POST".equals(method)) {
            return exchange;
        }
        boolean csrfRefusal = csrf.isEnabled() || "Required".equalsIgnoreCase(exchange.header(CSRF_HEADER));
        if (!csrfRefusal) {
            return exchange;
        }
        exchange.close();
        csrf.setEnabled(true);
        LOG.debug("{} {} answered 403 (CSRF); fetching a new token and retrying once", method, path);
        fetchCsrfToken(handle);
        exchange = runner.send(request, handle);
        if (exchange.status() == 403) {
            exchange.close();
            throw new TransportException(Kind.FORBIDDEN, true, 403,
                    method + " " + path + " was refused with 403 even with a fresh CSRF token", null);
        }
        return exchange;
    }

    private void fetchCsrfToken(CallHandle handle) throws TransportException {
        Exchange exchange = runner.send(() -> request("GET", CSRF_PATH, null, true).newBuilder()
                .header(CSRF_HEADER, "fetch").build(), handle);
        try {
            if (exchange.status() != 200) {
                String message = exchange.errorMessage();
                throw new TransportException(Kind.HTTP_STATUS, true, exchange.status(),
                        "HTTP " + exchange.status() + " from GET " + CSRF_PATH
                                + (message.isEmpty() ? "" : ": " + message), null);
            }
            String token = exchange.header(CSRF_HEADER);
            csrf.setToken(token == null || token.isBlank() ? null : token);
            LOG.debug("CSRF token {}", token == null ? "absent" : "received");
        } finally {
            exchange.close();
        }
    }

    private JsonNode readConfig(CallHandle handle) throws TransportException {
        Exchange exchange = runner.send(() -> request("GET", CONFIG_PATH, null, true), handle);
        try {
            int status = exchange.status();
            if (isLoginRefusal(status)) {
                throw new TransportException(Kind.NOT_AUTHENTICATED, true, status,
                        "The server did not accept the credentials " + credentialKind() + " (GET /config answered "
                                + status + ")", null);
            }
            if (status != 200 || exchange.isHtml()) {
                String message = exchange.errorMessage();
                throw new TransportException(Kind.HTTP_STATUS, true, status,
                        "HTTP " + status + " from GET " + CONFIG_PATH + (message.isEmpty() ? "" : ": " + message), null);
            }
            byte[] body = exchange.readBody(CONFIG_BODY_LIMIT);
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new TransportException(Kind.HTTP_STATUS, true, status,
                        "GET " + CONFIG_PATH + " did not answer a JSON object; is " + baseUrl
                                + " the SEMOSS API base URL (e.g. https://host/Monolith/api)?", null);
            }
            return node;
        } catch (TransportException e) {
            throw e;
        } catch (IOException e) {
            throw new TransportException(Kind.HTTP_STATUS, true, exchange.status(),
                    "GET " + CONFIG_PATH + " did not answer JSON; is " + baseUrl
                            + " the SEMOSS API base URL (e.g. https://host/Monolith/api)?", e);
        } finally {
            exchange.close();
        }
    }

    /** Whether a cookie would go with our next request (a Secure cookie over plain http would not). */
    private boolean holdsSessionCookie() {
        return !cookies.loadForRequest(url(CONFIG_PATH)).isEmpty();
    }

    void markSessionHasUser() {
        if (sessionHasUser.compareAndSet(false, true)) {
            sessionGeneration.incrementAndGet();
        }
    }

    private Request request(String method, String path, Map<String, String> form, boolean withCredentials) {
        Request.Builder builder = new Request.Builder().url(url(path));
        if (config.userAgent() != null) {
            builder.header("User-Agent", config.userAgent());
        }
        if (withCredentials) {
            authenticator.addHeaders(builder, sessionHasUser.get());
        }
        if ("POST".equals(method)) {
            String token = csrf.token();
            if (token != null) {
                builder.header(CSRF_HEADER, token);
            }
            builder.post(formBody(form));
        } else {
            builder.get();
        }
        return builder.build();
    }

    /** The body as sent; {@link FormEncoding} computes its length without building it. */
    static RequestBody formBody(Map<String, String> form) {
        // FormBody always declares "application/x-www-form-urlencoded"; SEMOSS decodes it as UTF-8 (its first filter
        // sets the encoding), and naming the charset keeps proxies and other servers from guessing.
        FormBody.Builder builder = new FormBody.Builder(StandardCharsets.UTF_8);
        form.forEach((name, value) -> builder.add(name, value == null ? "" : value));
        FormBody body = builder.build();
        okio.Buffer buffer = new okio.Buffer();
        try {
            body.writeTo(buffer);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return RequestBody.create(buffer.readByteString(),
                okhttp3.MediaType.get("application/x-www-form-urlencoded; charset=UTF-8"));
    }

    private HttpUrl url(String path) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        HttpUrl url = HttpUrl.parse(baseUrl + path);
        if (url == null) {
            throw new IllegalArgumentException("Not a valid path: " + path);
        }
        return url;
    }

    private String credentialKind() {
        Credentials credentials = config.credentials();
        if (credentials instanceof Credentials.AccessKey key) {
            return "(access key " + key.accessKey() + ")";
        }
        if (credentials instanceof Credentials.Login login) {
            return "(user " + login.username() + ")";
        }
        return "(bearer token)";
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This transport is closed");
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
