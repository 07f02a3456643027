package org.semossjdbc.transport;

import okhttp3.Request;

/**
 * How one kind of {@link Credentials} authenticates a request and (re)establishes a session. One implementation per
 * credential type; the transport owns the cookies, CSRF and retry rules around them.
 */
sealed interface SessionAuthenticator permits BasicAuthenticator, BearerAuthenticator, NativeLoginAuthenticator {

    /** Creates the authenticator for {@code credentials}. */
    static SessionAuthenticator of(Credentials credentials) {
        if (credentials instanceof Credentials.AccessKey accessKey) {
            return new BasicAuthenticator(accessKey);
        }
        if (credentials instanceof Credentials.Bearer bearer) {
            return new BearerAuthenticator(bearer);
        }
        if (credentials instanceof Credentials.Login login) {
            return new NativeLoginAuthenticator(login);
        }
        throw new IllegalArgumentException("credentials are required");
    }

    /** Adds this scheme's headers to a request; {@code sessionHasUser} says whether a logged-in session exists. */
    void addHeaders(Request.Builder request, boolean sessionHasUser);

    /**
     * Establishes a logged-in session when the scheme needs a request of its own for it (native login). Header
     * schemes do nothing here: the next request carries the credentials and logs in by itself.
     */
    void logIn(HttpTransport transport, CallHandle handle) throws TransportException;

    /** Whether a session must be created by {@link #logIn} before the first ordinary request. */
    boolean logsInSeparately();
}
