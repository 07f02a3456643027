package org.semossjdbc.orm.binds;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A hand-written DataSource over a {@link TestTarget} that counts the connections handed out and not yet closed, so
 * tests can show that the DataSource forms return what they borrow.
 */
public final class BorrowingDataSource implements DataSource {
    private final TestTarget target;
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger borrowed = new AtomicInteger();

    /** Borrows owner connections of {@code target}. */
    public BorrowingDataSource(TestTarget target) {
        this.target = target;
    }

    /** Connections handed out and not closed. */
    public int open() {
        return open.get();
    }

    /** Connections handed out in all. */
    public int borrowed() {
        return borrowed.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = target.open();
        open.incrementAndGet();
        borrowed.incrementAndGet();
        // a proxy only to see close(); every other call goes to the real connection unchanged
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && !real.isClosed()) {
                        open.decrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("test data source has fixed credentials");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
