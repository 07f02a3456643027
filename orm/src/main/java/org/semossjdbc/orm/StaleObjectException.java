package org.semossjdbc.orm;

/**
 * A versioned record was changed or deleted by someone else since it was loaded: the optimistic-lock check of an
 * update or delete matched no row. The database row keeps the other writer's change; reload and retry.
 */
public class StaleObjectException extends SemossOrmException {

    /** Reports a stale write of {@code model} with the version the caller expected. */
    public StaleObjectException(String message) {
        super(message);
    }
}
