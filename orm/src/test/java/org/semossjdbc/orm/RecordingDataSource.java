package org.semossjdbc.orm;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A hand-written fake around a real DataSource: it records every SQL statement the ORM executes and counts open
 * connections, and can hide UPDATE counts the way jdbc:semoss does with updateCounts=audited ({@link Statement#SUCCESS_NO_INFO}).
 */
final class RecordingDataSource implements DataSource {

    private final DataSource target;
    private final List<String> executed = new ArrayList<>();
    private final AtomicInteger openConnections = new AtomicInteger();
    private volatile boolean hideUpdateCounts;

    RecordingDataSource(DataSource target) {
        this.target = target;
    }

    /** SQL executed since the last {@link #reset()}, in order (batches once per executeBatch). */
    synchronized List<String> executed() {
        return List.copyOf(executed);
    }

    /** Executed statements that read (SELECT ...). */
    List<String> selects() {
        return executed().stream().filter(s -> s.trim().toUpperCase(Locale.ROOT).startsWith("SELECT")).toList();
    }

    synchronized void reset() {
        executed.clear();
    }

    /** Connections borrowed and not yet closed. */
    int openConnections() {
        return openConnections.get();
    }

    /** When true, UPDATE statements answer SUCCESS_NO_INFO instead of their row count. */
    void hideUpdateCounts(boolean hide) {
        hideUpdateCounts = hide;
    }

    private synchronized void record(String sql) {
        executed.add(sql);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(target.getConnection(user, password));
    }

    private Connection wrap(Connection connection) {
        openConnections.incrementAndGet();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("close")) {
                openConnections.decrementAndGet();
            }
            Object result = invoke(connection, method, args);
            if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement prepared) {
                return wrapStatement(prepared, (String) args[0]);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private PreparedStatement wrapStatement(PreparedStatement statement, String sql) {
        boolean isUpdate = sql.trim().toUpperCase(Locale.ROOT).startsWith("UPDATE");
        InvocationHandler handler = (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute") && (args == null || args.length == 0)) {
                record(sql);
                Object result = invoke(statement, method, args);
                if (hideUpdateCounts && isUpdate && name.equals("executeUpdate")) {
                    return Statement.SUCCESS_NO_INFO;
                }
                if (hideUpdateCounts && isUpdate && name.equals("executeBatch")) {
                    int[] counts = ((int[]) result).clone();
                    Arrays.fill(counts, Statement.SUCCESS_NO_INFO);
                    return counts;
                }
                return result;
            }
            return invoke(statement, method, args);
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getLogger("org.semossjdbc.orm.test");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return target.isWrapperFor(iface);
    }
}
