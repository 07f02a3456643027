package org.semossjdbc.transport;

/**
 * What the transport knows about the server's CSRF protection: whether it is on (a server setting, kept across
 * sessions) and the current token (bound to the HTTP session, so dropped with the cookies). Thread-safe: both fields
 * are volatile and each is written as a whole.
 */
final class CsrfState {

    private volatile boolean enabled;
    private volatile String token;

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** The token to send as {@code X-CSRF-Token} on POSTs, or null. */
    String token() {
        return token;
    }

    void setToken(String token) {
        this.token = token;
    }

    /** Forgets the token (the session it belonged to is gone). */
    void clearToken() {
        this.token = null;
    }

    @Override
    public String toString() {
        return "CsrfState[enabled=" + enabled + ", token=" + (token == null ? "none" : "****") + "]";
    }
}
