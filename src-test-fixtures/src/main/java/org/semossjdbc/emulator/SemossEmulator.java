package org.semossjdbc.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A SEMOSS server stand-in for tests and demos: the same HTTP endpoints, JSON and pixel subset as a real
 * SEMOSS 4.3 server, backed by real databases.
 *
 * <pre>{@code
 * try (SemossEmulator semoss = SemossEmulator.builder()
 *         .engine("demo", "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1")
 *         .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.OWNER)
 *         .start()) {
 *     String url = semoss.jdbcUrl("demo");   // jdbc:semoss:http://127.0.0.1:<port>/Monolith/api?database=<id>
 * }
 * }</pre>
 *
 * <p>Engines are real databases reached through JDBC (embedded H2 1.4.200, PostgreSQL through pgjdbc 42.7.2,
 * MariaDB through mariadb-java-client 1.1.9, the drivers the recorded server bundles), each with one shared
 * connection. Users hold a permission on every engine unless {@link Builder#grant} overrides it.
 */
public final class SemossEmulator implements AutoCloseable {

    /** Engine permissions as SEMOSS numbers them in {@code MyEngines.user_permission}. */
    public enum Permission {
        OWNER(1), EDIT(2), READ_ONLY(3);

        private final int code;

        Permission(int code) {
            this.code = code;
        }

        /** The number SEMOSS reports: 1 OWNER, 2 EDIT, 3 READ_ONLY. */
        public int code() {
            return code;
        }
    }

    private final EmulatorRuntime runtime;
    private final EmulatorHttpServer server;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private SemossEmulator(EmulatorRuntime runtime, EmulatorHttpServer server) {
        this.runtime = runtime;
        this.server = server;
    }

    /** A builder with the recorded server's defaults: context {@code /Monolith}, cookie {@code monolith}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The port the emulator listens on (127.0.0.1). */
    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>/Monolith/api}, the base URL clients are given. */
    public String apiBaseUrl() {
        return "http://127.0.0.1:" + port() + runtime.contextPath() + "/api";
    }

    /** The generated (or given) UUID of the engine registered under this name. */
    public String engineId(String engineName) {
        Engine engine = runtime.engine(engineName);
        if (engine == null) {
            throw new IllegalArgumentException("No engine named " + engineName);
        }
        return engine.id();
    }

    /** {@code jdbc:semoss:<apiBaseUrl>?database=<engine id>}. */
    public String jdbcUrl(String engineName) {
        return "jdbc:semoss:" + apiBaseUrl() + "?database=" + engineId(engineName);
    }

    /** The names of all engines, in registration order (including engines created by pixels). */
    public List<String> engineNames() {
        return runtime.engines().stream().map(Engine::name).toList();
    }

    /** The session cookie's name clients must keep ({@code monolith} by default). */
    public String sessionCookieName() {
        return runtime.cookieName();
    }

    /** Counters and fault switches for tests. */
    public EmulatorHooks hooks() {
        return runtime;
    }

    /** Stops the server; engines' JDBC connections are closed. Calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop();
            runtime.closeAll();
        }
    }

    /** Configures an emulator; every method returns this builder. */
    public static final class Builder {
        private int port;
        private String contextPath = "/Monolith";
        private String cookieName = "monolith";
        private Duration idleTimeout = Duration.ofMinutes(120);
        private boolean csrf;
        private int maxFormBytes = 2 * 1024 * 1024;
        private ServerCosts costs = ServerCosts.NONE;
        private final Map<String, String[]> engines = new LinkedHashMap<>();
        private final List<UserAccount> users = new ArrayList<>();
        private final List<String[]> grants = new ArrayList<>();
        private final List<Permission> grantPermissions = new ArrayList<>();
        private final List<String[]> profiles = new ArrayList<>();

        Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The web application's context path, default {@code /Monolith}; the API is under {@code <context>/api}. */
        public Builder contextPath(String contextPath) {
            String trimmed = contextPath.endsWith("/") ? contextPath.substring(0, contextPath.length() - 1)
                    : contextPath;
            this.contextPath = trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
            return this;
        }

        /** The session cookie's name: {@code monolith} as recorded (Tomcat's default would be JSESSIONID). */
        public Builder sessionCookieName(String name) {
            this.cookieName = name;
            return this;
        }

        /** Idle time after which a session expires (default 120 minutes). */
        public Builder sessionIdleTimeout(Duration timeout) {
            this.idleTimeout = timeout;
            return this;
        }

        /** Enforces CSRF tokens (403 without one), as a server with the CSRF filter enabled does. */
        public Builder csrf(boolean enabled) {
            this.csrf = enabled;
            return this;
        }

        /** Tomcat's maxPostSize: larger form bodies lose their parameters silently (default 2 MB). */
        public Builder maxFormBytes(int bytes) {
            this.maxFormBytes = bytes;
            return this;
        }

        /** Server time spent per database pixel (the real server spends about 6 ms); other costs stay. */
        public Builder perPixelDelay(Duration delay) {
            this.costs = costs.withPixel(delay);
            return this;
        }

        /**
         * What the emulator charges for its work (default {@link ServerCosts#NONE}); {@link ServerCosts#semoss43()}
         * costs what a real SEMOSS 4.3 server costs. Replaces an earlier {@link #perPixelDelay}.
         */
        public Builder costs(ServerCosts costs) {
            this.costs = costs;
            return this;
        }

        /** Registers an engine with a generated UUID id. */
        public Builder engine(String name, String jdbcUrl) {
            return engine(name, jdbcUrl, EmulatorRuntime.newEngineId());
        }

        /** Registers an engine with a fixed id. */
        public Builder engine(String name, String jdbcUrl, String id) {
            EngineSubtype.fromJdbcUrl(jdbcUrl);
            engines.put(name, new String[] {jdbcUrl, id});
            return this;
        }

        /** A user who logs in with an access key pair (HTTP Basic), holding {@code permission} on every engine. */
        public Builder accessKeyUser(String username, String accessKey, String secretKey, Permission permission) {
            users.add(UserAccount.withAccessKey(username, accessKey, secretKey, permission));
            return this;
        }

        /** A native user (POST /auth/login), holding {@code permission} on every engine. */
        public Builder nativeUser(String username, String password, Permission permission) {
            users.add(UserAccount.nativeUser(username, username, null, password, permission));
            return this;
        }

        /** A user who authenticates with {@code Authorization: Bearer <token>} and {@code Bearer-Provider}. */
        public Builder bearerUser(String username, String token, String provider, Permission permission) {
            users.add(UserAccount.withBearer(username, token, provider, permission));
            return this;
        }

        /** The display name and e-mail shown by /config, the login answer and whoami (default: the username). */
        public Builder profile(String username, String displayName, String email) {
            profiles.add(new String[] {username, displayName, email});
            return this;
        }

        /** Overrides one user's permission on one engine. */
        public Builder grant(String username, String engineName, Permission permission) {
            grants.add(new String[] {username, engineName});
            grantPermissions.add(permission);
            return this;
        }

        /** Starts listening on 127.0.0.1. */
        public SemossEmulator start() {
            EmulatorRuntime runtime = new EmulatorRuntime(contextPath, cookieName, csrf, maxFormBytes, idleTimeout,
                    costs);
            String owner = users.isEmpty() ? "admin" : users.get(0).username();
            try {
                for (Map.Entry<String, String[]> engine : engines.entrySet()) {
                    runtime.addEngine(Engine.open(engine.getKey(), engine.getValue()[1], engine.getValue()[0], null,
                            owner));
                }
            } catch (SQLException e) {
                runtime.closeAll();
                throw new IllegalStateException("Cannot open engine: " + e.getMessage(), e);
            }
            users.forEach(runtime::addUser);
            for (String[] profile : profiles) {
                UserAccount user = runtime.user(profile[0]);
                if (user == null) {
                    runtime.closeAll();
                    throw new IllegalArgumentException("profile names an unknown user: " + profile[0]);
                }
                user.profile(profile[1], profile[2]);
            }
            for (int i = 0; i < grants.size(); i++) {
                UserAccount user = runtime.user(grants.get(i)[0]);
                Engine engine = runtime.engine(grants.get(i)[1]);
                if (user == null || engine == null) {
                    runtime.closeAll();
                    throw new IllegalArgumentException("grant names an unknown user or engine: "
                            + grants.get(i)[0] + " / " + grants.get(i)[1]);
                }
                user.grant(engine.id(), grantPermissions.get(i));
            }
            try {
                EmulatorHttpServer server = new EmulatorHttpServer(runtime, port);
                server.start();
                return new SemossEmulator(runtime, server);
            } catch (IOException e) {
                runtime.closeAll();
                throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port, e);
            }
        }
    }
}
