package org.semossjdbc.orm.binds;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.NamedStatement;

/**
 * Runs plain SQL with {@code :name} bind variables taken from a map. The SQL is turned into positional {@code ?}
 * SQL (a name used twice is bound twice) and run on a {@link PreparedStatement}, each value bound with
 * {@link PreparedStatement#setObject(int, Object)} ({@code null} with {@code setNull(i, Types.NULL)}), so values are
 * exact and cannot alter the statement.
 *
 * <pre>{@code
 * List<Map<String, Object>> rows = NamedSql.query(connection,
 *         "SELECT id, total::text AS total FROM orders WHERE customer = :who AND placed >= :since",
 *         Map.of("who", "O'Brien", "since", LocalDate.of(2024, 1, 1)));
 * int updated = NamedSql.execute(connection, "UPDATE orders SET status = :s WHERE id = :id",
 *         Map.of("s", "shipped", "id", 42));
 * }</pre>
 *
 * <p>The names in the SQL and the keys of the map must be the same set (names are case-sensitive): a name without a
 * value, a value no name uses, or a {@code ?} marker written into named SQL fails with SQLState {@code 07001}
 * before anything is sent. A key mapped to {@code null} binds SQL NULL. The tokenizer's dialect comes from the
 * connection's {@code DatabaseMetaData} (product name, or for jdbc:semoss the backend named in the product version).
 *
 * <p>Methods taking a {@link DataSource} borrow one connection for the call and close it; methods taking a
 * {@link Connection} leave it open. Stateless and thread-safe (a single {@link Connection} is not, per JDBC).
 */
public final class NamedSql {

    /** "USING clause does not match dynamic parameter specifications": values and parameters disagree. */
    static final String PARAMETER_MISMATCH = "07001";
    /** Two result columns with the same label cannot both be kept in a row map. */
    static final String DUPLICATE_COLUMN = "42702";

    private NamedSql() {
    }

    /**
     * Runs a query and returns every row as an unmodifiable map from column label to
     * {@link ResultSet#getObject(int)}, in the result's column order. The values are the driver's: through SEMOSS a
     * DECIMAL arrives as a double and a timestamp without its fraction, so select such columns cast to text where
     * every digit matters (the bound values themselves are always exact).
     *
     * @throws SQLException 07001 for a missing or unused bind, 42702 when two columns share a label, or whatever
     *                      the driver raises
     */
    public static List<Map<String, Object>> query(Connection connection, String sql, Map<String, ?> values)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values);
             ResultSet resultSet = statement.executeQuery()) {
            return rows(resultSet);
        }
    }

    /** {@link #query(Connection, String, Map)} on a connection borrowed from {@code dataSource}. */
    public static List<Map<String, Object>> query(DataSource dataSource, String sql, Map<String, ?> values)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, sql, values);
        }
    }

    /**
     * Runs a query and maps every row to an instance of {@code type}: a record (each component filled from the
     * column of its name) or a class with a no-argument constructor (each column written to its field). Column
     * labels match names ignoring case and underscores ({@code created_at} fills {@code createdAt}); the ORM's
     * {@link org.semossjdbc.orm.Column} annotation overrides the name, and its {@link org.semossjdbc.orm.Transient}
     * annotation or the {@code transient} modifier excludes a field (as do {@code static} and {@code final}). Values are read with
     * {@link ResultSet#getObject(int, Class)} for the field's type (enums from their name). Every column must find
     * a field and, for records, every component a column; SQL NULL into a primitive fails with 22002.
     *
     * <p>{@link org.semossjdbc.orm.SemossModel} subclasses are refused: their rows load through their
     * {@link org.semossjdbc.orm.Finder}, which tracks them as saved (copies made here would be inserted again by
     * {@code save()}).
     *
     * @throws IllegalArgumentException if {@code type} cannot be mapped (abstract, no usable constructor, a model)
     */
    public static <T> List<T> query(Connection connection, String sql, Map<String, ?> values, Class<T> type)
            throws SQLException {
        RowMapper<T> mapper = RowMapper.of(type);
        try (PreparedStatement statement = prepare(connection, sql, values);
             ResultSet resultSet = statement.executeQuery()) {
            return mapper.mapAll(resultSet);
        }
    }

    /** {@link #query(Connection, String, Map, Class)} on a connection borrowed from {@code dataSource}. */
    public static <T> List<T> query(DataSource dataSource, String sql, Map<String, ?> values, Class<T> type)
            throws SQLException {
        RowMapper.of(type); // an unmappable type fails before a connection is borrowed
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, sql, values, type);
        }
    }

    /**
     * Runs an INSERT, UPDATE, DELETE, MERGE or DDL statement and returns
     * {@link PreparedStatement#executeUpdate()}'s count, unchanged: through SEMOSS this may be
     * {@link java.sql.Statement#SUCCESS_NO_INFO} where the server gives no count.
     *
     * @throws SQLException 07001 for a missing or unused bind, or whatever the driver raises (e.g. 42501 for a
     *                      read-only SEMOSS user, refused before anything is sent)
     */
    public static int execute(Connection connection, String sql, Map<String, ?> values) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, values)) {
            return statement.executeUpdate();
        }
    }

    /** {@link #execute(Connection, String, Map)} on a connection borrowed from {@code dataSource}. */
    public static int execute(DataSource dataSource, String sql, Map<String, ?> values) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return execute(connection, sql, values);
        }
    }

    /** The lexer's dialect, from the product name and version (jdbc:semoss may name its backend in the version). */
    private static Dialect lexerDialect(DatabaseMetaData metaData) throws SQLException {
        return Dialect.fromProduct(metaData.getDatabaseProductName(), metaData::getDatabaseProductVersion);
    }

    /**
     * Prepares the positional form of {@code sql} on {@code connection} with every value bound, for callers that
     * need the statement itself (streaming a large result, {@code getGeneratedKeys}, timeouts). The caller closes it.
     *
     * @throws SQLException 07001 for a missing or unused bind or a {@code ?} marker in the SQL
     */
    public static PreparedStatement prepare(Connection connection, String sql, Map<String, ?> values)
            throws SQLException {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(values, "values");
        NamedStatement named = NamedStatement.parse(sql, lexerDialect(connection.getMetaData()));
        checkNames(named, values);
        String positional;
        try {
            positional = named.toPositionalSql();
        } catch (IllegalArgumentException e) {
            throw new SQLException(e.getMessage(), PARAMETER_MISMATCH, e);
        }
        PreparedStatement statement = connection.prepareStatement(positional);
        try {
            List<String> order = named.positionalNames();
            for (int i = 0; i < order.size(); i++) {
                Object value = values.get(order.get(i));
                if (value == null) {
                    statement.setNull(i + 1, Types.NULL);
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            try {
                statement.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** Both directions at once, so that one error names every missing and every unused name. */
    private static void checkNames(NamedStatement named, Map<String, ?> values) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String name : named.names()) {
            if (!values.containsKey(name)) {
                missing.add(":" + name);
            }
        }
        TreeSet<String> unused = new TreeSet<>();
        for (String key : values.keySet()) {
            if (key == null || !named.names().contains(key)) {
                unused.add(":" + key);
            }
        }
        if (missing.isEmpty() && unused.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append("No value for bind variable").append(missing.size() > 1 ? "s " : " ")
                    .append(String.join(", ", missing));
        }
        if (!unused.isEmpty()) {
            message.append(message.length() > 0 ? "; v" : "V").append("alue given for ")
                    .append(String.join(", ", unused)).append(", which the SQL does not use");
        }
        message.append(" (the SQL uses ").append(named.names().isEmpty() ? "no names"
                : ":" + String.join(", :", named.names())).append(')');
        throw new SQLException(message.toString(), PARAMETER_MISMATCH);
    }

    private static List<Map<String, Object>> rows(ResultSet resultSet) throws SQLException {
        ResultSetMetaData metaData = resultSet.getMetaData();
        int count = metaData.getColumnCount();
        String[] labels = new String[count];
        for (int i = 0; i < count; i++) {
            labels[i] = metaData.getColumnLabel(i + 1);
            for (int j = 0; j < i; j++) {
                if (labels[j].equals(labels[i])) {
                    throw new SQLException("Column label " + labels[i] + " appears more than once; give the columns"
                            + " distinct aliases", DUPLICATE_COLUMN);
                }
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        while (resultSet.next()) {
            Map<String, Object> row = new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                row.put(labels[i], resultSet.getObject(i + 1));
            }
            rows.add(Collections.unmodifiableMap(row));
        }
        return rows;
    }
}
