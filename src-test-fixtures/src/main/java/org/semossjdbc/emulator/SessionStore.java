package org.semossjdbc.emulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The servlet container's session table: ids are 32 hex digits like Tomcat's, sessions idle longer than the
 * timeout are destroyed on the next look-up or sweep, and destruction runs a listener (which drops the
 * session's insights, as SEMOSS's UserSessionLoader does).
 */
final class SessionStore {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    private final Consumer<HttpSession> onDestroy;
    private volatile Duration idleTimeout;

    SessionStore(Duration idleTimeout, Consumer<HttpSession> onDestroy) {
        this.idleTimeout = idleTimeout;
        this.onDestroy = onDestroy;
    }

    Duration idleTimeout() {
        return idleTimeout;
    }

    HttpSession create() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
        SecretLedger.remember(id); // the session cookie's value
        HttpSession session = new HttpSession(id, System.nanoTime());
        sessions.put(id, session);
        return session;
    }

    /** The live session with this id, touched; null for unknown, invalidated or expired ids. */
    HttpSession find(String id) {
        if (id == null) {
            return null;
        }
        HttpSession session = sessions.get(id);
        if (session == null) {
            return null;
        }
        long now = System.nanoTime();
        if (now - session.lastAccessNanos() > idleTimeout.toNanos()) {
            invalidate(session);
            return null;
        }
        session.touch(now);
        return session;
    }

    /**
     * Tomcat's changeSessionId on login: the state moves to a new id and the old id stops working, without the
     * destroy listener running (the insights stay).
     */
    HttpSession rotate(HttpSession old) {
        HttpSession fresh = create();
        fresh.insightIds().addAll(old.insightIds());
        fresh.csrfToken(old.csrfToken());
        fresh.user(old.user());
        sessions.remove(old.id(), old);
        return fresh;
    }

    void invalidate(HttpSession session) {
        if (sessions.remove(session.id(), session)) {
            onDestroy.accept(session);
        }
    }

    /** Destroys sessions idle past the timeout. */
    void sweep() {
        long now = System.nanoTime();
        for (HttpSession session : new ArrayList<>(sessions.values())) {
            if (now - session.lastAccessNanos() > idleTimeout.toNanos()) {
                invalidate(session);
            }
        }
    }

    /** Destroys every session now, as if all had timed out. */
    void expireAll() {
        List<HttpSession> all = new ArrayList<>(sessions.values());
        all.forEach(this::invalidate);
    }

    void closeAll() {
        expireAll();
    }
}
