package org.semossjdbc.spark;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.Literal;
import org.apache.spark.sql.connector.expressions.filter.Predicate;
import org.apache.spark.sql.execution.datasources.jdbc.JDBCOptions;
import org.apache.spark.sql.jdbc.JdbcDialect;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.apache.spark.sql.jdbc.JdbcType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.MetadataBuilder;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.sql.LiteralRenderer;
import scala.Function1;
import scala.Option;
import scala.collection.immutable.Map;

/**
 * Spark's JDBC dialect for {@code jdbc:semoss:} URLs: SQL in the dialect of the database behind the SEMOSS engine
 * (identifier quoting, column types for the tables Spark creates, truncation, {@code LIMIT}/{@code OFFSET}, literals
 * of pushed-down filters), because SEMOSS passes SQL through to that database unchanged.
 *
 * <p>Spark picks a dialect from the URL alone, and its dialect methods never see the URL again, so there is one
 * dialect per engine database: {@link SemossH2Dialect}, {@link SemossPostgresDialect} and {@link SemossMariaDbDialect}.
 * Each handles the {@code jdbc:semoss:} URLs whose {@code dialect} property names its database
 * ({@code ?database=sales&dialect=mariadb}); a {@code jdbc:semoss:} URL without that property fails with an
 * {@link IllegalArgumentException} naming it, rather than falling back to Spark's generic dialect, whose
 * {@code "}-quoted identifiers MariaDB reads as strings.
 *
 * <p>Spark 4 finds the three through {@link java.util.ServiceLoader}, so nothing needs to be called. Spark 3.5 needs
 * one call before the first read or write: {@link #register()}.
 *
 * <p>Types Spark reads are those the driver reports (see the module's README), except that DECIMAL columns of a table,
 * which SEMOSS labels as plain numbers, read as exact {@code DecimalType(precision, scale)} from the catalog
 * ({@link #createConnectionFactory}), and every text type as {@code StringType}. Stateless and serializable, as Spark
 * requires.
 */
public abstract class SemossDialect extends JdbcDialect {
    private static final long serialVersionUID = 1L;

    /** Pushed-down LIKE predicates Spark writes with {@code ESCAPE '\'}, which backslash-escaping strings misread. */
    private static final List<String> LIKE_PREDICATES = List.of("STARTS_WITH", "ENDS_WITH", "CONTAINS");

    SemossDialect() {
        // only the three engine dialects of this package
    }

    /**
     * Registers the dialects for H2, PostgreSQL and MariaDB engines with Spark's {@link JdbcDialects}. Needed on Spark
     * 3.5 (once per JVM, before the first {@code jdbc:semoss:} read or write); harmless on Spark 4, which loads them
     * by itself. Calling it again changes nothing.
     */
    public static void register() {
        for (SemossDialect dialect : all()) {
            JdbcDialects.registerDialect(dialect);
        }
    }

    /** Removes the dialects {@link #register()} (or Spark 4's service loading) registered. */
    public static void unregister() {
        for (SemossDialect dialect : all()) {
            JdbcDialects.unregisterDialect(dialect);
        }
    }

    private static List<SemossDialect> all() {
        return List.of(new SemossH2Dialect(), new SemossPostgresDialect(), new SemossMariaDbDialect());
    }

    /** The database behind the engines this dialect writes SQL for. */
    abstract Dialect engine();

    /**
     * True for a {@code jdbc:semoss:} URL whose {@code dialect} property names this dialect's database.
     *
     * @throws IllegalArgumentException for a {@code jdbc:semoss:} URL without a usable {@code dialect} property
     */
    @Override
    public boolean canHandle(String url) {
        return SemossUrl.isSemoss(url) && SemossUrl.engineDialect(url) == engine();
    }

    /** The column type for a Spark type in a table Spark creates; null leaves it to Spark. */
    abstract JdbcType columnType(DataType type);

    /** Column types of the engine's database for the tables Spark creates (see the README's table). */
    @Override
    public Option<JdbcType> getJDBCType(DataType type) {
        return Option.apply(columnType(type));
    }

    /**
     * Text columns (the driver reports TIME, UUID, CLOB and binary columns as text too) read as {@code StringType},
     * whatever length the driver reports; DECIMAL/NUMERIC with a precision up to 38 read as
     * {@code DecimalType(precision, scale)} exactly. Other types follow Spark's standard JDBC mapping.
     */
    @Override
    public Option<DataType> getCatalystType(int sqlType, String typeName, int size, MetadataBuilder metadata) {
        return switch (sqlType) {
            case Types.VARCHAR, Types.CHAR, Types.LONGVARCHAR, Types.NVARCHAR, Types.NCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> Option.apply(DataTypes.StringType);
            case Types.DECIMAL, Types.NUMERIC -> {
                long scale = metadata.build().contains("scale") ? metadata.build().getLong("scale") : 0;
                if (size > 0 && size <= DecimalType.MAX_PRECISION() && scale >= 0 && scale <= size) {
                    yield Option.apply(DataTypes.createDecimalType(size, (int) scale));
                }
                yield Option.empty();
            }
            default -> Option.empty();
        };
    }

    /**
     * Spark's connections, except that the one Spark resolves a table's schema on reports the table's DECIMAL columns
     * with the catalog's precision and scale ({@link CatalogDecimals}), so that they read as exact
     * {@code DecimalType(p,s)} instead of the DOUBLE SEMOSS labels them with.
     */
    @Override
    public Function1<Object, Connection> createConnectionFactory(JDBCOptions options) {
        return new CatalogDecimals(super.createConnectionFactory(options), getSchemaQuery(options.tableOrQuery()),
                options.tableOrQuery());
    }

    /** {@code SELECT 1 FROM table WHERE 1 = 0}: proves the table exists without reading a row. */
    @Override
    public String getTableExistsQuery(String table) {
        return "SELECT 1 FROM " + table + " WHERE 1 = 0";
    }

    /** {@code SELECT * FROM table WHERE 1 = 0}: the columns without a row. */
    @Override
    public String getSchemaQuery(String table) {
        return "SELECT * FROM " + table + " WHERE 1 = 0";
    }

    /** {@code TRUNCATE TABLE table}, which removes only that table's rows on all three databases. */
    @Override
    public String getTruncateQuery(String table) {
        return getTruncateQuery(table, isCascadingTruncateTable());
    }

    @Override
    public String getTruncateQuery(String table, Option<Object> cascade) {
        return "TRUNCATE TABLE " + table;
    }

    /** False on all three databases: a truncation never reaches other tables unless asked. */
    @Override
    public Option<Object> isCascadingTruncateTable() {
        return Option.apply(Boolean.FALSE);
    }

    /** All three databases take {@code LIMIT n}. */
    @Override
    public boolean supportsLimit() {
        return true;
    }

    @Override
    public String getLimitClause(Integer limit) {
        return limit != null && limit > 0 ? "LIMIT " + limit : "";
    }

    @Override
    public boolean supportsOffset() {
        return true;
    }

    @Override
    public String getOffsetClause(Integer offset) {
        return offset != null && offset > 0 ? "OFFSET " + offset : "";
    }

    /**
     * Nothing: Spark's PostgreSQL dialect turns auto-commit off here for cursor-based fetching, which SEMOSS neither
     * needs (the driver pages through SEMOSS's own cursors) nor has (every statement commits on its own).
     */
    @Override
    public void beforeFetch(Connection connection, Map<String, String> properties) {
        // deliberately empty
    }

    /**
     * Literals of pushed-down filters as the driver writes its parameters for the engine's database (strings with
     * the database's escapes, typed date and timestamp literals in the JVM's zone, as Spark converts them);
     * other values as Spark writes them.
     */
    @Override
    public Object compileValue(Object value) {
        LiteralRenderer renderer = new LiteralRenderer(engine(), ZoneId.systemDefault());
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Integer || value instanceof Short || value instanceof Byte
                || value instanceof BigDecimal || value instanceof BigInteger || value instanceof Double
                || value instanceof Float || value instanceof java.sql.Timestamp || value instanceof java.sql.Date
                || value instanceof LocalDate || value instanceof LocalDateTime) {
            return renderer.object(value);
        }
        if (value instanceof Instant instant) {
            // A Spark timestamp compared with a TIMESTAMP column: the local time in the JVM's zone, as reads convert.
            return renderer.timestamp(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
        }
        if (value instanceof Object[] values) {
            StringBuilder list = new StringBuilder();
            for (Object element : values) {
                list.append(list.length() == 0 ? "" : ", ").append(compileValue(element));
            }
            return list.toString();
        }
        return super.compileValue(value);
    }

    /**
     * Spark's translation of a pushed-down expression, except LIKE predicates ({@code startsWith}, {@code endsWith},
     * {@code contains}) whose pattern the database would read differently from Spark; Spark evaluates those itself.
     */
    @Override
    public Option<String> compileExpression(Expression expression) {
        if (hasUnsafeLike(expression)) {
            return Option.empty();
        }
        return super.compileExpression(expression);
    }

    private boolean hasUnsafeLike(Expression expression) {
        if (expression instanceof Predicate predicate && LIKE_PREDICATES.contains(predicate.name())
                && !likeIsSafe(predicate)) {
            return true;
        }
        for (Expression child : expression.children()) {
            if (hasUnsafeLike(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether Spark's {@code LIKE '<pattern>%' ESCAPE '\'} means on this database what the predicate means: on H2
     * always; on PostgreSQL when the pattern holds no backslash (the driver then writes it as an {@code E''} string,
     * which Spark's rewriting cannot take apart); never on MariaDB, which reads {@code '\'} as an unterminated string.
     */
    boolean likeIsSafe(Predicate predicate) {
        return true;
    }

    /** Whether the predicate's literal pattern holds a backslash. */
    static boolean patternHasBackslash(Predicate predicate) {
        for (Expression child : predicate.children()) {
            if (child instanceof Literal<?> literal && literal.value() != null
                    && literal.value().toString().indexOf('\\') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Dialects of one class are interchangeable, so registering twice keeps one. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    /** {@code "name"} with inner {@code "} doubled: the standard form H2 and PostgreSQL use. */
    static String doubleQuoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
