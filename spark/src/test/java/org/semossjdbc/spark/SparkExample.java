package org.semossjdbc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.spark_partition_id;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Spark on a SEMOSS engine through {@code jdbc:semoss:} and {@link SemossDialect}: an append of 10,000 rows into a
 * table, a read of it in 4 parallel partitions, a filter Spark pushes down to the database, and a table Spark creates
 * itself with DECIMAL and TIMESTAMP columns, then overwrites by truncation.
 *
 * <p>The URL names the engine's database ({@code &dialect=h2|postgresql|mariadb}), because Spark chooses its SQL
 * dialect from the URL alone. On Spark 3.5 {@link SemossDialect#register()} must run first; Spark 4 finds the
 * dialects by itself.
 *
 * <pre>{@code
 * Properties keys = new Properties();
 * keys.setProperty("user", accessKey);
 * keys.setProperty("password", secretKey);
 * String url = "jdbc:semoss:https://semoss.example.com/Monolith/api?database=sales&dialect=postgresql";
 * Dataset<Row> orders = spark.read().jdbc(url, "orders", "id", 1, 10_000, 4, keys);
 * }</pre>
 */
public final class SparkExample {
    /** The table the example creates with SQL and Spark appends to. */
    public static final String ORDERS = "spark_orders";
    /** The table Spark creates from a DataFrame's schema. */
    public static final String LEDGER = "spark_ledger";
    /** Rows appended to {@link #ORDERS}. */
    public static final int ROWS = 10_000;
    /** The customer the pushed-down filter selects. */
    public static final String CUSTOMER = "customer 7";
    /** The smallest amount the pushed-down filter keeps. */
    public static final BigDecimal MINIMUM_AMOUNT = new BigDecimal("500.00");
    /** Rows Spark writes into {@link #LEDGER} when it creates it. */
    public static final int LEDGER_ROWS = 100;
    /** Rows Spark writes into {@link #LEDGER} after truncating it. */
    public static final int LEDGER_ROWS_AFTER_TRUNCATE = 40;

    /** The orders, as a Spark SQL expression of {@code id}: amounts up to 999.99, timestamps with milliseconds. */
    static final String[] ORDER_COLUMNS = {
        "id",
        "concat('customer ', id % 100) AS customer",
        "CAST((id * 7919 % 100000) / 100 AS DECIMAL(12,2)) AS amount",
        "timestamp_millis(1767225600000 + id * 61125) AS placed_at"};

    /** The ledger Spark creates: a 12-digit DECIMAL with 4 decimals and a TIMESTAMP with microseconds. */
    static final String[] LEDGER_COLUMNS = {
        "id",
        "CAST(id * 100000 + id / 10000 AS DECIMAL(12,4)) AS balance",
        "timestamp_micros(1767225600000000 + id * 3600000123) AS booked_at",
        "concat('entry ', id) AS memo"};

    private SparkExample() {
    }

    /**
     * What happened, for the test.
     *
     * @param partitions       partitions of the partitioned read
     * @param partitionCounts  rows per partition of that read, in partition order
     * @param count            rows Spark counted in {@link #ORDERS}
     * @param amountSum        Spark's sum of {@code amount}
     * @param amountType       the type Spark gives {@code amount}
     * @param filteredCount    rows of the pushed-down filter
     * @param filteredSum      their amounts' sum
     * @param plan             the physical plan of the filtered read (shows {@code PushedFilters})
     * @param ledgerSchema     the schema Spark reads back from the table it created
     * @param ledgerRows       that table's rows read back after the truncating overwrite, by id
     */
    public record Outcome(int partitions, List<Long> partitionCounts, long count, BigDecimal amountSum,
                          DataType amountType, long filteredCount, BigDecimal filteredSum, String plan,
                          StructType ledgerSchema, List<Row> ledgerRows) {
    }

    /**
     * Runs the example against the engine at {@code url} (a {@code jdbc:semoss:} URL with its {@code dialect}),
     * logging in with {@code keys} ({@code user} = access key, {@code password} = secret key).
     */
    public static Outcome run(SparkSession spark, String url, Properties keys, PrintStream out) throws SQLException {
        return run(spark, url, keys, ORDERS, LEDGER, out);
    }

    /** The same with other table names (a shared server: names of your own, dropped afterwards). */
    public static Outcome run(SparkSession spark, String url, Properties keys, String ordersTable, String ledgerTable,
                              PrintStream out) throws SQLException {
        createOrders(url, keys, ordersTable);
        out.println("Created " + ordersTable + " through the driver");

        // An append: Spark writes the rows in batched INSERTs, one connection per partition. SEMOSS commits every
        // statement itself; isolationLevel NONE says so and spares Spark's warning about it.
        Dataset<Row> generated = spark.range(1, ROWS + 1).selectExpr(ORDER_COLUMNS);
        generated.write().mode(SaveMode.Append).option("isolationLevel", "NONE")
                .option("numPartitions", writePartitions(url)).jdbc(url, ordersTable, keys);
        out.println("Appended " + ROWS + " rows from " + generated.rdd().getNumPartitions() + " Spark partitions, "
                + writePartitions(url) + " writing at a time");

        // A partitioned read: 4 queries, each with its own id range, run in parallel. DECIMAL(12,2) reads as
        // DecimalType(12,2), so the sum is exact.
        Dataset<Row> orders = spark.read().jdbc(url, ordersTable, "id", 1, ROWS, 4, keys);
        DataType amountType = typeOf(orders.schema(), "amount");
        int partitions = orders.rdd().getNumPartitions();
        List<Long> partitionCounts = new ArrayList<>();
        for (Row row : orders.groupBy(spark_partition_id().as("partition")).agg(count("*"))
                .orderBy("partition").collectAsList()) {
            partitionCounts.add(row.getLong(1));
        }
        Row totals = orders.agg(count("*"), sum("amount")).first();
        out.println("Read " + totals.getLong(0) + " rows in " + partitions + " partitions " + partitionCounts
                + ", amounts summing to " + totals.getDecimal(1) + " (amount read as " + amountType.simpleString()
                + ")");

        // A filter Spark pushes down: the database selects the rows, Spark receives only those.
        Dataset<Row> filtered = orders.filter(col("customer").equalTo(CUSTOMER).and(col("amount").geq(MINIMUM_AMOUNT)));
        String plan = filtered.queryExecution().executedPlan().toString();
        Row filteredTotals = filtered.agg(count("*"), sum("amount")).first();
        out.println("Filtered in the database: " + filteredTotals.getLong(0) + " rows of " + CUSTOMER
                + " with amount >= " + MINIMUM_AMOUNT);

        // A table Spark creates from the DataFrame's schema, in the engine's own column types.
        Dataset<Row> ledger = spark.range(1, LEDGER_ROWS + 1).selectExpr(LEDGER_COLUMNS);
        ledger.write().mode(SaveMode.ErrorIfExists).option("isolationLevel", "NONE")
                .option("numPartitions", writePartitions(url)).jdbc(url, ledgerTable, keys);
        // Overwrite by truncation: the table and its column types stay, its rows are replaced.
        spark.range(1, LEDGER_ROWS_AFTER_TRUNCATE + 1).selectExpr(LEDGER_COLUMNS)
                .write().mode(SaveMode.Overwrite).option("truncate", "true").option("isolationLevel", "NONE")
                .option("numPartitions", writePartitions(url)).jdbc(url, ledgerTable, keys);
        Dataset<Row> ledgerBack = spark.read().jdbc(url, ledgerTable, keys);
        List<Row> ledgerRows = ledgerBack.orderBy("id").collectAsList();
        out.println("Spark created " + ledgerTable + " " + ledgerBack.schema().simpleString() + ", then truncated it and"
                + " wrote " + ledgerRows.size() + " rows");

        return new Outcome(partitions, partitionCounts, totals.getLong(0), totals.getDecimal(1), amountType,
                filteredTotals.getLong(0), filteredTotals.getDecimal(1), plan, ledgerBack.schema(), ledgerRows);
    }

    /**
     * How many Spark tasks may write at once. A SEMOSS engine runs every client's SQL on one shared JDBC connection;
     * SEMOSS 4.3 ships MariaDB Connector/J 1.1.9, whose connections are not thread-safe, and two tasks writing at
     * once break the engine's connection ("Packets out of order", "this.protocol is null" on a real server). So
     * MariaDB engines take one writer; H2's and PostgreSQL's drivers serialise the shared connection themselves.
     */
    static int writePartitions(String url) {
        return SemossUrl.engineDialect(url) == org.semossjdbc.sql.Dialect.MARIADB ? 1 : 2;
    }

    /** A column's type; H2 folds unquoted names to upper case, and Spark resolves names ignoring case. */
    static DataType typeOf(StructType schema, String column) {
        for (StructField field : schema.fields()) {
            if (field.name().equalsIgnoreCase(column)) {
                return field.dataType();
            }
        }
        throw new IllegalArgumentException("No column " + column + " in " + schema.simpleString());
    }

    /** The orders table, in the DDL of the engine's database (MariaDB's TIMESTAMP would update itself). */
    private static void createOrders(String url, Properties keys, String table) throws SQLException {
        String timestamp = url.toLowerCase(Locale.ROOT).contains("dialect=mariadb") ? "DATETIME(6)" : "TIMESTAMP(6)";
        try (Connection connection = DriverManager.getConnection(url, keys);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (id BIGINT PRIMARY KEY, customer VARCHAR(40) NOT NULL,"
                    + " amount DECIMAL(12,2) NOT NULL, placed_at " + timestamp + " NOT NULL)");
        }
    }
}
