package org.semossjdbc.protocol;

/**
 * SEMOSS refused the connection's engine: it does not exist, or the caller may not use it. The server words both
 * cases alike ("Database ... does not exist or user does not have access to database", docs/protocol.md, 'SEMOSS
 * errors'), so they cannot be told apart.
 */
public final class EngineUnavailableException extends Exception {
    private final String database;
    private final String serverMessage;

    /**
     * @param database      the engine id or name as the connection gave it
     * @param serverMessage the server's answer, unchanged
     */
    public EngineUnavailableException(String database, String serverMessage) {
        super(serverMessage);
        this.database = database;
        this.serverMessage = serverMessage;
    }

    /** The engine id or name as the connection gave it. */
    public String database() {
        return database;
    }

    /** The server's answer, unchanged. */
    public String serverMessage() {
        return serverMessage;
    }
}
