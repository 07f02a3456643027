package org.semossjdbc.emulator;

import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /config}, {@code /auth/login}, {@code /auth/createUser}, {@code /auth/logout/*}, {@code /auth/whoami}. */
final class AuthEndpoints {

    private final EmulatorRuntime runtime;

    AuthEndpoints(EmulatorRuntime runtime) {
        this.runtime = runtime;
    }

    /** The fields of {@code GET /config} a client uses (001, 002); login details only with a user. */
    void config(ApiRequest request, HttpSession session) throws IOException {
        runtime.chargeConfig();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("security", true);
        body.put("csrf", runtime.csrf());
        Map<String, Object> version = new LinkedHashMap<>();
        version.put("datetime", EmulatorRuntime.SERVER_BUILD_TIME);
        version.put("version", EmulatorRuntime.SERVER_VERSION);
        body.put("version", version);
        Map<String, Object> loginDetails = new LinkedHashMap<>();
        Map<String, Object> logins = new LinkedHashMap<>();
        UserAccount user = session.user();
        if (user != null) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("name", user.displayName());
            detail.put("id", user.username());
            loginDetails.put(user.providerName(), detail);
            logins.put(user.providerName().toUpperCase(java.util.Locale.ROOT), user.displayName());
        }
        body.put("loginDetails", loginDetails);
        body.put("logins", logins);
        body.put("timeout", runtime.sessions().idleTimeout().toMillis() / 60_000.0);
        body.put("anonymousUsers", false);
        body.put("python", false);
        body.put("r", false);
        ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, body);
    }

    /** Native login (009, 017); success rotates the session id, keeping the session's insights. */
    void login(ApiRequest request, RequestSession session) throws IOException {
        String username = request.parameter("username");
        String password = request.parameter("password");
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            ApiResponses.json(request.exchange(), 401, ApiResponses.JSON,
                    Map.of("errorMessage", "The user name or password are empty"));
            return;
        }
        UserAccount user = runtime.user(username);
        if (user == null || !user.matchesPassword(password)) {
            ApiResponses.json(request.exchange(), 401, ApiResponses.JSON,
                    Map.of("errorMessage", "The user name or password are invalid."));
            return;
        }
        session.rotate().user(user);
        runtime.chargeLogin();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", "true");
        body.put("name", user.displayName());
        body.put("email", user.email());
        body.put("username", user.username());
        ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, body);
    }

    /** Open registration (008): a native user with no engine access. */
    void createUser(ApiRequest request) throws IOException {
        String username = request.parameter("username");
        String password = request.parameter("password");
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            ApiResponses.json(request.exchange(), 400, ApiResponses.JSON,
                    Map.of("errorMessage", "The user name or password are empty"));
            return;
        }
        if (runtime.user(username) != null) {
            ApiResponses.json(request.exchange(), 400, ApiResponses.JSON,
                    Map.of("errorMessage", "The user name already exists"));
            return;
        }
        String name = request.parameter("name");
        runtime.addUser(UserAccount.nativeUser(username, name == null ? username : name,
                request.parameter("email"), password, null));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", "true");
        body.put("username", username);
        ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, body);
    }

    /**
     * Logout invalidates the session (its insights are dropped). Without {@code disableRedirect=true}: 302 with a
     * {@code redirect} header built from the Referer (012); with it: 200 and an expiring cookie without Path (016).
     */
    void logout(ApiRequest request, RequestSession session) throws IOException {
        HttpSession current = session.current();
        if (current != null) {
            runtime.sessions().invalidate(current);
        }
        var headers = request.exchange().getResponseHeaders();
        headers.remove("Set-Cookie");
        if ("true".equals(request.parameter("disableRedirect"))) {
            String expires = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.RFC_1123_DATE_TIME);
            String value = request.cookie(runtime.cookieName());
            headers.add("Set-Cookie", runtime.cookieName() + "=" + (value == null ? "" : value)
                    + "; SameSite=none; Expires=" + expires);
            ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, Map.of("success", true));
            return;
        }
        headers.set("redirect", request.header("Referer") + "#!/login");
        ApiResponses.send(request.exchange(), 302, null, new byte[0]);
    }

    /**
     * {@code POST /auth/engine/addEngineUserPermission}, {@code editEngineUserPermission} and
     * {@code removeEngineUserPermission}: form {@code id} (user), {@code engineId}, {@code permission}; the caller
     * must own the engine. {@code setEngineVisibility}: form {@code engineId}, {@code visibility}; hides the engine from
     * the caller's own catalog, for which any permission on it suffices (R Monolith
     * src/prerna/semoss/web/services/local/auth/EngineAuthorizationResource.java).
     */
    void enginePermission(ApiRequest request, HttpSession session, String action) throws IOException {
        Engine engine = runtime.engine(String.valueOf(request.parameter("engineId")));
        if (action.equals("setEngineVisibility")) {
            if (engine == null || session.user().permissionOn(engine.id()).isEmpty()) {
                ApiResponses.json(request.exchange(), 400, ApiResponses.JSON,
                        Map.of("errorMessage",
                                "The user doesn't have the permission to modify his visibility of this engine"));
                return;
            }
            session.user().visibility(engine.id(), Boolean.parseBoolean(request.parameter("visibility")));
            ApiResponses.jsonValue(request.exchange(), 200, ApiResponses.JSON, true);
            return;
        }
        UserAccount target = runtime.user(String.valueOf(request.parameter("id")));
        boolean owner = engine != null && session.user().permissionOn(engine.id())
                .map(p -> p == SemossEmulator.Permission.OWNER).orElse(false);
        if (!owner || target == null) {
            ApiResponses.json(request.exchange(), 400, ApiResponses.JSON,
                    Map.of("errorMessage", "Insufficient privileges to modify this database's permissions."));
            return;
        }
        switch (action) {
            case "addEngineUserPermission", "editEngineUserPermission" -> {
                SemossEmulator.Permission permission;
                try {
                    permission = SemossEmulator.Permission.valueOf(String.valueOf(request.parameter("permission")));
                } catch (IllegalArgumentException e) {
                    ApiResponses.json(request.exchange(), 400, ApiResponses.JSON,
                            Map.of("errorMessage", "Unknown permission " + request.parameter("permission")));
                    return;
                }
                target.grant(engine.id(), permission);
            }
            case "removeEngineUserPermission" -> target.revoke(engine.id());
            default -> {
                ApiResponses.notFound(request.exchange());
                return;
            }
        }
        ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, Map.of("success", true));
    }

    void whoami(ApiRequest request, HttpSession session) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", session.user().username());
        body.put("warning", "null principal - grab from user");
        ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, body);
    }

    void logins(ApiRequest request) throws IOException {
        ApiResponses.json(request.exchange(), 200, ApiResponses.JSON, Map.of("native", "Native"));
    }
}
