package org.semossjdbc.transport;

import java.io.IOException;

/**
 * An HTTP exchange that did not produce a usable response. {@link #requestSent()} tells callers whether the server
 * may have received (and run) the request, which decides whether a write's fate is unknown.
 */
public final class TransportException extends IOException {

    /** Why the exchange failed. */
    public enum Kind {
        /** DNS, connection refused, TLS handshake other than trust: nothing reached the server. */
        CONNECT_FAILED,
        /** The server's certificate or host name was not trusted. */
        TLS_UNTRUSTED,
        /** The call or read timeout expired. */
        TIMEOUT,
        /** {@link CallHandle#cancel()} was called. */
        CANCELLED,
        /** The connection broke after the request was (possibly) sent. */
        CONNECTION_LOST,
        /** Credentials were refused (302 on every retry, 401 from login). */
        NOT_AUTHENTICATED,
        /** CSRF token refused (403). */
        FORBIDDEN,
        /** Any other unexpected HTTP status (5xx, HTML bodies, ...). */
        HTTP_STATUS
    }

    private final Kind kind;
    private final boolean requestSent;
    private final int status;

    public TransportException(Kind kind, boolean requestSent, int status, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.requestSent = requestSent;
        this.status = status;
    }

    /** Why the exchange failed. */
    public Kind kind() {
        return kind;
    }

    /** False only when the server certainly never received the request. */
    public boolean requestSent() {
        return requestSent;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, {@link Kind#FORBIDDEN}, {@link Kind#NOT_AUTHENTICATED}; else 0. */
    public int status() {
        return status;
    }
}
