package org.semossjdbc.emulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One emulated servlet session: the logged-in user (if any), the insights tied to it, its CSRF token and its idle
 * clock. Fields other threads read are volatile; the insight set is concurrent.
 */
final class HttpSession {

    private final String id;
    private final Set<String> insightIds = ConcurrentHashMap.newKeySet();
    private volatile UserAccount user;
    private volatile long lastAccessNanos;
    private volatile String csrfToken;

    HttpSession(String id, long nowNanos) {
        this.id = id;
        this.lastAccessNanos = nowNanos;
    }

    String id() {
        return id;
    }

    UserAccount user() {
        return user;
    }

    void user(UserAccount account) {
        this.user = account;
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }

    Set<String> insightIds() {
        return insightIds;
    }

    String csrfToken() {
        return csrfToken;
    }

    void csrfToken(String token) {
        SecretLedger.remember(token);
        this.csrfToken = token;
    }
}
