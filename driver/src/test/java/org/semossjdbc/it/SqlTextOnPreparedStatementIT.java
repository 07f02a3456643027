package org.semossjdbc.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * JDBC: "Methods that take a query string cannot be called on a PreparedStatement or CallableStatement". Every public
 * method of {@link Statement} whose first parameter is the SQL text is found by reflection (so an overload added to
 * {@code Statement} later is checked too), called on a prepared statement with an INSERT of its own, and must throw
 * without sending anything: the emulator runs no SQL and the table stays empty.
 */
class SqlTextOnPreparedStatementIT {
    /** Same state as pgjdbc gives ("wrong object type": a query string handed to the wrong kind of statement). */
    private static final String WRONG_OBJECT_TYPE = "42809";

    /** The methods whose String is not SQL: a cursor name, and the quoting helpers, which run nothing. */
    private static final Set<String> NOT_SQL_TEXT = Set.of(
            "setCursorName", "enquoteLiteral", "enquoteIdentifier", "enquoteNCharLiteral", "isSimpleIdentifier");

    @RegisterExtension
    static final EmulatorSetup setup = EmulatorSetup.extension(Backend.H2);
    private static Connection connection;

    @BeforeAll
    static void connect() throws SQLException {
        connection = setup.connect();
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("CREATE TABLE foreign_sql (id INT PRIMARY KEY)");
        }
    }

    @AfterAll
    static void disconnect() throws SQLException {
        connection.close();
    }

    /** Every {@code Statement} method taking SQL text, with each meaningful value of its second argument. */
    private static List<Call> sqlTextCalls() {
        List<Call> calls = new ArrayList<>();
        List<Method> methods = Arrays.stream(Statement.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .filter(m -> !NOT_SQL_TEXT.contains(m.getName()))
                .filter(m -> m.getParameterCount() > 0 && m.getParameterTypes()[0] == String.class)
                .sorted(Comparator.comparing(Method::toString))
                .toList();
        for (Method method : methods) {
            Class<?>[] types = method.getParameterTypes();
            if (types.length == 1) {
                calls.add(new Call(method, null, "no keys"));
            } else if (types.length == 2 && types[1] == int.class) {
                calls.add(new Call(method, Statement.RETURN_GENERATED_KEYS, "RETURN_GENERATED_KEYS"));
                calls.add(new Call(method, Statement.NO_GENERATED_KEYS, "NO_GENERATED_KEYS"));
            } else if (types.length == 2 && types[1] == int[].class) {
                calls.add(new Call(method, new int[]{1}, "column indexes"));
            } else if (types.length == 2 && types[1] == String[].class) {
                calls.add(new Call(method, new String[]{"ID"}, "column names"));
            } else {
                throw new AssertionError("Statement has a SQL-text method this test cannot call yet: " + method);
            }
        }
        return calls;
    }

    @Test
    void reflectionFindsEveryOverload() {
        // executeQuery, addBatch, and execute/executeUpdate/executeLargeUpdate with (sql), (sql, int),
        // (sql, int[]), (sql, String[]): 14 methods, 17 calls. A smaller number means the filter above broke.
        assertEquals(17, sqlTextCalls().size(), sqlTextCalls().toString());
    }

    @TestFactory
    Stream<DynamicTest> preparedStatementRefusesSqlText() throws SQLException {
        return checks(connection.prepareStatement("SELECT COUNT(*) FROM foreign_sql"));
    }

    @TestFactory
    Stream<DynamicTest> callableStatementRefusesSqlText() throws SQLException {
        Statement callable;
        try {
            callable = connection.prepareCall("{call foreign_sql_count()}");
        } catch (SQLFeatureNotSupportedException unsupported) {
            // No CallableStatement in this driver yet: then refusing to create one is the contract to keep.
            return Stream.of(DynamicTest.dynamicTest("prepareCall is refused",
                    () -> assertInstanceOf(SQLFeatureNotSupportedException.class, unsupported)));
        }
        return checks(callable);
    }

    private Stream<DynamicTest> checks(Statement statement) {
        int[] nextId = {1};
        return sqlTextCalls().stream().map(call -> DynamicTest.dynamicTest(call.toString(), () -> {
            String insert = "INSERT INTO foreign_sql VALUES (" + nextId[0]++ + ")";
            setup.semoss().hooks().resetCounters();
            InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                    () -> call.invoke(statement, insert), call + " ran on a " + statement.getClass().getSimpleName());
            SQLException e = assertInstanceOf(SQLException.class, thrown.getCause());
            assertEquals(WRONG_OBJECT_TYPE, e.getSQLState(), e.getMessage());
            assertEquals(0, setup.semoss().hooks().runPixelCount(), call + " sent a pixel");
            assertEquals(List.of(), setup.semoss().hooks().executedSql(EmulatorSetup.ENGINE));
            assertEquals(0, rowCount(), call + " inserted a row");
            assertFalse(statement.isClosed(), "a refused call leaves the statement usable");
        }));
    }

    private static int rowCount() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM foreign_sql")) {
            if (!rs.next()) {
                fail("COUNT(*) returned no row");
            }
            return rs.getInt(1);
        }
    }

    private record Call(Method method, Object second, String variant) {
        void invoke(Statement target, String sql) throws InvocationTargetException, IllegalAccessException {
            if (second == null) {
                method.invoke(target, sql);
            } else {
                method.invoke(target, sql, second);
            }
        }

        @Override
        public String toString() {
            return method.getName() + Arrays.toString(method.getParameterTypes()).replace("class ", "") + " " + variant;
        }
    }
}
