package org.semossjdbc.examples;

import static org.semossjdbc.examples.InvoiceTable.INVOICE;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.Constants;
import org.jooq.DSLContext;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.semossjdbc.examples.InvoiceTable.InvoiceRecord;

/**
 * jOOQ (open-source edition) on SEMOSS: {@code DSL.using(dataSource, dialect)} with the dialect of the database behind
 * the engine, then DDL, typed inserts with bind values, generated keys through {@code returning}, a query, an update
 * and a delete with exact counts, batches, and what a jOOQ transaction means when SEMOSS commits every statement.
 *
 * <p>jOOQ cannot guess the dialect from a {@code jdbc:semoss:} URL, so it is read from
 * {@code DatabaseMetaData.getDatabaseProductName()}: the driver reports the engine's database (H2, PostgreSQL,
 * MariaDB) there by default ({@code productName=backend}), and that is the SQL SEMOSS passes through.
 *
 * <p>SEMOSS ships H2 1.4.200, and jOOQ's open-source H2 dialect targets H2 2.2 and later, so jOOQ logs a version
 * warning once. Everything below works on 1.4.200; SQL from other parts of the DSL may use H2 2 syntax.
 */
public final class JooqExample {

    /**
     * What happened, for the test.
     *
     * @param dialect            the jOOQ dialect chosen from the product name
     * @param returnedKey        the key {@code insertInto(...).returning(ID)} gave for the first invoice
     * @param returnedKeys       customer to key, from one multi-row insert with {@code returningResult(ID, CUSTOMER)}
     * @param batchCounts        counts of {@code batch(insert).bind(...)}, one per bind set
     * @param batchInsertCounts  counts of {@code batchInsert(records)}, one per record
     * @param selected           customers of the first query ({@code where ... orderBy ... limit}), in order
     * @param updateCount        rows the {@code update ... where} changed
     * @param deleteCount        rows the {@code deleteFrom ... where} removed
     * @param countBefore        {@code fetchCount(INVOICE)} before the transactions
     * @param committedCount     what the committed {@code transactionResult} returned (rows it inserted)
     * @param transactionWarning the warning on the connection inside that transaction (turning auto-commit off)
     * @param rolledBackKey      key of the row inserted in the transaction that was rolled back
     * @param countAfter         {@code fetchCount(INVOICE)} at the end
     */
    public record Outcome(SQLDialect dialect, long returnedKey, Map<String, Long> returnedKeys,
                          List<Integer> batchCounts, List<Integer> batchInsertCounts, List<String> selected,
                          int updateCount, int deleteCount, int countBefore, int committedCount,
                          String transactionWarning, long rolledBackKey, int countAfter) {
    }

    /** The first invoice's customer: quotes, a semicolon, a comment marker and an emoji, all plain data. */
    public static final String QUOTED_CUSTOMER = "O'Higgins \"Ltda\"; -- ¿sí? 🚀";

    /** The first invoice's values (the test compares the row with them). */
    public static final BigDecimal FIRST_AMOUNT = new BigDecimal("1234.50");
    /** When the first invoice was issued (whole seconds: SEMOSS drops fractions of a second). */
    public static final LocalDateTime FIRST_ISSUED_AT = LocalDateTime.of(2026, 3, 1, 9, 30, 15);
    /** When it is due, in Santiago's offset. */
    public static final OffsetDateTime FIRST_DUE_AT = OffsetDateTime.of(2026, 3, 31, 17, 0, 0, 0,
            ZoneOffset.ofHours(-3));

    private JooqExample() {
    }

    /** Runs against the embedded emulator or the server named by arguments or environment. */
    public static void main(String[] args) throws Exception {
        Launcher.withPool(args, 2, pool -> run(pool, System.out));
    }

    /** The jOOQ dialect for the database behind the engine, as the driver names it in the metadata. */
    public static SQLDialect dialectOf(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> SQLDialect.H2;
                case "PostgreSQL" -> SQLDialect.POSTGRES;
                case "MariaDB" -> SQLDialect.MARIADB;
                case "MySQL" -> SQLDialect.MYSQL;
                default -> throw new SQLException("No jOOQ dialect for the product '" + product
                        + "' (with productName=semoss the driver reports SEMOSS; leave it at backend)");
            };
        }
    }

    /** Walks through the DSL on {@code dataSource} (best pooled: jOOQ borrows a connection per statement). */
    public static Outcome run(DataSource dataSource, PrintStream out) throws SQLException {
        SQLDialect dialect = dialectOf(dataSource);
        DSLContext dsl = DSL.using(dataSource, dialect);
        out.printf("jOOQ %s with SQLDialect.%s%n", Constants.VERSION, dialect);

        // jOOQ writes the DDL in the dialect, identity column included; SEMOSS passes it to its engine unchanged.
        // MariaDB has no TIMESTAMP WITH TIME ZONE (jOOQ would write one anyway): there due_at is a plain TIMESTAMP
        // and stays empty.
        boolean zonedTimestamps = dialect.family() != SQLDialect.MARIADB && dialect.family() != SQLDialect.MYSQL;
        dsl.dropTableIfExists(INVOICE).execute();
        dsl.createTable(INVOICE)
                .columns(INVOICE.ID, INVOICE.CUSTOMER, INVOICE.AMOUNT, INVOICE.ISSUED_AT)
                .column(zonedTimestamps ? INVOICE.DUE_AT : DSL.field(INVOICE.DUE_AT.getUnqualifiedName(),
                        SQLDataType.LOCALDATETIME(0)))
                .columns(INVOICE.PAID, INVOICE.NOTE)
                .primaryKey(INVOICE.ID)
                .execute();
        out.println("createTable(INVOICE): example_invoice");

        // Bind values become SQL literals in the driver (SEMOSS has no bind protocol), escaped by its lexer.
        long returnedKey = dsl.insertInto(INVOICE)
                .set(INVOICE.CUSTOMER, QUOTED_CUSTOMER)
                .set(INVOICE.AMOUNT, FIRST_AMOUNT)
                .set(INVOICE.ISSUED_AT, FIRST_ISSUED_AT)
                .set(INVOICE.DUE_AT, zonedTimestamps ? FIRST_DUE_AT : null)
                .set(INVOICE.PAID, false)
                .set(INVOICE.NOTE, (String) null)
                .returning(INVOICE.ID)
                .fetchOne(INVOICE.ID);
        out.printf("insertInto(INVOICE).set(...).returning(ID): key %d%n", returnedKey);

        Map<String, Long> returnedKeys = new LinkedHashMap<>();
        dsl.insertInto(INVOICE, INVOICE.CUSTOMER, INVOICE.AMOUNT, INVOICE.ISSUED_AT, INVOICE.PAID, INVOICE.NOTE)
                .values("Zürich AG", new BigDecimal("99.99"), LocalDateTime.of(2026, 3, 2, 8, 0), true, "paid cash")
                .values("Ñuñoa Ltda", new BigDecimal("15000.00"), LocalDateTime.of(2026, 3, 3, 8, 0), false, null)
                .values("São Paulo SA", new BigDecimal("0.01"), LocalDateTime.of(2026, 3, 4, 8, 0), false, "a cent")
                .returningResult(INVOICE.ID, INVOICE.CUSTOMER)
                .fetch()
                .forEach(row -> returnedKeys.put(row.value2(), row.value1()));
        out.printf("insertInto(...).values(...) x3 .returningResult(ID, CUSTOMER): %s%n", returnedKeys);

        // One prepared INSERT bound four times: the driver sends the batch as one multi-row INSERT.
        int[] batchCounts = dsl.batch(dsl.insertInto(INVOICE, INVOICE.CUSTOMER, INVOICE.AMOUNT, INVOICE.ISSUED_AT,
                                INVOICE.PAID)
                        .values((String) null, null, null, null))
                .bind("batch customer 1", new BigDecimal("10.00"), LocalDateTime.of(2026, 4, 1, 0, 0), false)
                .bind("batch customer 2", new BigDecimal("20.00"), LocalDateTime.of(2026, 4, 2, 0, 0), false)
                .bind("batch customer 3", new BigDecimal("30.00"), LocalDateTime.of(2026, 4, 3, 0, 0), false)
                .bind("batch customer 4", new BigDecimal("40.00"), LocalDateTime.of(2026, 4, 4, 0, 0), true)
                .execute();
        out.printf("batch(insertInto(...)).bind(...) x4: counts %s%n", Arrays.toString(batchCounts));

        List<InvoiceRecord> records = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            InvoiceRecord record = dsl.newRecord(INVOICE);
            record.set(INVOICE.CUSTOMER, "record customer " + i);
            record.set(INVOICE.AMOUNT, new BigDecimal(i + "00.00"));
            record.set(INVOICE.ISSUED_AT, LocalDateTime.of(2026, 5, i, 12, 0));
            record.set(INVOICE.PAID, false);
            record.set(INVOICE.NOTE, "from batchInsert");
            records.add(record);
        }
        int[] batchInsertCounts = dsl.batchInsert(records).execute();
        out.printf("batchInsert(3 records): counts %s%n", Arrays.toString(batchInsertCounts));

        Result<InvoiceRecord> unpaid = dsl.selectFrom(INVOICE)
                .where(INVOICE.PAID.isFalse().and(INVOICE.AMOUNT.ge(new BigDecimal("20.00"))))
                .orderBy(INVOICE.AMOUNT.desc(), INVOICE.ID)
                .limit(3)
                .fetch();
        out.println("selectFrom(INVOICE).where(PAID.isFalse(), AMOUNT >= 20).orderBy(AMOUNT.desc()).limit(3):");
        // Packed reads (readMode=auto) carry DECIMAL exactly: 1234.50 reads back as 1234.50, scale 2.
        out.println(unpaid.format());
        List<String> selected = unpaid.getValues(INVOICE.CUSTOMER);

        // The driver runs UPDATE and DELETE in their counting forms, so the counts are exact on every backend (MariaDB's
        // UPDATE through BEGIN NOT ATOMIC ... SELECT ROW_COUNT()).
        int updateCount = dsl.update(INVOICE)
                .set(INVOICE.PAID, true)
                .set(INVOICE.NOTE, "settled by the example")
                .where(INVOICE.CUSTOMER.like("batch customer %").and(INVOICE.PAID.isFalse()))
                .execute();
        out.printf("update(INVOICE).set(PAID, true).where(batch customers, unpaid): %d rows%n", updateCount);

        int deleteCount = dsl.deleteFrom(INVOICE)
                .where(INVOICE.NOTE.eq("from batchInsert").and(INVOICE.AMOUNT.lt(new BigDecimal("250.00"))))
                .execute();
        out.printf("deleteFrom(INVOICE).where(from batchInsert, AMOUNT < 250): %d rows%n", deleteCount);

        int countBefore = dsl.fetchCount(INVOICE);
        out.printf("fetchCount(INVOICE): %d%n", countBefore);

        // transactionResult turns auto-commit off, runs the block and commits. With transactions=lenient (the default)
        // the driver accepts that with a warning, because SEMOSS commits each statement as it runs: the block is not
        // atomic, and a later failure in it would not undo its earlier statements.
        String[] transactionWarning = new String[1];
        int committedCount = dsl.transactionResult(transaction -> {
            DSLContext inTransaction = DSL.using(transaction);
            SQLWarning warning = inTransaction.connectionResult(Connection::getWarnings);
            transactionWarning[0] = warning == null ? null : warning.getMessage();
            return inTransaction
                    .insertInto(INVOICE, INVOICE.CUSTOMER, INVOICE.AMOUNT, INVOICE.ISSUED_AT, INVOICE.PAID)
                    .values("in a transaction", new BigDecimal("5.00"), LocalDateTime.of(2026, 6, 1, 0, 0), false)
                    .execute();
        });
        out.printf("transactionResult(insert): %d row; the driver warned: %s%n", committedCount,
                transactionWarning[0]);

        // A block that throws makes jOOQ call rollback(). Nothing is undone: the INSERT was committed when it ran.
        long[] rolledBackKey = new long[1];
        try {
            dsl.transaction(transaction -> {
                rolledBackKey[0] = DSL.using(transaction).insertInto(INVOICE)
                        .set(INVOICE.CUSTOMER, "inserted, then rolled back")
                        .set(INVOICE.AMOUNT, new BigDecimal("6.00"))
                        .set(INVOICE.ISSUED_AT, LocalDateTime.of(2026, 6, 2, 0, 0))
                        .set(INVOICE.PAID, false)
                        .returning(INVOICE.ID)
                        .fetchOne(INVOICE.ID);
                throw new IllegalStateException("the block fails after its INSERT");
            });
        } catch (IllegalStateException expected) {
            out.printf("transaction(...) threw \"%s\"; jOOQ called rollback()%n", expected.getMessage());
        }
        boolean stillThere = dsl.fetchExists(INVOICE, INVOICE.ID.eq(rolledBackKey[0]));
        out.printf("the row it inserted (key %d) is %s%n", rolledBackKey[0],
                stillThere ? "still there: SEMOSS committed it before the rollback" : "gone");

        int countAfter = dsl.fetchCount(INVOICE);
        out.printf("fetchCount(INVOICE): %d%n", countAfter);
        return new Outcome(dialect, returnedKey, returnedKeys, counts(batchCounts), counts(batchInsertCounts),
                selected, updateCount, deleteCount, countBefore, committedCount, transactionWarning[0],
                rolledBackKey[0], countAfter);
    }

    private static List<Integer> counts(int[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }
}
