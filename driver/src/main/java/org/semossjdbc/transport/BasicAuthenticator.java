package org.semossjdbc.transport;

import java.nio.charset.StandardCharsets;

import okhttp3.Request;

/**
 * Access keys as HTTP Basic, sent only while no logged-in session exists.
 *
 * <p>Why not on every request: while the session has a user SEMOSS does not read the header at all, and when the
 * session has expired a Basic header silently logs in again into a new session, in which the old session's insights
 * are gone. Sending it only until a session exists makes expiry visible as a 302, which the transport answers by
 * dropping the cookies and resending with Basic (and by bumping {@link HttpTransport#sessionGeneration()}). The retry
 * never carries the cookie the 302 came with: that new session holds a "stored redirect", and Basic on it would earn
 * one more 302.
 */
final class BasicAuthenticator implements SessionAuthenticator {

    private final String headerValue;

    BasicAuthenticator(Credentials.AccessKey accessKey) {
        if (accessKey.accessKey() == null || accessKey.secretKey() == null) {
            throw new IllegalArgumentException("access key and secret key are required");
        }
        this.headerValue = okhttp3.Credentials.basic(accessKey.accessKey(), accessKey.secretKey(),
                StandardCharsets.UTF_8);
    }

    @Override
    public void addHeaders(Request.Builder request, boolean sessionHasUser) {
        if (!sessionHasUser) {
            request.header("Authorization", headerValue);
        }
    }

    @Override
    public void logIn(HttpTransport transport, CallHandle handle) {
        // The retried request carries the header and logs in by itself.
    }

    @Override
    public boolean logsInSeparately() {
        return false;
    }

    @Override
    public String toString() {
        return "BasicAuthenticator[****]";
    }
}
