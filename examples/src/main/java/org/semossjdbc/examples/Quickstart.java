package org.semossjdbc.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The first five minutes: connect with {@link java.sql.DriverManager}, create a table, insert with a
 * {@link PreparedStatement}, read the generated key and the update count, query, print a table.
 *
 * <p>Run it against the embedded emulator with {@code ./mvnw -B -q -Pdemo -DskipTests verify}, or against your server
 * with {@code SEMOSS_URL=jdbc:semoss:https://host/Monolith/api?database=<engine> SEMOSS_ACCESS_KEY=...
 * SEMOSS_SECRET_KEY=...} set: the code is the same.
 */
public final class Quickstart {

    /** What the quickstart did, for its test. */
    public record Result(List<Long> generatedKeys, int insertCount, int updateCount, int rowsRead) {
    }

    private record City(String name, String country, long population, BigDecimal areaKm2) {
    }

    private static final List<City> CITIES = List.of(
            new City("Santiago", "CL", 6_310_000, new BigDecimal("641.40")),
            new City("O'Higgins", "CL", 49_000, new BigDecimal("3.95")),
            new City("São Paulo", "BR", 11_450_000, new BigDecimal("1521.11")),
            new City("Zürich", "CH", 421_000, new BigDecimal("87.88")));

    private Quickstart() {
    }

    /** Runs the quickstart against a server started elsewhere, or the embedded emulator when none is named. */
    public static void main(String[] args) throws Exception {
        Launcher.withTarget(args, target -> run(target, System.out));
    }

    /** Connects to {@code target}, runs the walk-through and prints it to {@code out}. */
    public static Result run(SemossTarget target, PrintStream out) throws SQLException {
        long started = System.nanoTime();
        // The access key is the JDBC user and the secret key the password (HTTP Basic on every request).
        try (Connection connection = target.connect()) {
            DatabaseMetaData metaData = connection.getMetaData();
            out.printf("Connected to %s %s%n", metaData.getDatabaseProductName(),
                    metaData.getDatabaseProductVersion());
            EngineDialect dialect = EngineDialect.of(connection);

            try (Statement statement = connection.createStatement()) {
                // SEMOSS hands DDL to its engine unchanged, so the generated-key column is spelled per engine.
                statement.executeUpdate("DROP TABLE IF EXISTS example_city");
                statement.executeUpdate("CREATE TABLE example_city (id " + dialect.generatedKey()
                        + ", name VARCHAR(80) NOT NULL, country CHAR(2) NOT NULL, population BIGINT,"
                        + " area_km2 DECIMAL(10,2))");
                out.println("Created table example_city");
            }

            // SEMOSS has no bind protocol: the driver renders each parameter as a correctly escaped SQL literal, so
            // values like O'Higgins are safe, exactly as with a server-side prepared statement.
            List<Long> keys = new ArrayList<>();
            int inserted = 0;
            String insert = "INSERT INTO example_city (name, country, population, area_km2) VALUES (?, ?, ?, ?)";
            try (PreparedStatement statement = connection.prepareStatement(insert, Statement.RETURN_GENERATED_KEYS)) {
                for (City city : CITIES) {
                    statement.setString(1, city.name());
                    statement.setString(2, city.country());
                    statement.setLong(3, city.population());
                    statement.setBigDecimal(4, city.areaKm2());
                    inserted += statement.executeUpdate();
                    try (ResultSet generated = statement.getGeneratedKeys()) {
                        // null would mean the driver could not learn the key; the test treats that as a failure.
                        keys.add(generated.next() ? generated.getLong(1) : null);
                    }
                }
            }
            out.printf("Inserted %d rows with a PreparedStatement; generated keys %s%n", inserted, keys);

            int updated;
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE example_city SET population = population + ? WHERE country = ?")) {
                statement.setLong(1, 1_000);
                statement.setString(2, "CL");
                updated = statement.executeUpdate();
            }
            out.printf("UPDATE ... WHERE country = 'CL' changed %d rows (the exact count)%n", updated);

            int read;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT id, name, country, population, area_km2 FROM example_city WHERE population > ? "
                            + "ORDER BY population DESC")) {
                statement.setLong(1, 10_000);
                try (ResultSet rows = statement.executeQuery()) {
                    read = TablePrinter.print(rows, out);
                }
            }
            out.printf("Done in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            return new Result(Collections.unmodifiableList(keys), inserted, updated, read);
        }
    }
}
