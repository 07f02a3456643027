package org.semossjdbc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.connector.expressions.Expression;
import org.apache.spark.sql.connector.expressions.Expressions;
import org.apache.spark.sql.connector.expressions.LiteralValue;
import org.apache.spark.sql.connector.expressions.filter.Predicate;
import org.apache.spark.sql.jdbc.JdbcDialect;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.apache.spark.sql.jdbc.JdbcType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import scala.Option;

/** The dialects' SQL and type mapping, without a Spark session: table-driven, one assertion per case. */
class SemossDialectTest {
    private static final Map<String, JdbcDialect> DIALECTS = Map.of(
            "h2", new SemossH2Dialect(), "postgresql", new SemossPostgresDialect(), "mariadb", new SemossMariaDbDialect());

    @BeforeAll
    static void registerOnSpark3() {
        if (LocalSpark.needsRegistration()) {
            SemossDialect.register();
        }
    }

    static Stream<Arguments> urls() throws IOException {
        try (InputStream in = SemossDialectTest.class.getResourceAsStream("/dialect-urls.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(" => ", 2))
                    .map(parts -> Arguments.of(parts[0], parts[1]))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} => {1}")
    @MethodSource("urls")
    void theUrlsDialectPropertyChoosesExactlyOneDialect(String url, String expected) {
        if (expected.startsWith("error: ")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JdbcDialects.get(url));
            assertTrue(error.getMessage().contains(expected.substring("error: ".length())), error.getMessage());
            assertFalse(error.getMessage().contains("database="), "the message shows the query string: "
                    + error.getMessage());
            return;
        }
        for (Map.Entry<String, JdbcDialect> dialect : DIALECTS.entrySet()) {
            assertEquals(dialect.getKey().equals(expected), dialect.getValue().canHandle(url), dialect.getKey());
        }
        JdbcDialect chosen = JdbcDialects.get(url);
        if (expected.equals("none")) {
            assertFalse(chosen instanceof SemossDialect, chosen.toString());
        } else {
            assertSame(DIALECTS.get(expected).getClass(), chosen.getClass(), "Spark chose " + chosen);
        }
    }

    @Test
    void registeringAgainKeepsOneDialectPerEngine() {
        SemossDialect.register();
        SemossDialect.register();
        assertSame(SemossMariaDbDialect.class,
                JdbcDialects.get("jdbc:semoss:http://h/Monolith/api?database=x&dialect=mariadb").getClass());
    }

    @Test
    void errorsNeverShowTheQueryStringOrUserInformation() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> JdbcDialects.get(
                "jdbc:semoss:https://alice:s3cret@h/Monolith/api?database=x&password=s3cret"));
        assertFalse(error.getMessage().contains("s3cret"), error.getMessage());
        assertTrue(error.getMessage().contains("jdbc:semoss:https://h/Monolith/api"), error.getMessage());
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "h2         | id          | \"id\"",
        "h2         | Order \"x\" | \"Order \"\"x\"\"\"",
        "postgresql | placed_at   | \"placed_at\"",
        "postgresql | a\"b        | \"a\"\"b\"",
        "mariadb    | id          | `id`",
        "mariadb    | a`b         | `a``b`",
        "mariadb    | say \"hi\"  | `say \"hi\"`",
    })
    void identifiersAreQuotedAsTheDatabaseQuotesThem(String dialect, String name, String quoted) {
        assertEquals(quoted, DIALECTS.get(dialect).quoteIdentifier(name));
    }

    static Stream<Arguments> columnTypes() {
        DataType decimal = DataTypes.createDecimalType(12, 4);
        return Stream.of(
                Arguments.of("h2", DataTypes.StringType, "VARCHAR"),
                Arguments.of("h2", DataTypes.BooleanType, "BOOLEAN"),
                Arguments.of("h2", DataTypes.ByteType, "TINYINT"),
                Arguments.of("h2", DataTypes.DoubleType, "DOUBLE"),
                Arguments.of("h2", DataTypes.FloatType, "REAL"),
                Arguments.of("h2", decimal, "DECIMAL(12,4)"),
                Arguments.of("h2", DataTypes.TimestampType, "TIMESTAMP(6)"),
                Arguments.of("h2", DataTypes.BinaryType, "VARBINARY"),
                Arguments.of("h2", DataTypes.LongType, null),
                Arguments.of("postgresql", DataTypes.StringType, "TEXT"),
                Arguments.of("postgresql", DataTypes.ByteType, "SMALLINT"),
                Arguments.of("postgresql", DataTypes.DoubleType, "DOUBLE PRECISION"),
                Arguments.of("postgresql", decimal, "NUMERIC(12,4)"),
                Arguments.of("postgresql", DataTypes.TimestampType, "TIMESTAMP"),
                Arguments.of("postgresql", DataTypes.BinaryType, "BYTEA"),
                Arguments.of("postgresql", DataTypes.DateType, null),
                Arguments.of("mariadb", DataTypes.StringType, "LONGTEXT"),
                Arguments.of("mariadb", DataTypes.BooleanType, "BOOLEAN"),
                Arguments.of("mariadb", DataTypes.FloatType, "FLOAT"),
                Arguments.of("mariadb", decimal, "DECIMAL(12,4)"),
                Arguments.of("mariadb", DataTypes.TimestampType, "DATETIME(6)"),
                Arguments.of("mariadb", DataTypes.TimestampNTZType, "DATETIME(6)"),
                Arguments.of("mariadb", DataTypes.BinaryType, "LONGBLOB"),
                Arguments.of("mariadb", DataTypes.IntegerType, null));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("columnTypes")
    void sparkTypesBecomeTheDatabasesColumnTypes(String dialect, DataType type, String columnType) {
        Option<JdbcType> mapped = DIALECTS.get(dialect).getJDBCType(type);
        assertEquals(columnType, mapped.isDefined() ? mapped.get().databaseTypeDefinition() : null);
    }

    static Stream<Arguments> readTypes() {
        return Stream.of(
                Arguments.of(Types.VARCHAR, "VARCHAR", Integer.MAX_VALUE, 0, DataTypes.StringType),
                Arguments.of(Types.LONGVARCHAR, "TEXT", 0, 0, DataTypes.StringType),
                Arguments.of(Types.CLOB, "CLOB", Integer.MAX_VALUE, 0, DataTypes.StringType),
                Arguments.of(Types.DECIMAL, "DECIMAL", 12, 2, DataTypes.createDecimalType(12, 2)),
                Arguments.of(Types.NUMERIC, "NUMERIC", 38, 10, DataTypes.createDecimalType(38, 10)),
                Arguments.of(Types.DECIMAL, "DECIMAL", 0, 0, null),
                Arguments.of(Types.NUMERIC, "NUMERIC", 65, 30, null),
                Arguments.of(Types.DOUBLE, "DOUBLE", 17, 0, null),
                Arguments.of(Types.BIGINT, "BIGINT", 20, 0, null),
                Arguments.of(Types.TIMESTAMP, "TIMESTAMP", 29, 0, null));
    }

    @ParameterizedTest(name = "{1}({2},{3}) -> {4}")
    @MethodSource("readTypes")
    void reportedTypesReadAsSparkTypes(int sqlType, String name, int precision, int scale, DataType expected) {
        for (JdbcDialect dialect : DIALECTS.values()) {
            MetadataBuilder metadata = new MetadataBuilder().putLong("scale", scale);
            Option<DataType> read = dialect.getCatalystType(sqlType, name, precision, metadata);
            assertEquals(expected, read.isDefined() ? read.get() : null, dialect.toString());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "h2         | false | TRUNCATE TABLE t",
        "h2         | true  | TRUNCATE TABLE t",
        "postgresql | false | TRUNCATE TABLE ONLY t",
        "postgresql | true  | TRUNCATE TABLE ONLY t CASCADE",
        "mariadb    | false | TRUNCATE TABLE t",
    })
    void truncationRemovesOnlyTheTablesRows(String dialect, boolean cascade, String sql) {
        JdbcDialect semoss = DIALECTS.get(dialect);
        assertEquals(sql, semoss.getTruncateQuery("t", Option.apply(cascade)));
        assertEquals(Option.apply(Boolean.FALSE), semoss.isCascadingTruncateTable());
        assertEquals(semoss.getTruncateQuery("t", Option.apply(false)), semoss.getTruncateQuery("t"));
    }

    @Test
    void limitsOffsetsAndExistenceQueries() {
        for (JdbcDialect dialect : DIALECTS.values()) {
            assertTrue(dialect.supportsLimit());
            assertEquals("LIMIT 10", dialect.getLimitClause(10));
            assertEquals("", dialect.getLimitClause(0));
            assertEquals("SELECT 1 FROM t WHERE 1 = 0", dialect.getTableExistsQuery("t"));
            assertEquals("SELECT * FROM t WHERE 1 = 0", dialect.getSchemaQuery("t"));
        }
        assertTrue(DIALECTS.get("h2").supportsOffset());
        assertTrue(DIALECTS.get("postgresql").supportsOffset());
        assertEquals("OFFSET 5", DIALECTS.get("postgresql").getOffsetClause(5));
        assertFalse(DIALECTS.get("mariadb").supportsOffset(), "MariaDB has no OFFSET without LIMIT");
    }

    static Stream<Arguments> literals() {
        LocalDateTime local = LocalDateTime.of(2026, 3, 1, 12, 30, 15, 125_000_000);
        Timestamp timestamp = Timestamp.valueOf(local);
        Instant instant = local.atZone(ZoneId.systemDefault()).toInstant();
        return Stream.of(
                Arguments.of("h2", "O'Brien \\ co", "'O''Brien \\ co'"),
                Arguments.of("postgresql", "O'Brien", "'O''Brien'"),
                Arguments.of("postgresql", "a\\b", "E'a\\\\b'"),
                Arguments.of("mariadb", "O'Brien \\' OR 1=1 -- ", "'O''Brien \\\\'' OR 1=1 -- '"),
                Arguments.of("mariadb", 42L, "42"),
                Arguments.of("h2", -5, "(-5)"),
                Arguments.of("postgresql", new java.math.BigDecimal("500.00"), "500.00"),
                Arguments.of("h2", true, "TRUE"),
                Arguments.of("h2", timestamp, "TIMESTAMP '2026-03-01 12:30:15.125'"),
                Arguments.of("mariadb", instant, "TIMESTAMP '2026-03-01 12:30:15.125'"),
                Arguments.of("postgresql", instant, "TIMESTAMP '2026-03-01 12:30:15.125'"),
                Arguments.of("postgresql", java.sql.Date.valueOf("2026-03-01"), "DATE '2026-03-01'"),
                Arguments.of("mariadb", LocalDate.of(2026, 3, 1), "DATE '2026-03-01'"),
                Arguments.of("mariadb", new Object[] {"a\\", 7}, "'a\\\\', 7"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("literals")
    void filterValuesAreWrittenAsTheDatabaseReadsThem(String dialect, Object value, String literal) {
        assertEquals(literal, DIALECTS.get(dialect).compileValue(value));
    }

    @ParameterizedTest(name = "{0}: {1}({2}) pushed {3}")
    @CsvSource(delimiter = '|', value = {
        "h2         | STARTS_WITH | ab\\c | true",
        "postgresql | STARTS_WITH | abc   | true",
        "postgresql | ENDS_WITH   | ab\\c | false",
        "mariadb    | CONTAINS    | abc   | false",
        "mariadb    | =           | ab\\c | true",
    })
    void likePredicatesArePushedOnlyWhereTheDatabaseReadsThemAsSparkMeans(String dialect, String predicate,
                                                                         String pattern, boolean pushed) {
        // As Spark builds them from a DataFrame filter: the string literal holds a UTF8String.
        Expression[] children = {Expressions.column("name"),
            LiteralValue.apply(UTF8String.fromString(pattern), DataTypes.StringType)};
        Predicate filter = new Predicate("AND", new Expression[] {
            new Predicate("IS_NOT_NULL", new Expression[] {Expressions.column("name")}),
            new Predicate(predicate, children)});
        Option<String> sql = DIALECTS.get(dialect).compileExpression(filter);
        assertEquals(pushed, sql.isDefined(), () -> sql.toString());
        if (pushed) {
            assertTrue(sql.get().contains(DIALECTS.get(dialect).quoteIdentifier("name")), sql.get());
        }
    }

    @Test
    void dialectsOfOneClassAreEqual() {
        assertEquals(new SemossH2Dialect(), new SemossH2Dialect());
        assertEquals(new SemossH2Dialect().hashCode(), new SemossH2Dialect().hashCode());
        assertFalse(new SemossH2Dialect().equals(new SemossPostgresDialect()));
        assertEquals(List.of("SemossH2Dialect"), List.of(new SemossH2Dialect().toString()));
    }
}
