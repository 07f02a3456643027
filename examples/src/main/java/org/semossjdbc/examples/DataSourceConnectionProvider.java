package org.semossjdbc.examples;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Hands Quartz connections from a {@link DataSource} over {@code jdbc:semoss:} (pooled or not). Register it under the
 * name the job store's {@code org.quartz.jobStore.dataSource} property uses with
 * {@code DBConnectionManager.getInstance().addConnectionProvider(name, provider)} before creating the scheduler.
 */
public final class DataSourceConnectionProvider implements ConnectionProvider {

    private final DataSource dataSource;

    /** Serves connections from {@code dataSource}, which stays owned by the caller. */
    public DataSourceConnectionProvider(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** A connection from the data source. */
    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Nothing to do: the caller owns the data source and closes it. */
    @Override
    public void shutdown() {
    }

    /** Nothing to do: the data source is ready when given. */
    @Override
    public void initialize() {
    }
}
