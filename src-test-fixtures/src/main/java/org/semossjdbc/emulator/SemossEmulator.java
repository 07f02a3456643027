package org.semossjdbc.emulator;

import java.time.Duration;

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
 * <p>STUB: the API is fixed; the implementation arrives with the emulator work.
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

    private SemossEmulator() {
    }

    /** A builder with the recorded server's defaults: context {@code /Monolith}, cookie {@code monolith}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The port the emulator listens on (127.0.0.1). */
    public int port() {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code http://127.0.0.1:<port>/Monolith/api}, the base URL clients are given. */
    public String apiBaseUrl() {
        throw new UnsupportedOperationException("stub");
    }

    /** The generated (or given) UUID of the engine registered under this name. */
    public String engineId(String engineName) {
        throw new UnsupportedOperationException("stub");
    }

    /** {@code jdbc:semoss:<apiBaseUrl>?database=<engine id>}. */
    public String jdbcUrl(String engineName) {
        throw new UnsupportedOperationException("stub");
    }

    /** Counters and fault switches for tests. */
    public EmulatorHooks hooks() {
        throw new UnsupportedOperationException("stub");
    }

    /** Stops the server; engines' JDBC connections are closed. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("stub");
    }

    /** Configures an emulator; every method returns this builder. */
    public static final class Builder {
        Builder() {
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            return this;
        }

        /** The web application's context path, default {@code /Monolith}; the API is under {@code <context>/api}. */
        public Builder contextPath(String contextPath) {
            return this;
        }

        /** The session cookie's name: {@code monolith} as recorded (Tomcat's default would be JSESSIONID). */
        public Builder sessionCookieName(String name) {
            return this;
        }

        /** Idle time after which a session expires (default 120 minutes). */
        public Builder sessionIdleTimeout(Duration timeout) {
            return this;
        }

        /** Enforces CSRF tokens (403 without one), as a server with the CSRF filter enabled does. */
        public Builder csrf(boolean enabled) {
            return this;
        }

        /** Tomcat's maxPostSize: larger form bodies lose their parameters silently (default 2 MB). */
        public Builder maxFormBytes(int bytes) {
            return this;
        }

        /** Server time spent per database pixel (the real server spends about 6 ms). */
        public Builder perPixelDelay(Duration delay) {
            return this;
        }

        /** Registers an engine with a generated UUID id. */
        public Builder engine(String name, String jdbcUrl) {
            return this;
        }

        /** Registers an engine with a fixed id. */
        public Builder engine(String name, String jdbcUrl, String id) {
            return this;
        }

        /** A user who logs in with an access key pair (HTTP Basic), holding {@code permission} on every engine. */
        public Builder accessKeyUser(String username, String accessKey, String secretKey, Permission permission) {
            return this;
        }

        /** A native user (POST /auth/login), holding {@code permission} on every engine. */
        public Builder nativeUser(String username, String password, Permission permission) {
            return this;
        }

        /** A user who authenticates with {@code Authorization: Bearer <token>} and {@code Bearer-Provider}. */
        public Builder bearerUser(String username, String token, String provider, Permission permission) {
            return this;
        }

        /** Overrides one user's permission on one engine. */
        public Builder grant(String username, String engineName, Permission permission) {
            return this;
        }

        /** Starts listening on 127.0.0.1. */
        public SemossEmulator start() {
            throw new UnsupportedOperationException("stub");
        }
    }
}
