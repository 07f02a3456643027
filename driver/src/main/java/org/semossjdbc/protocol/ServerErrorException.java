package org.semossjdbc.protocol;

/** The server answered, with an error: a pixel {@code ERROR} entry or an HTTP 400. */
public final class ServerErrorException extends Exception {
    private final transient ServerError error;

    /** Wraps a classified error; the message is the server's text. */
    public ServerErrorException(ServerError error) {
        super(error.message());
        this.error = error;
    }

    /** The classified error. */
    public ServerError error() {
        return error;
    }
}
