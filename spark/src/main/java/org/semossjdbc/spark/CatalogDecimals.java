package org.semossjdbc.spark;

import java.io.Serializable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scala.Function1;
import scala.runtime.AbstractFunction1;

/**
 * DECIMAL columns for Spark's schema resolution, with the precision and scale of the database's catalog.
 *
 * <p>SEMOSS labels DECIMAL and NUMERIC result columns as numbers without precision, so the driver reports them as
 * DOUBLE even where it reads their values exactly (packed reads). Spark takes a table's schema from the metadata of
 * {@code SELECT * FROM table WHERE 1 = 0} on a connection it opens with partition id -1; on that connection only, the
 * metadata of that query is completed from {@link DatabaseMetaData#getColumns}: a column the driver reports as DOUBLE
 * and the catalog as DECIMAL/NUMERIC(p,s) with {@code 1 <= p <= 38} is reported as DECIMAL(p,s), which Spark reads as
 * {@code DecimalType(p,s)} through {@code getBigDecimal}. Queries ({@code query} option, or a {@code dbtable} that is
 * a subquery), ambiguous names (the same table in two schemas) and any failure of the catalog leave the metadata as
 * the driver reports it. The connections of partitions (the executors' reads) are never wrapped.
 */
final class CatalogDecimals extends AbstractFunction1<Object, Connection> implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Function1<Object, Connection> connections;
    private final String schemaQuery;
    private final String table;

    CatalogDecimals(Function1<Object, Connection> connections, String schemaQuery, String table) {
        this.connections = connections;
        this.schemaQuery = schemaQuery;
        this.table = table;
    }

    @Override
    public Connection apply(Object partition) {
        Connection connection = connections.apply(partition);
        if (!Integer.valueOf(-1).equals(partition) || TableName.parse(table).isEmpty()) {
            return connection;
        }
        return proxy(Connection.class, connection, (method, args) -> {
            Object result = invoke(method, connection, args);
            if (method.getName().equals("prepareStatement") && args != null && args.length == 1
                    && schemaQuery.equals(args[0])) {
                return schemaStatement(connection, (PreparedStatement) result);
            }
            return result;
        });
    }

    private PreparedStatement schemaStatement(Connection connection, PreparedStatement statement) {
        return proxy(PreparedStatement.class, statement, (method, args) -> {
            Object result = invoke(method, statement, args);
            if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                ResultSet rows = (ResultSet) result;
                return proxy(ResultSet.class, rows, (rowsMethod, rowsArgs) -> {
                    Object value = invoke(rowsMethod, rows, rowsArgs);
                    if (rowsMethod.getName().equals("getMetaData") && (rowsArgs == null || rowsArgs.length == 0)) {
                        ResultSetMetaData metaData = (ResultSetMetaData) value;
                        return completed(metaData, decimals(connection.getMetaData(), TableName.parse(table).get()));
                    }
                    return value;
                });
            }
            return result;
        });
    }

    /** The catalog's DECIMAL/NUMERIC columns of the table, by upper-case name; empty when it cannot tell. */
    static Map<String, int[]> decimals(DatabaseMetaData catalog, TableName name) {
        for (String schema : name.schemaSpellings()) {
            for (String candidate : name.spellings()) {
                Map<String, int[]> found = decimals(catalog, schema, candidate);
                if (found != null) {
                    return found;
                }
            }
        }
        return Map.of();
    }

    /** The decimals of one spelling of the table; null when the catalog has no such table. */
    private static Map<String, int[]> decimals(DatabaseMetaData catalog, String schema, String candidate) {
        Map<String, int[]> found = new HashMap<>();
        Set<String> schemas = new HashSet<>();
        boolean ambiguous = false;
        try (ResultSet columns = catalog.getColumns(null, schema, candidate, "%")) {
            while (columns.next()) {
                if (!candidate.equals(columns.getString("TABLE_NAME"))) {
                    continue; // '_' in the name is a LIKE wildcard: keep the table itself only
                }
                schemas.add(String.valueOf(columns.getString("TABLE_SCHEM")));
                int type = columns.getInt("DATA_TYPE");
                int precision = columns.getInt("COLUMN_SIZE");
                int scale = columns.getInt("DECIMAL_DIGITS");
                String column = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                if ((type == Types.DECIMAL || type == Types.NUMERIC) && precision >= 1 && precision <= 38
                        && scale >= 0 && scale <= precision) {
                    ambiguous |= found.put(column, new int[] {precision, scale}) != null;
                }
            }
        } catch (SQLException e) {
            return Map.of();
        }
        if (!schemas.isEmpty()) {
            return schemas.size() > 1 || ambiguous ? Map.of() : found;
        }
        return null;
    }

    private static ResultSetMetaData completed(ResultSetMetaData metaData, Map<String, int[]> decimals) {
        if (decimals.isEmpty()) {
            return metaData;
        }
        return proxy(ResultSetMetaData.class, metaData, (method, args) -> {
            Object value = invoke(method, metaData, args);
            if (args == null || args.length != 1 || !(args[0] instanceof Integer column)
                    || metaData.getColumnType(column) != Types.DOUBLE) {
                return value;
            }
            int[] decimal = decimals.get(metaData.getColumnLabel(column).toUpperCase(Locale.ROOT));
            if (decimal == null) {
                return value;
            }
            return switch (method.getName()) {
                case "getColumnType" -> Types.DECIMAL;
                case "getColumnTypeName" -> "DECIMAL";
                case "getColumnClassName" -> java.math.BigDecimal.class.getName();
                case "getPrecision" -> decimal[0];
                case "getScale" -> decimal[1];
                default -> value;
            };
        });
    }

    /** A table named by Spark's {@code dbtable}: {@code [schema.]table}, either part possibly quoted. */
    record TableName(String schema, String table, boolean quoted, boolean schemaQuoted) {
        static Optional<TableName> parse(String text) {
            String trimmed = text == null ? "" : text.trim();
            if (trimmed.isEmpty() || trimmed.contains("(") || trimmed.contains(" ")) {
                return Optional.empty();
            }
            int dot = trimmed.lastIndexOf('.');
            String schema = dot < 0 ? null : trimmed.substring(0, dot);
            String table = trimmed.substring(dot + 1);
            return Optional.of(new TableName(schema == null ? null : unquote(schema), unquote(table), isQuoted(table),
                    schema != null && isQuoted(schema)));
        }

        /** The schema's spellings, as {@link #spellings()}; null (any schema) when none was named. */
        java.util.List<String> schemaSpellings() {
            if (schema == null) {
                return java.util.Collections.singletonList(null);
            }
            return java.util.List.copyOf(folded(schema, schemaQuoted));
        }

        /** The spellings the catalog may hold: as written, or folded either way when it was unquoted. */
        Set<String> spellings() {
            return folded(table, quoted);
        }

        private static Set<String> folded(String name, boolean quoted) {
            Set<String> spellings = new java.util.LinkedHashSet<>();
            spellings.add(name);
            if (!quoted) {
                spellings.add(name.toUpperCase(Locale.ROOT));
                spellings.add(name.toLowerCase(Locale.ROOT));
            }
            return spellings;
        }

        private static boolean isQuoted(String name) {
            return name.length() >= 2 && (name.startsWith("\"") && name.endsWith("\"")
                    || name.startsWith("`") && name.endsWith("`"));
        }

        private static String unquote(String name) {
            return isQuoted(name) ? name.substring(1, name.length() - 1) : name;
        }
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (self, method, args) -> {
            if (method.getDeclaringClass() == Object.class && method.getName().equals("equals")) {
                return self == args[0];
            }
            if (method.getDeclaringClass() == Object.class && method.getName().equals("hashCode")) {
                return System.identityHashCode(self);
            }
            return handler.handle(method, args);
        };
        return type.cast(Proxy.newProxyInstance(CatalogDecimals.class.getClassLoader(), new Class<?>[] {type},
                invocation));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
