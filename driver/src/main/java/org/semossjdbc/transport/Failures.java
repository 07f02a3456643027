package org.semossjdbc.transport;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.semossjdbc.transport.TransportException.Kind;

/** Maps an I/O failure of an exchange to the {@link TransportException} callers act on. */
final class Failures {

    private Failures() {
    }

    /**
     * @param what        e.g. {@code POST /engine/runPixel}, for the message
     * @param requestSent whether OkHttp had started writing the request when it failed
     */
    static TransportException classify(IOException failure, String what, boolean requestSent, CallHandle handle) {
        if (failure instanceof TransportException known) {
            return known;
        }
        // Cancel and deadline are checked first: both surface from OkHttp as a generic "Canceled" or "timeout".
        if (handle.isCancelled()) {
            return new TransportException(Kind.CANCELLED, requestSent, 0, what + " was cancelled", failure);
        }
        if (handle.isExpired()) {
            return new TransportException(Kind.TIMEOUT, requestSent, 0,
                    what + " exceeded the call's time limit", failure);
        }
        // A thread interrupted in the middle of an exchange (an executor's shutdownNow, say) abandons it, as a cancel.
        if (failure instanceof ClosedByInterruptException || Thread.currentThread().isInterrupted()) {
            return new TransportException(Kind.CANCELLED, requestSent, 0,
                    what + " was abandoned: the calling thread was interrupted", failure);
        }
        if (isUntrusted(failure)) {
            return new TransportException(Kind.TLS_UNTRUSTED, false, 0, untrustedMessage(failure), failure);
        }
        if (!requestSent) {
            return new TransportException(Kind.CONNECT_FAILED, false, 0,
                    "Could not connect for " + what + ": " + describe(failure), failure);
        }
        if (failure instanceof SocketTimeoutException || failure instanceof InterruptedIOException) {
            return new TransportException(Kind.TIMEOUT, true, 0,
                    what + " timed out waiting for the server (read timeout)", failure);
        }
        return new TransportException(Kind.CONNECTION_LOST, true, 0,
                "The connection broke during " + what + ": " + describe(failure), failure);
    }

    private static boolean isUntrusted(Throwable failure) {
        if (failure instanceof SSLPeerUnverifiedException) {
            return true;
        }
        if (!(failure instanceof SSLHandshakeException)) {
            return false;
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof CertificateException || cause instanceof CertPathValidatorException
                    || cause instanceof CertPathBuilderException) {
                return true;
            }
        }
        return false;
    }

    private static String untrustedMessage(IOException failure) {
        if (failure instanceof SSLPeerUnverifiedException) {
            return "The server's certificate does not match its host name (" + describe(failure)
                    + "); connect with the name the certificate was issued for";
        }
        return "The server's certificate is not trusted; configure the trustStore property with the server's"
                + " certificate or its issuing CA (" + describe(failure) + ")";
    }

    /** The exception's class and message, which for socket errors name a host and port but never a secret. */
    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        String type = failure.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
