package org.semossjdbc.protocol;

/**
 * What {@code MyEngines} says about the connected database (docs/protocol.md, 'Listing databases and permissions').
 *
 * @param id         {@code database_id}
 * @param name       {@code database_name}
 * @param subtype    {@code database_subtype} ({@code H2_DB}, {@code POSTGRES}, {@code MARIA_DB}, ...), or null
 * @param permission {@code user_permission}: 1 OWNER, 2 EDIT, 3 READ_ONLY; 0 when it cannot be established
 */
public record EngineInfo(String id, String name, String subtype, int permission) {

    /** The engine was not among the caller's engines, so nothing about it is known. */
    public static EngineInfo unknown(String database) {
        return new EngineInfo(database, database, null, 0);
    }

    /** OWNER or EDIT, verified. */
    public boolean canEdit() {
        return permission == 1 || permission == 2;
    }

    /** READ_ONLY, verified. */
    public boolean isReadOnly() {
        return permission == 3;
    }
}
