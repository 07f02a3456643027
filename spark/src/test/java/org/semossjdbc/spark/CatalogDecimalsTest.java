package org.semossjdbc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import scala.runtime.AbstractFunction1;

/**
 * How the schema connection completes DECIMAL columns from the catalog, on a real catalog (an in-memory H2, without
 * SEMOSS: what matters here is what a catalog answers, and H2's JDBC metadata is one) and with the DOUBLE labels the
 * driver gives, faked by a query that casts to DOUBLE.
 */
class CatalogDecimalsTest {
    private Connection h2;

    @BeforeEach
    void openDatabase() throws Exception {
        h2 = DriverManager.getConnection("jdbc:h2:mem:catalog_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1");
        try (Statement statement = h2.createStatement()) {
            statement.execute("CREATE TABLE ledger (id BIGINT, balance DECIMAL(12,4), rate NUMERIC(38,10),"
                    + " wide DECIMAL(50,2), ratio DOUBLE, label VARCHAR(20))");
            statement.execute("CREATE TABLE \"Mixed_Case\" (\"Amount\" DECIMAL(9,2))");
            statement.execute("CREATE TABLE ledgerx (balance DECIMAL(5,1))");
            statement.execute("CREATE SCHEMA other");
            statement.execute("CREATE TABLE other.twin (balance DECIMAL(7,3))");
            statement.execute("CREATE TABLE twin (balance DECIMAL(8,2))");
        }
    }

    @AfterEach
    void closeDatabase() throws Exception {
        try (Statement statement = h2.createStatement()) {
            statement.execute("SHUTDOWN");
        }
        h2.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ledger                    | ledger",
        "PUBLIC.LEDGER             | PUBLIC.LEDGER",
        "\"Mixed_Case\"            | Mixed_Case quoted",
        "`t`                       | t quoted",
        "(SELECT * FROM ledger) q  | none",
        "ledger l                  | none",
        "''                        | none",
    })
    void dbtableNamesAreParsedOrLeftAlone(String text, String expected) {
        Optional<CatalogDecimals.TableName> name = CatalogDecimals.TableName.parse(text);
        String shown = name.map(n -> (n.schema() == null ? "" : n.schema() + ".") + n.table()
                + (n.quoted() ? " quoted" : "")).orElse("none");
        assertEquals(expected, shown);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ledger         | BALANCE=12.4 RATE=38.10",
        "LEDGER         | BALANCE=12.4 RATE=38.10",
        "\"Mixed_Case\" | AMOUNT=9.2",
        "\"mixed_case\" | ''",
        "other.twin     | BALANCE=7.3",
        "twin           | ''",
        "missing        | ''",
    })
    void theCatalogGivesPrecisionAndScaleOnlyWhenItCanTell(String table, String expected) throws Exception {
        Map<String, int[]> decimals = CatalogDecimals.decimals(h2.getMetaData(),
                CatalogDecimals.TableName.parse(table).orElseThrow());
        String shown = decimals.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()[0] + "." + e.getValue()[1])
                .collect(Collectors.joining(" "));
        assertEquals(expected, shown);
    }

    @Test
    void onlyTheSchemaQueryOfTheSchemaConnectionIsCompleted() throws Exception {
        // The driver's labels: the DECIMAL columns come back as DOUBLE.
        String schemaQuery = "SELECT id, CAST(balance AS DOUBLE) AS balance, CAST(ratio AS DOUBLE) AS ratio,"
                + " CAST(wide AS DOUBLE) AS wide FROM ledger WHERE 1 = 0";
        CatalogDecimals connections = new CatalogDecimals(new AbstractFunction1<Object, Connection>() {
            @Override
            public Connection apply(Object partition) {
                return h2;
            }
        }, schemaQuery, "ledger");

        try (PreparedStatement statement = connections.apply(-1).prepareStatement(schemaQuery);
             ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData metaData = rows.getMetaData();
            assertEquals(List.of(Types.BIGINT, Types.DECIMAL, Types.DOUBLE, Types.DOUBLE),
                    List.of(metaData.getColumnType(1), metaData.getColumnType(2), metaData.getColumnType(3),
                            metaData.getColumnType(4)), "only balance is a DECIMAL(p<=38) in the catalog");
            assertEquals("DECIMAL", metaData.getColumnTypeName(2));
            assertEquals(12, metaData.getPrecision(2));
            assertEquals(4, metaData.getScale(2));
        }
        try (PreparedStatement statement = connections.apply(-1).prepareStatement(schemaQuery + " AND id = 1");
             ResultSet rows = statement.executeQuery()) {
            assertEquals(Types.DOUBLE, rows.getMetaData().getColumnType(2), "another query is left alone");
        }
        assertSame(h2, connections.apply(0), "a partition's connection is the driver's own");
        assertTrue(connections.apply(-1) != h2);
    }
}
