package org.semossjdbc.protocol;

import org.semossjdbc.transport.TransportException;

/**
 * A call to SEMOSS that produced no usable answer (cannot connect, timeout, cancel, connection lost, credentials
 * refused). {@link #requestSent()} says whether the server may have received, and run, the request: for a write
 * that decides whether its fate is unknown.
 */
public final class CallFailedException extends Exception {

    /** Why the call failed. */
    public enum Failure {
        /** Nothing reached the server (DNS, refused, TLS handshake). */
        CONNECT_FAILED,
        /** The server's certificate or host name was not trusted. */
        TLS_UNTRUSTED,
        /** The call's time limit expired. */
        TIMEOUT,
        /** The call was cancelled. */
        CANCELLED,
        /** The connection broke after the request was (possibly) sent. */
        CONNECTION_LOST,
        /** The credentials were refused. */
        NOT_AUTHENTICATED,
        /** The server refused the request (HTTP 403, CSRF). */
        FORBIDDEN,
        /** Any other unexpected HTTP answer. */
        HTTP_STATUS
    }

    private final Failure failure;
    private final boolean requestSent;

    private CallFailedException(Failure failure, boolean requestSent, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
        this.requestSent = requestSent;
    }

    static CallFailedException from(TransportException e) {
        return new CallFailedException(Failure.valueOf(e.kind().name()), e.requestSent(), e.getMessage(), e);
    }

    /** Why the call failed. */
    public Failure failure() {
        return failure;
    }

    /** False only when the server certainly never received the request. */
    public boolean requestSent() {
        return requestSent;
    }
}
