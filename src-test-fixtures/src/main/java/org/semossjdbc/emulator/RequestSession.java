package org.semossjdbc.emulator;

import com.sun.net.httpserver.HttpExchange;

/**
 * The session of one request, created only where the real server creates one: a successful access-key or bearer
 * login, {@code /config}, the no-user redirect, a native login, or any request while the CSRF filter is on. Failed
 * logins, registrations and malformed headers get no cookie (007, 008, 017). Used by one request thread only.
 */
final class RequestSession {

    private final EmulatorRuntime runtime;
    private final HttpExchange exchange;
    private HttpSession session;

    RequestSession(EmulatorRuntime runtime, HttpExchange exchange, HttpSession existing) {
        this.runtime = runtime;
        this.exchange = exchange;
        this.session = existing;
    }

    /** The session, or null when the request has none yet. */
    HttpSession current() {
        return session;
    }

    /** The session, created (with its Set-Cookie) when the request has none. */
    HttpSession getOrCreate() {
        if (session == null) {
            session = runtime.sessions().create();
            setCookie(session);
        }
        return session;
    }

    /** Login rotates the id: the state moves to a new session whose cookie replaces any other. */
    HttpSession rotate() {
        HttpSession old = session;
        session = old == null ? runtime.sessions().create() : runtime.sessions().rotate(old);
        exchange.getResponseHeaders().remove("Set-Cookie");
        setCookie(session);
        return session;
    }

    UserAccount user() {
        return session == null ? null : session.user();
    }

    private void setCookie(HttpSession created) {
        String path = runtime.contextPath().isEmpty() ? "/" : runtime.contextPath();
        exchange.getResponseHeaders().add("Set-Cookie",
                runtime.cookieName() + "=" + created.id() + "; Path=" + path + "; HttpOnly");
    }
}
