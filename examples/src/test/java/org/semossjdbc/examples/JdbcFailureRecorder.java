package org.semossjdbc.examples;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Wraps a DataSource so that every {@link SQLException} a framework meets on the way (on connections, statements,
 * metadata and result sets, including those the framework catches and logs or ignores) is recorded with the JDBC
 * method that threw it: what a framework's start-up and normal use ask of the driver that it cannot do.
 */
final class JdbcFailureRecorder {

    private static final List<Class<?>> WRAPPED = List.of(Connection.class, CallableStatement.class,
            PreparedStatement.class, Statement.class, DatabaseMetaData.class, ResultSet.class);

    private final DataSource target;
    private final List<String> failures = new ArrayList<>();

    JdbcFailureRecorder(DataSource target) {
        this.target = target;
    }

    /** The recorded failures: "Interface.method: SQLState message". */
    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                handler(target));
    }

    private InvocationHandler handler(Object delegate) {
        return (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException sql) {
                    synchronized (this) {
                        failures.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + ": "
                                + sql.getSQLState() + " " + sql.getMessage());
                    }
                }
                throw e.getCause();
            }
            if (result == null || method.getName().equals("unwrap")) {
                return result;
            }
            for (Class<?> type : WRAPPED) {
                if (method.getReturnType().isAssignableFrom(type) && type.isInstance(result)) {
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler(result));
                }
            }
            return result;
        };
    }
}
