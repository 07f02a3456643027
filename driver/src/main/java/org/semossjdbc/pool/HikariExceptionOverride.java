package org.semossjdbc.pool;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;

/**
 * Keeps HikariCP from evicting a healthy SEMOSS connection because a call was refused as unsupported.
 *
 * <p>HikariCP treats SQLState {@code 0A000} (feature not supported) like a broken connection: it closes the
 * connection and logs a warning. This driver answers 0A000 for what SEMOSS cannot do (savepoints,
 * {@code setAutoCommit(false)} with {@code transactions=strict}, updatable result sets, OUT parameters of callable
 * statements, named parameters, arrays, ...), and a backend behind SEMOSS may answer it for unsupported SQL; in every
 * case the HTTP connection is as good as before. Everything else (08xxx for lost connections, ...) is left to
 * HikariCP's own judgement.
 *
 * <p>Configure it by class name: {@code config.setExceptionOverrideClassName(HikariExceptionOverride.class.getName())},
 * or in Spring Boot {@code spring.datasource.hikari.exception-override-class-name=org.semossjdbc.pool.HikariExceptionOverride}.
 * HikariCP 4.0.1 or later is needed; the driver itself does not depend on HikariCP.
 */
public final class HikariExceptionOverride implements SQLExceptionOverride {

    /** HikariCP instantiates the override by class name. */
    public HikariExceptionOverride() {
    }

    /**
     * {@code DO_NOT_EVICT} for SQLState 0A000, {@code CONTINUE_EVICT} (HikariCP decides) for everything else.
     *
     * @param sqlException the exception HikariCP is judging (one link of a chain at a time)
     * @return whether HikariCP may evict the connection
     */
    @java.lang.Override
    public Override adjudicate(SQLException sqlException) {
        return sqlException != null && "0A000".equals(sqlException.getSQLState())
                ? Override.DO_NOT_EVICT : Override.CONTINUE_EVICT;
    }
}
