package org.semossjdbc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * {@link SparkExample} on each engine (H2; PostgreSQL and MariaDB with {@code -Pservices}) in one {@code local[2]}
 * session: what Spark read, wrote and created is compared with the database behind the engine, read directly, and the
 * SQL the emulated engine ran shows what Spark pushed down.
 */
class SparkExampleTest {
    private static final LocalDateTime EPOCH_2026 = LocalDateTime.of(2026, 1, 1, 0, 0);

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void readsInPartitionsAppendsCreatesTablesAndPushesFiltersDown(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend)) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            SparkExample.Outcome outcome = SparkExample.run(spark, semoss.url(), semoss.keys(),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.out.print(printed.toString(StandardCharsets.UTF_8));
            List<String> executed = semoss.executedSql();
            String orders = SparkExample.ORDERS;

            // The append: every row arrived exactly (amounts to the cent, timestamps to the millisecond). Timestamps
            // are read with getTimestamp: the MariaDB driver the emulator pins has no getObject(LocalDateTime).
            try (Connection direct = semoss.direct(); Statement statement = direct.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT id, customer, amount, placed_at FROM " + orders + " ORDER BY id")) {
                long id = 0;
                while (rows.next()) {
                    id++;
                    assertEquals(id, rows.getLong(1));
                    assertEquals("customer " + id % 100, rows.getString(2));
                    assertEquals(expectedAmount(id), rows.getBigDecimal(3), "amount of " + id);
                    assertEquals(expectedPlacedAt(id), rows.getTimestamp(4).toLocalDateTime(), "placed_at of " + id);
                }
                assertEquals(SparkExample.ROWS, id);
            }

            // The partitioned read: 4 partitions, each its own range query, together every row once.
            assertEquals(4, outcome.partitions());
            assertEquals(4, outcome.partitionCounts().size(), outcome.partitionCounts()::toString);
            assertTrue(outcome.partitionCounts().stream().allMatch(n -> n > 2000), outcome.partitionCounts()::toString);
            assertEquals(SparkExample.ROWS, outcome.partitionCounts().stream().mapToLong(Long::longValue).sum());
            List<String> amountQueries = sparkStatements(executed,
                    "SELECT " + quoted(semoss, "amount") + " FROM " + orders + " ");
            List<String> rangeQueries = amountQueries.stream()
                    .filter(sql -> !sql.contains(quoted(semoss, "customer"))).toList();
            assertEquals(4, rangeQueries.size(), rangeQueries::toString);
            assertTrue(rangeQueries.stream().allMatch(sql -> sql.contains(quoted(semoss, "id") + " ")),
                    rangeQueries::toString);

            // Counts and sums agree with the database.
            try (Connection direct = semoss.direct(); Statement statement = direct.createStatement();
                 ResultSet totals = statement.executeQuery("SELECT COUNT(*), SUM(amount) FROM " + orders)) {
                assertTrue(totals.next());
                assertEquals(totals.getLong(1), outcome.count());
                assertEquals(totals.getBigDecimal(2), outcome.amountSum());
            }
            // Without a custom schema too, DECIMAL(12,2) reads as DecimalType(12,2).
            assertEquals(DataTypes.createDecimalType(12, 2), outcome.amountType());

            // The filter was pushed down: the database received it, in its own quoting, and chose the rows.
            assertTrue(outcome.plan().contains("PushedFilters: [") && outcome.plan().contains("EqualTo("),
                    outcome.plan());
            String pushed = quoted(semoss, "customer") + " = '" + SparkExample.CUSTOMER + "'";
            List<String> filtered = amountQueries.stream().filter(sql -> sql.contains(pushed)).toList();
            assertEquals(4, filtered.size(), () -> "statements with " + pushed + ": " + executed);
            assertTrue(filtered.stream().allMatch(sql -> sql.contains(quoted(semoss, "amount") + " >= 500")),
                    filtered::toString);
            try (Connection direct = semoss.direct();
                 PreparedStatement statement = direct.prepareStatement("SELECT COUNT(*), SUM(amount) FROM " + orders
                         + " WHERE customer = ? AND amount >= ?")) {
                statement.setString(1, SparkExample.CUSTOMER);
                statement.setBigDecimal(2, SparkExample.MINIMUM_AMOUNT);
                try (ResultSet totals = statement.executeQuery()) {
                    assertTrue(totals.next());
                    assertTrue(totals.getLong(1) > 0);
                    assertEquals(totals.getLong(1), outcome.filteredCount());
                    assertEquals(totals.getBigDecimal(2), outcome.filteredSum());
                }
            }

            // The table Spark created has the engine's DECIMAL(12,4) and TIMESTAMP columns, kept by the truncation.
            String ledger = semoss.folded(SparkExample.LEDGER);
            try (Connection direct = semoss.direct()) {
                DatabaseMetaData metaData = direct.getMetaData();
                try (ResultSet columns = metaData.getColumns(null, null, ledger, "balance")) {
                    assertTrue(columns.next(), "no balance column in " + ledger);
                    assertEquals(Types.DECIMAL, normalisedDecimal(columns.getInt("DATA_TYPE")));
                    assertEquals(12, columns.getInt("COLUMN_SIZE"));
                    assertEquals(4, columns.getInt("DECIMAL_DIGITS"));
                }
                try (ResultSet columns = metaData.getColumns(null, null, ledger, "booked_at")) {
                    assertTrue(columns.next(), "no booked_at column in " + ledger);
                    assertEquals(Types.TIMESTAMP, columns.getInt("DATA_TYPE"), columns.getString("TYPE_NAME"));
                }
                try (Statement statement = direct.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT " + quotedDirect(semoss, "id") + ", "
                             + quotedDirect(semoss, "balance") + ", " + quotedDirect(semoss, "booked_at") + " FROM "
                             + SparkExample.LEDGER + " ORDER BY 1")) {
                    long id = 0;
                    while (rows.next()) {
                        id++;
                        assertEquals(id, rows.getLong(1));
                        assertEquals(expectedBalance(id), rows.getBigDecimal(2), "balance of " + id);
                        assertEquals(expectedBookedAt(id), rows.getTimestamp(3).toLocalDateTime(),
                                "booked_at of " + id);
                    }
                    assertEquals(SparkExample.LEDGER_ROWS_AFTER_TRUNCATE, id, "rows after the truncating overwrite");
                }
            }
            String truncate = backend == ScratchDatabase.Backend.POSTGRES
                    ? "TRUNCATE TABLE ONLY " + SparkExample.LEDGER : "TRUNCATE TABLE " + SparkExample.LEDGER;
            assertTrue(executed.contains(truncate), () -> "no " + truncate + " in " + executed);
            assertFalse(executed.stream().anyMatch(sql -> sql.toUpperCase(Locale.ROOT).startsWith("DROP")),
                    "the overwrite dropped the table");

            // Read back through Spark, exactly: DECIMAL(12,4) as DecimalType(12,4) (the catalog's precision and scale,
            // the values through the driver's packed reads), TIMESTAMP to the microsecond.
            assertEquals("struct<id:bigint,balance:decimal(12,4),booked_at:timestamp,memo:string>",
                    outcome.ledgerSchema().simpleString());
            assertEquals(SparkExample.LEDGER_ROWS_AFTER_TRUNCATE, outcome.ledgerRows().size());
            for (Row row : outcome.ledgerRows()) {
                long id = row.getLong(0);
                assertEquals(expectedBalance(id), row.getDecimal(1), "balance of " + id);
                assertEquals(expectedBookedAt(id), row.getTimestamp(2).toLocalDateTime(), "booked_at of " + id);
                assertEquals("entry " + id, row.getString(3));
            }
        }
    }

    @Test
    void aUrlWithoutItsDialectFailsNamingTheProperty() {
        try (SemossUnderTest semoss = SemossUnderTest.start(ScratchDatabase.Backend.H2)) {
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> spark.read().jdbc(semoss.plainUrl(), "anything", semoss.keys()).schema());
            assertTrue(missing.getMessage().contains("has no 'dialect' property")
                    && missing.getMessage().contains("dialect=mariadb"), missing.getMessage());
            assertTrue(semoss.executedSql().isEmpty(), "SQL ran without a dialect: " + semoss.executedSql());
        }
    }

    /**
     * The distinct statements Spark sent that start with {@code prefix}, as they appear in the SQL the engine ran:
     * alone on the plain read path, or wrapped in the driver's packed form (up to the parenthesis that closes them).
     */
    private static List<String> sparkStatements(List<String> executed, String prefix) {
        return executed.stream().filter(sql -> sql.contains(prefix)).map(sql -> {
            int start = sql.indexOf(prefix);
            int depth = 0;
            int end = start;
            while (end < sql.length()) {
                char c = sql.charAt(end);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth-- == 0) {
                    break;
                }
                end++;
            }
            return sql.substring(start, end).trim();
        }).distinct().toList();
    }

    /** {@code (id * 7919 % 100000) / 100}, as the example's Spark expression computes it. */
    private static BigDecimal expectedAmount(long id) {
        return BigDecimal.valueOf(id * 7919 % 100000, 2);
    }

    /** 2026-01-01 plus {@code id} times 61.125 seconds. */
    private static LocalDateTime expectedPlacedAt(long id) {
        return EPOCH_2026.plus(id * 61125, ChronoUnit.MILLIS);
    }

    /** {@code id * 100000 + id / 10000} with 4 decimals. */
    private static BigDecimal expectedBalance(long id) {
        return BigDecimal.valueOf(id * 100000).add(BigDecimal.valueOf(id).divide(BigDecimal.valueOf(10000)))
                .setScale(4, RoundingMode.UNNECESSARY);
    }

    /** 2026-01-01 plus {@code id} hours and {@code id} times 123 microseconds. */
    private static LocalDateTime expectedBookedAt(long id) {
        return EPOCH_2026.plus(id * 3600000123L, ChronoUnit.MICROS);
    }

    /** PostgreSQL reports NUMERIC columns as NUMERIC. */
    private static int normalisedDecimal(int type) {
        return type == Types.NUMERIC ? Types.DECIMAL : type;
    }

    /** A column name of {@link SparkExample#ORDERS} as Spark quotes it: H2 stored it in upper case. */
    private static String quoted(SemossUnderTest semoss, String column) {
        String name = semoss.folded(column);
        return semoss.database.backend() == ScratchDatabase.Backend.MARIADB ? "`" + name + "`" : "\"" + name + "\"";
    }

    /** A column Spark created (quoted, so lower case on every database), quoted for a direct query. */
    private static String quotedDirect(SemossUnderTest semoss, String column) {
        return semoss.database.backend() == ScratchDatabase.Backend.MARIADB ? "`" + column + "`" : "\"" + column + "\"";
    }
}
