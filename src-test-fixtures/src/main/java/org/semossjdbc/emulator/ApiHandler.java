package org.semossjdbc.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The servlet filter chain and routing of {@code <context>/api}: request counting and injected faults, the
 * optional CSRF filter, session look-up by cookie, access-key (HTTP Basic) and bearer login while the session has
 * no user, then the endpoint; endpoints that need a user answer the 302 of §2.6 without one.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

    private final EmulatorRuntime runtime;
    private final String apiPrefix;
    private final AuthEndpoints auth;
    private final RunPixelEndpoint runPixel;

    ApiHandler(EmulatorRuntime runtime) {
        this.runtime = runtime;
        this.apiPrefix = runtime.contextPath() + "/api";
        this.auth = new AuthEndpoints(runtime);
        this.runPixel = new RunPixelEndpoint(runtime);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            handleRequest(exchange);
        } catch (DroppedConnection dropped) {
            // Closing an exchange that never sent headers makes HttpServer close the socket: no response at all.
            LOG.fine("dropping the connection without a response");
        } catch (IOException | RuntimeException e) {
            LOG.log(e instanceof IOException ? Level.FINE : Level.WARNING,
                    "request failed: " + exchange.getRequestURI().getPath(), e);
            if (exchange.getResponseCode() == -1 && !(e instanceof IOException)) {
                // Nothing was sent yet: answer like Tomcat's error page instead of dropping the connection.
                ApiResponses.errorPage(exchange);
                return;
            }
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void handleRequest(HttpExchange exchange) throws IOException {
        runtime.countRequest();
        String fullPath = exchange.getRequestURI().getPath();
        String path = fullPath.startsWith(apiPrefix) ? fullPath.substring(apiPrefix.length()) : null;
        ApiRequest request = ApiRequest.read(exchange, path == null ? fullPath : path, runtime.maxFormBytes());
        if (runtime.takeDropBeforeExecution()) {
            throw new DroppedConnection();
        }
        if (!runtime.latencyValue().isZero()) {
            EmulatorRuntime.sleep(runtime.latencyValue());
        }
        if (path == null) {
            ApiResponses.notFound(exchange);
            return;
        }
        RequestSession session = new RequestSession(runtime, exchange,
                runtime.sessions().find(request.cookie(runtime.cookieName())));
        if (runtime.csrf() && !csrfPasses(request, session.getOrCreate())) {
            return;
        }
        if (session.user() == null && !authenticate(request, session)) {
            return;
        }
        route(request, session);
    }

    private void route(ApiRequest request, RequestSession session) throws IOException {
        String path = request.path();
        String method = request.method();
        if (path.equals("/config") && method.equals("GET")) {
            auth.config(request, session.getOrCreate());
        } else if (path.equals("/config/fetchCsrf") && method.equals("GET")) {
            ApiResponses.jsonValue(request.exchange(), 200, ApiResponses.JSON, true);
        } else if (path.equals("/auth/login") && method.equals("POST")) {
            auth.login(request, session);
        } else if (path.equals("/auth/createUser") && method.equals("POST")) {
            auth.createUser(request);
        } else if (path.startsWith("/auth/logout/") && method.equals("GET")) {
            auth.logout(request, session);
        } else if (path.equals("/auth/logins") && method.equals("GET")) {
            auth.logins(request);
        } else if (session.user() == null) {
            String referer = request.header("Referer");
            HttpSession fresh = session.getOrCreate();
            if (referer == null) {
                ApiResponses.loginRedirect(request.exchange());
            } else {
                // NoUserInSessionFilter with a Referer: sendError(302), a redirect header, the session invalidated.
                runtime.sessions().invalidate(fresh);
                request.exchange().getResponseHeaders().set("redirect", referer + "#!/login");
                ApiResponses.statusPage(request.exchange(), 302, "Found");
            }
        } else if (path.equals("/engine/runPixel")) {
            if (!method.equals("POST")) {
                ApiResponses.statusPage(request.exchange(), 405, "Method Not Allowed");
                return;
            }
            runtime.countRunPixel();
            runPixel.handle(request, session.current());
        } else if (path.equals("/auth/whoami") && method.equals("GET")) {
            auth.whoami(request, session.current());
        } else if (path.startsWith("/auth/engine/") && method.equals("POST")) {
            auth.enginePermission(request, session.current(), path.substring("/auth/engine/".length()));
        } else if (path.equals("/session/insights") && method.equals("GET")) {
            ApiResponses.jsonValue(request.exchange(), 200, ApiResponses.JSON,
                    java.util.List.copyOf(session.current().insightIds()));
        } else {
            ApiResponses.notFound(request.exchange());
        }
    }

    /**
     * Tomcat's RestCsrfPreventionFilter as SEMOSS configures it: a GET with {@code X-CSRF-Token: fetch} gets the
     * session's token; a modifying request must carry it (header or parameter) or gets 403 with
     * {@code X-CSRF-Token: Required}.
     */
    private boolean csrfPasses(ApiRequest request, HttpSession session) throws IOException {
        String method = request.method().toUpperCase(Locale.ROOT);
        String header = request.header("X-CSRF-Token");
        boolean modifying = method.equals("POST") || method.equals("PUT") || method.equals("PATCH")
                || method.equals("DELETE");
        if (!modifying) {
            if (header != null && header.equalsIgnoreCase("fetch")) {
                if (session.csrfToken() == null) {
                    session.csrfToken(UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT));
                }
                request.exchange().getResponseHeaders().set("X-CSRF-Token", session.csrfToken());
            }
            return true;
        }
        String sent = header != null ? header : request.parameter("X-CSRF-Token");
        if (sent != null && sent.equals(session.csrfToken())) {
            return true;
        }
        request.exchange().getResponseHeaders().set("X-CSRF-Token", "Required");
        ApiResponses.send(request.exchange(), 403, null, new byte[0]);
        return false;
    }

    /**
     * UserAccessKeyFilter: Basic access keys or a bearer token log the session in. Wrong keys are simply
     * ignored (the request continues without a user); a header that is not base64 fails with the 500 page.
     */
    private boolean authenticate(ApiRequest request, RequestSession session) throws IOException {
        String header = request.header("Authorization");
        if (header == null) {
            return true;
        }
        if (header.startsWith("Basic ") || header.startsWith("basic ")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                        StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                ApiResponses.errorPage(request.exchange());
                return false;
            }
            String[] parts = decoded.split(":");
            if (parts.length == 2) {
                for (UserAccount user : runtime.users()) {
                    if (user.matchesAccessKey(parts[0], parts[1])) {
                        session.getOrCreate().user(user);
                        runtime.chargeLogin();
                        break;
                    }
                }
            }
        } else if (header.startsWith("Bearer ") || header.startsWith("bearer ")) {
            String token = header.substring(7).trim();
            String provider = request.header("Bearer-Provider");
            for (UserAccount user : runtime.users()) {
                if (user.matchesBearer(token, provider)) {
                    session.getOrCreate().user(user);
                    runtime.chargeLogin();
                    break;
                }
            }
        }
        return true;
    }

    /** Thrown to close the connection without any response. */
    static final class DroppedConnection extends IOException {
        private static final long serialVersionUID = 1L;

        DroppedConnection() {
            super("connection dropped on purpose", null);
        }
    }
}
