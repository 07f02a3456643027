/**
 * Connection-pool integration that needs the pool's own types: {@link org.semossjdbc.pool.HikariExceptionOverride}.
 * The pool is an optional dependency; nothing else in the driver refers to this package.
 */
package org.semossjdbc.pool;
