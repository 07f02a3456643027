package org.semossjdbc.sql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * Checks every {@link DialectFeatures} answer against the backend's native driver, and the function lists against
 * the backend itself: a JDBC function is listed exactly when its probe ({@code open-group-functions.txt}) runs
 * natively and gives the JDBC result.
 */
class DialectFeaturesTest {

    private static final Map<String, String> FUNCTION_LISTS = Map.of("numeric", "getNumericFunctions",
            "string", "getStringFunctions", "system", "getSystemFunctions", "timedate", "getTimeDateFunctions");

    @ParameterizedTest
    @EnumSource(Backend.class)
    void answersMatchTheNativeDriver(Backend backend) throws Exception {
        CatalogFixture f = CatalogQueriesTest.fixture(backend);
        DialectFeatures features = DialectFeatures.forDialect(f.dialect);
        DatabaseMetaData meta = f.connection.getMetaData();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> answer : features.answers().entrySet()) {
            String method = answer.getKey();
            if (FUNCTION_LISTS.containsValue(method) || knownDifference(backend, method)) {
                continue;
            }
            Method getter = DatabaseMetaData.class.getMethod(method);
            Object value;
            try {
                value = getter.invoke(meta);
            } catch (InvocationTargetException e) {
                problems.add(method + " fails natively: " + e.getCause());
                continue;
            }
            if (!answer.getValue().equals(String.valueOf(value))) {
                problems.add(method + ": ours=" + answer.getValue() + " native=" + value);
            }
        }
        assertEquals(List.of(), problems, backend + " answers differ from the native driver");
        assertEquals("\\", features.searchStringEscape(), "CatalogQueries escapes patterns with a backslash");
        assertTrue(features.flag("supportsLikeEscapeClause"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void functionListsNameExactlyTheJdbcFunctionsTheBackendRuns(Backend backend) throws SQLException {
        CatalogFixture f = CatalogQueriesTest.fixture(backend);
        DialectFeatures features = DialectFeatures.forDialect(f.dialect);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        FUNCTION_LISTS.keySet().forEach(category -> expected.put(category, new ArrayList<>()));
        for (String[] c : CatalogQueriesTest.cases("open-group-functions.txt")) {
            if (probe(f.connection, c[2], c[3])) {
                expected.get(c[0]).add(c[1]);
            }
        }
        for (Map.Entry<String, List<String>> category : expected.entrySet()) {
            String listed = features.answer(FUNCTION_LISTS.get(category.getKey()));
            List<String> names = listed.isEmpty() ? List.of() : Arrays.asList(listed.split(","));
            assertEquals(category.getValue(), names, backend + " " + category.getKey() + " functions");
        }
    }

    private static boolean probe(Connection connection, String expression, String expected) throws SQLException {
        String want = expected.startsWith("\"") ? expected.substring(1, expected.length() - 1) : expected;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT " + expression)) {
            rs.next();
            String value = rs.getString(1);
            if (want.equals("*") || want.equals(value)) {
                return true;
            }
            try {
                return Math.abs(Double.parseDouble(value) - Double.parseDouble(want)) < 1e-9;
            } catch (NumberFormatException | NullPointerException notANumber) {
                return false;
            }
        } catch (SQLException unsupported) {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            return false;
        }
    }

    private static boolean knownDifference(Backend backend, String method) {
        for (String[] c : CatalogQueriesTest.cases("native-differences.txt")) {
            if (c[0].equalsIgnoreCase(backend.name()) && c[1].equals("features") && c[2].equals(method)) {
                return true;
            }
        }
        return false;
    }
}
