package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.semossjdbc.examples.InvoiceTable.INVOICE;

import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.examples.InvoiceTable.InvoiceRecord;
import org.semossjdbc.jdbc.SemossDataSource;
import org.semossjdbc.testing.ScratchDatabase;

class JooqExampleTest {

    /** A row as the database behind SEMOSS holds it, read without SEMOSS or the driver. */
    private record StoredInvoice(String customer, BigDecimal amount, LocalDateTime issuedAt, OffsetDateTime dueAt,
                                 boolean paid, String note) {
    }

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void valuesKeysAndCountsMatchTheDatabase(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(2)) {
            JooqExample.Outcome outcome = JooqExample.run(pool, semoss.out);
            semoss.printed();
            assertEquals(backend == ScratchDatabase.Backend.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES,
                    outcome.dialect(), "the dialect follows getDatabaseProductName()");

            // The first invoice's values arrived in the database exactly: quotes, emoji, scale, seconds, offset.
            StoredInvoice stored = storedInvoice(semoss, outcome.returnedKey());
            assertEquals(JooqExample.QUOTED_CUSTOMER, stored.customer());
            assertEquals(JooqExample.FIRST_AMOUNT, stored.amount());
            assertEquals(JooqExample.FIRST_ISSUED_AT, stored.issuedAt());
            assertTrue(JooqExample.FIRST_DUE_AT.isEqual(stored.dueAt()), "due_at: " + stored.dueAt());
            assertFalse(stored.paid());
            assertNull(stored.note());

            // And they read back through the driver and jOOQ exactly: packed reads (readMode=auto, the default) carry
            // DECIMAL as its digits, so 1234.50 keeps its scale (the plain path would give 1234.5, a double).
            InvoiceRecord read = DSL.using(pool, outcome.dialect())
                    .fetchSingle(INVOICE, INVOICE.ID.eq(outcome.returnedKey()));
            assertEquals(JooqExample.QUOTED_CUSTOMER, read.get(INVOICE.CUSTOMER));
            assertEquals(JooqExample.FIRST_AMOUNT, read.get(INVOICE.AMOUNT));
            assertEquals(JooqExample.FIRST_ISSUED_AT, read.get(INVOICE.ISSUED_AT));
            if (backend == ScratchDatabase.Backend.H2) {
                // H2 keeps the offset; SEMOSS sends it and jOOQ parses it.
                assertEquals(JooqExample.FIRST_DUE_AT, read.get(INVOICE.DUE_AT));
            } else {
                // PostgreSQL keeps only the instant; SEMOSS sends it in UTC without an offset, which jOOQ reads as UTC.
                assertEquals(JooqExample.FIRST_DUE_AT.withOffsetSameInstant(ZoneOffset.UTC),
                        read.get(INVOICE.DUE_AT));
            }
            assertEquals(false, read.get(INVOICE.PAID));
            assertNull(read.get(INVOICE.NOTE));

            // Each generated key from returningResult belongs to the row it was returned with.
            assertEquals(List.of("Zürich AG", "Ñuñoa Ltda", "São Paulo SA"),
                    List.copyOf(outcome.returnedKeys().keySet()));
            assertEquals(3, outcome.returnedKeys().values().stream().distinct().count());
            for (var returned : outcome.returnedKeys().entrySet()) {
                assertTrue(returned.getValue() > outcome.returnedKey());
                assertEquals(returned.getKey(), storedInvoice(semoss, returned.getValue()).customer());
            }

            // Batches: one count per row, and each batch went to the database as one multi-row INSERT.
            assertEquals(List.of(1, 1, 1, 1), outcome.batchCounts());
            assertEquals(List.of(1, 1, 1), outcome.batchInsertCounts());
            List<String> inserts = semoss.executedSql().stream()
                    .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("insert into")).toList();
            assertEquals(1, inserts.stream().filter(sql -> sql.contains("'batch customer 1'")
                    && sql.contains("'batch customer 4'")).count(), inserts::toString);
            assertEquals(0, inserts.stream().filter(sql -> sql.contains("'batch customer 2'")
                    && !sql.contains("'batch customer 1'")).count(), inserts::toString);
            assertEquals(1, inserts.stream().filter(sql -> sql.contains("'record customer 1'")
                    && sql.contains("'record customer 3'")).count(), inserts::toString);

            assertEquals(List.of("Ñuñoa Ltda", JooqExample.QUOTED_CUSTOMER, "record customer 3"), outcome.selected());

            // Exact counts: the three unpaid batch customers were settled; two batchInsert records were deleted.
            assertEquals(3, outcome.updateCount());
            assertEquals(3, semoss.countDirectly(
                    "SELECT COUNT(*) FROM \"example_invoice\" WHERE \"note\" = 'settled by the example'"));
            assertEquals(4, semoss.countDirectly("SELECT COUNT(*) FROM \"example_invoice\""
                    + " WHERE \"customer\" LIKE 'batch customer %' AND \"paid\" = TRUE"));
            assertEquals(2, outcome.deleteCount());
            assertEquals(1, semoss.countDirectly(
                    "SELECT COUNT(*) FROM \"example_invoice\" WHERE \"note\" = 'from batchInsert'"));
            assertEquals(1 + 3 + 4 + 3 - 2, outcome.countBefore());

            // Transactions under transactions=lenient: jOOQ's commit and rollback run, the driver warns, and the
            // "rolled back" INSERT is in the database, because SEMOSS committed it as it ran.
            assertEquals(1, outcome.committedCount());
            assertNotNull(outcome.transactionWarning(), "no warning when auto-commit was turned off");
            assertTrue(outcome.transactionWarning().contains("committed on its own"), outcome.transactionWarning());
            assertEquals("inserted, then rolled back", storedInvoice(semoss, outcome.rolledBackKey()).customer());
            assertEquals(outcome.countBefore() + 2, outcome.countAfter());
            assertEquals(outcome.countAfter(), semoss.countDirectly("SELECT COUNT(*) FROM \"example_invoice\""));
        }
    }

    @Test
    void strictTransactionsStopJooqBeforeTheBlockRuns() throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(ScratchDatabase.Backend.H2)) {
            SemossDataSource strict = new SemossDataSource();
            strict.setUrl(semoss.target().jdbcUrl());
            strict.setUser(semoss.target().accessKey());
            strict.setPassword(semoss.target().secretKey());
            strict.setTransactions("strict");
            DSLContext dsl = DSL.using(strict, JooqExample.dialectOf(strict));
            dsl.createTable(INVOICE).columns(INVOICE.fields()).primaryKey(INVOICE.ID).execute();

            AtomicBoolean ran = new AtomicBoolean();
            DataAccessException refused = assertThrows(DataAccessException.class, () -> dsl.transaction(block -> {
                ran.set(true);
                DSL.using(block).insertInto(INVOICE, INVOICE.CUSTOMER, INVOICE.AMOUNT, INVOICE.ISSUED_AT, INVOICE.PAID)
                        .values("never", BigDecimal.ONE, LocalDateTime.of(2026, 1, 1, 0, 0), false)
                        .execute();
            }));
            SQLException cause = assertInstanceOf(SQLFeatureNotSupportedException.class, refused.getCause());
            assertEquals("0A000", cause.getSQLState(), cause.getMessage());
            assertFalse(ran.get(), "the block ran although auto-commit could not be turned off");
            assertEquals(0, semoss.countDirectly("SELECT COUNT(*) FROM \"example_invoice\""));
        }
    }

    private static StoredInvoice storedInvoice(SemossUnderTest semoss, long id) throws SQLException {
        // jOOQ quotes its names, so the table and columns are lower case on H2 too.
        try (Connection connection = semoss.database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT \"customer\", \"amount\", \"issued_at\","
                     + " \"due_at\", \"paid\", \"note\" FROM \"example_invoice\" WHERE \"id\" = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "no row with id " + id);
                return new StoredInvoice(row.getString(1), row.getBigDecimal(2), row.getObject(3, LocalDateTime.class),
                        row.getObject(4, OffsetDateTime.class), row.getBoolean(5), row.getString(6));
            }
        }
    }
}
