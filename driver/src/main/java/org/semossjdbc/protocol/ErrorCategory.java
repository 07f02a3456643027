package org.semossjdbc.protocol;

/** What kind of failure a server error is; the JDBC layer picks the {@code SQLException} subclass from it. */
public enum ErrorCategory {
    /** SQL or pixel syntax (class 42). */
    SYNTAX,
    /** Unknown or duplicate table, column, function (class 42 / 3F). */
    UNDEFINED_OBJECT,
    /** Constraint violations (class 23). */
    INTEGRITY,
    /** Data exceptions: too long, out of range, division by zero, bad datetime (class 22). */
    DATA,
    /** The user lacks access or permission (42501). */
    PERMISSION,
    /** Credentials refused (28000). */
    AUTHENTICATION,
    /** A time limit expired (HYT00). */
    TIMEOUT,
    /** The statement was cancelled (57014). */
    CANCELLED,
    /** The server lacks the feature (0A000). */
    NOT_SUPPORTED,
    /** The server could not reach its database, or the HTTP connection failed (class 08). */
    CONNECTION,
    /** An open result on the server is gone (24000). */
    RESULT_LOST,
    /** Wrong number of parameters (07001). */
    PARAMETERS,
    /** A server limit such as the 2 MB form size (54000). */
    LIMIT,
    /** Anything else (HY000 or the backend's own state). */
    GENERIC
}
