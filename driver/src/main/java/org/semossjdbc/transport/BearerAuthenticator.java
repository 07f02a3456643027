package org.semossjdbc.transport;

import okhttp3.Request;

/**
 * {@code Authorization: Bearer} plus {@code Bearer-Provider} on every request. Unlike access keys, a token is
 * checked against the provider on each login and may expire on its own schedule, so it always travels; SEMOSS ignores
 * it while the session has a user.
 */
final class BearerAuthenticator implements SessionAuthenticator {

    private final String authorization;
    private final String provider;

    BearerAuthenticator(Credentials.Bearer bearer) {
        if (bearer.token() == null || bearer.token().isBlank()) {
            throw new IllegalArgumentException("a bearer token is required");
        }
        this.authorization = "Bearer " + bearer.token();
        this.provider = bearer.provider();
    }

    @Override
    public void addHeaders(Request.Builder request, boolean sessionHasUser) {
        request.header("Authorization", authorization);
        if (provider != null && !provider.isBlank()) {
            request.header("Bearer-Provider", provider);
        }
    }

    @Override
    public void logIn(HttpTransport transport, CallHandle handle) {
        // Every request carries the token; the retried request logs in by itself.
    }

    @Override
    public boolean logsInSeparately() {
        return false;
    }

    @Override
    public String toString() {
        return "BearerAuthenticator[token=****, provider=" + provider + "]";
    }
}
