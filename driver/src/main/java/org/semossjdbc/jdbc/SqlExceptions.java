package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.ServerError;
import org.semossjdbc.protocol.ServerErrorException;
import org.semossjdbc.protocol.CallFailedException;

import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/** Turns protocol and transport failures into SQLExceptions of the fitting subclass and SQLState. */
final class SqlExceptions {
    private SqlExceptions() {
    }

    /** A server error: the message keeps the server's text; the SQLState comes from the classifier. */
    static SQLException from(ServerErrorException e) {
        ServerError error = e.error();
        String message = error.message() == null ? "The server reported an error without a message" : error.message();
        String state = error.sqlState();
        int code = error.vendorCode();
        SQLException result = switch (error.category()) {
            case SYNTAX, UNDEFINED_OBJECT, PERMISSION -> new SQLSyntaxErrorException(message, state, code);
            case INTEGRITY -> new SQLIntegrityConstraintViolationException(message, state, code);
            case DATA -> new SQLDataException(message, state, code);
            case AUTHENTICATION -> new SQLInvalidAuthorizationSpecException(message, state, code);
            case TIMEOUT -> new SQLTimeoutException(message, state, code);
            case CANCELLED -> new SQLTransientException(message, state, code);
            case NOT_SUPPORTED -> new SQLFeatureNotSupportedException(message, state, code);
            case CONNECTION -> new SQLNonTransientConnectionException(message, state, code);
            case RESULT_LOST, PARAMETERS, LIMIT -> new SQLNonTransientException(message, state, code);
            case GENERIC -> new SQLException(message, state, code);
        };
        result.initCause(e);
        return result;
    }

    /**
     * A server error with {@code note} appended to its message (none when null); class and SQLState are those of
     * {@link #from(ServerErrorException)}.
     */
    static SQLException from(ServerErrorException e, String note) {
        if (note == null) {
            return from(e);
        }
        ServerError error = e.error();
        String message = error.message() == null ? "The server reported an error without a message" : error.message();
        ServerErrorException noted = new ServerErrorException(new ServerError(error.sqlState(), error.category(),
                error.vendorCode(), message + " (" + note + ")"));
        noted.initCause(e);
        return from(noted);
    }

    /**
     * A server error for a statement the driver sent in another form than written (a counting or RETURNING form):
     * when the server's message quotes that form, a note says where it came from, so the user is not left wondering
     * about SQL they never wrote.
     */
    static SQLException from(ServerErrorException e, String sentForm, String note) {
        return from(e, quotes(e.error().message(), sentForm) ? note : null);
    }

    /** Whether {@code message} quotes the start of {@code sql} (servers may change its case or spacing). */
    static boolean quotes(String message, String sql) {
        if (message == null) {
            return false;
        }
        String start = squeeze(sql);
        start = start.substring(0, Math.min(24, start.length()));
        return !start.isEmpty() && squeeze(message).contains(start);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * An HTTP failure. {@code write} marks a data-changing request: if it may have reached the server, its fate is
     * unknown and the exception must say so (08007), because retrying could apply it twice.
     */
    static SQLException from(CallFailedException e, boolean write) {
        boolean fateUnknown = write && e.requestSent();
        String note = fateUnknown ? " The statement may or may not have been applied on the server." : "";
        String message = e.getMessage() + note;
        SQLException result = switch (e.failure()) {
            // A write that timed out after it was sent may have run: 08007 says so, the class still says timeout.
            case TIMEOUT -> new SQLTimeoutException("Query timeout expired: " + message, fateUnknown ? "08007" : "HYT00");
            case CANCELLED -> new SQLTransientException("Statement cancelled: " + message, "57014");
            case NOT_AUTHENTICATED -> new SQLInvalidAuthorizationSpecException(
                    "SEMOSS refused the credentials: " + e.getMessage(), "28000");
            case FORBIDDEN -> new SQLInvalidAuthorizationSpecException(
                    "SEMOSS refused the request (HTTP 403, CSRF token): " + e.getMessage(), "28000");
            case CONNECT_FAILED -> new SQLTransientConnectionException(
                    "Cannot connect to the SEMOSS server: " + e.getMessage(), "08001");
            case TLS_UNTRUSTED -> new SQLNonTransientConnectionException(
                    "The SEMOSS server's certificate is not trusted: " + e.getMessage(), "08001");
            case CONNECTION_LOST, HTTP_STATUS -> fateUnknown
                    ? new SQLNonTransientConnectionException("Connection to SEMOSS lost after the statement was sent: "
                    + message, "08007")
                    : new SQLTransientConnectionException("Connection to SEMOSS lost: " + message, "08006");
        };
        result.initCause(e);
        return result;
    }

    static SQLException closed(String what) {
        return new SQLNonTransientException(what + " is closed", what.equals("ResultSet") ? "24000"
                : what.equals("Connection") ? "08003" : "HY010");
    }

    static SQLFeatureNotSupportedException unsupported(String what) {
        return new SQLFeatureNotSupportedException(what + " is not supported by SEMOSS", "0A000");
    }
}
