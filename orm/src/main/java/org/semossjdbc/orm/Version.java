package org.semossjdbc.orm;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the optimistic-lock counter (an {@code int}/{@code long} field, or their wrappers). Every update runs
 * {@code UPDATE ... SET ..., version = version + 1 WHERE id = ? AND version = ?} and expects exactly one row;
 * otherwise {@link StaleObjectException}. A new record starts at version 0.
 *
 * <p>Some connections report no update count ({@link java.sql.Statement#SUCCESS_NO_INFO}: the semoss driver with
 * {@code updateCounts=audited}, or a user whose OWNER/EDIT permission it cannot verify). For them, name a {@link #token()} column (text, at least 36 characters): each write stores a fresh random token in
 * the same UPDATE and reads it back, so a write is reported successful only if this very UPDATE matched. Without a
 * token column such a backend makes versioned updates fail with a clear error instead of guessing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
    /** The column that receives a per-write token, or empty (the default) for none. */
    String token() default "";
}
