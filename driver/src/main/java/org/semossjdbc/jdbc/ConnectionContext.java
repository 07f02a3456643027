package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.EngineInfo;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.LiteralRenderer;

/**
 * What a connection learns about its engine when it opens: the engine row from {@code MyEngines}, the dialect (from
 * {@code database_subtype} unless the {@code dialect} property overrides it) and the literal renderer for it.
 *
 * @param engine   the engine description and the caller's permission
 * @param dialect  the SQL dialect in use
 * @param renderer renders parameter values for {@code dialect} in the session zone
 */
record ConnectionContext(EngineInfo engine, Dialect dialect, LiteralRenderer renderer) {
}
