package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semossjdbc.orm.testmodels.Account;
import org.semossjdbc.orm.testmodels.Ticket;

/**
 * {@code @Version}: two copies of one record, the second save fails and the row keeps the first change. Run with
 * real update counts and with counts hidden (SUCCESS_NO_INFO, as jdbc:semoss answers with updateCounts=audited).
 */
class OptimisticLockingTest {

    private static final String BACKENDS = "org.semossjdbc.orm.TestBackend#all";

    private static Account seed(TestBackend backend, boolean hideCounts) {
        backend.use();
        backend.recorder().hideUpdateCounts(hideCounts);
        backend.createTable("account", Account.COLUMNS);
        Account account = new Account();
        account.owner = "ada";
        account.balance = new BigDecimal("100.00");
        account.save();
        assertEquals(0L, account.lockVersion);
        return account;
    }

    private static void secondWriterLoses(TestBackend backend, boolean hideCounts) {
        Account saved = seed(backend, hideCounts);
        Account first = Account.find.get(saved.id).orElseThrow();
        Account second = Account.find.get(saved.id).orElseThrow();
        first.balance = new BigDecimal("150.00");
        first.save();
        assertEquals(1L, first.lockVersion);

        second.balance = new BigDecimal("90.00");
        StaleObjectException stale = assertThrows(StaleObjectException.class, second::save);
        assertTrue(stale.getMessage().contains("version 0"), stale.getMessage());
        Account stored = Account.find.get(saved.id).orElseThrow();
        assertEquals(new BigDecimal("150.00"), stored.balance, "the row keeps the first change");
        assertEquals(1L, stored.lockVersion);

        second.reload();
        second.balance = new BigDecimal("90.00");
        second.save();
        assertEquals(2L, second.lockVersion);
        assertEquals(new BigDecimal("90.00"), Account.find.get(saved.id).orElseThrow().balance);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void secondWriterGetsStaleObjectException(TestBackend backend) {
        secondWriterLoses(backend, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void staleWriteDetectedWithoutUpdateCounts(TestBackend backend) {
        secondWriterLoses(backend, true);
        String update = backend.executed().stream().filter(s -> s.startsWith("UPDATE")).findFirst().orElseThrow()
                .toLowerCase(Locale.ROOT);
        assertTrue(update.contains("lock_version") && update.contains("+ 1") && update.contains("lock_token"), update);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void updateSqlIncrementsAndChecksTheVersion(TestBackend backend) {
        Account account = seed(backend, false);
        backend.resetLog();
        account.owner = "grace";
        account.save();
        String update = backend.executed().get(0).toLowerCase(Locale.ROOT);
        assertTrue(update.matches("update .*account.* set .*owner.* = \\?, .*lock_version.* = .*lock_version.* \\+ 1"
                + ".* where .*id.* = \\? and .*lock_version.* = \\?"), update);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void staleDeleteIsRefused(TestBackend backend) {
        Account saved = seed(backend, false);
        Account other = Account.find.get(saved.id).orElseThrow();
        other.owner = "someone else";
        other.save();
        assertThrows(StaleObjectException.class, saved::delete);
        assertEquals(1, Account.find.count());
        other.delete();
        assertEquals(0, Account.find.count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void versionWithoutTokenWorksWithCountsAndRefusesToGuessWithout(TestBackend backend) {
        backend.use();
        backend.createTable("ticket", Ticket.COLUMNS);
        Ticket ticket = new Ticket();
        ticket.title = "first";
        ticket.save();
        if (!backend.reportsUpdateCounts()) {
            ticket.title = "second";
            SemossOrmException unverifiable = assertThrows(SemossOrmException.class, ticket::save);
            assertTrue(unverifiable.getMessage().contains("@Version(token"), unverifiable.getMessage());
            assertTrue(unverifiable.getMessage().contains("may have been applied"), unverifiable.getMessage());
            ticket.title = "third";
            SemossOrmException refused = assertThrows(SemossOrmException.class, ticket::save);
            assertTrue(refused.getMessage().contains("@Version(token"), refused.getMessage());
            assertEquals("second", Ticket.find.get(ticket.id).orElseThrow().title, "refused before sending");
            return;
        }
        Ticket copy = Ticket.find.get(ticket.id).orElseThrow();
        ticket.title = "second";
        ticket.save();
        assertEquals(1, ticket.version);
        copy.title = "late";
        assertThrows(StaleObjectException.class, copy::save);

        backend.recorder().hideUpdateCounts(true);
        ticket.title = "third";
        SemossOrmException unverifiable = assertThrows(SemossOrmException.class, ticket::save);
        assertTrue(unverifiable.getMessage().contains("@Version(token"), unverifiable.getMessage());
        ticket.title = "fourth";
        assertThrows(SemossOrmException.class, ticket::save);
        assertEquals("third", Ticket.find.get(ticket.id).orElseThrow().title, "the second attempt is not sent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void batchUpdatesCheckVersionsToo(TestBackend backend) {
        for (boolean hide : new boolean[] {false, true}) {
            Account saved = seed(backend, hide);
            Account a = Account.find.get(saved.id).orElseThrow();
            Account b = Account.find.get(saved.id).orElseThrow();
            a.owner = "a";
            SemossModel.saveAll(List.of(a));
            b.owner = "b";
            assertThrows(StaleObjectException.class, () -> SemossModel.saveAll(List.of(b)), "hidden counts: " + hide);
            assertEquals("a", Account.find.get(saved.id).orElseThrow().owner);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void concurrentWritersNeverBothWinWithoutUpdateCounts(TestBackend backend) throws Exception {
        Account saved = seed(backend, true);
        int writers = 6;
        for (int round = 0; round < 3; round++) {
            List<Account> copies = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                copies.add(Account.find.get(saved.id).orElseThrow()); // one copy per thread, never shared
            }
            long startVersion = copies.get(0).lockVersion;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(writers);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
            List<java.util.concurrent.Future<Boolean>> outcomes = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Account copy = copies.get(i);
                String owner = "round " + round + " writer " + i;
                outcomes.add(pool.submit(() -> {
                    copy.owner = owner;
                    start.await();
                    try {
                        copy.save();
                        return true;
                    } catch (StaleObjectException lost) {
                        return false;
                    }
                }));
            }
            List<String> winners = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                if (outcomes.get(i).get()) {
                    winners.add(copies.get(i).owner);
                }
            }
            pool.shutdown();
            assertEquals(1, winners.size(), "exactly one writer wins: " + winners);
            Account stored = Account.find.get(saved.id).orElseThrow();
            assertEquals(winners.get(0), stored.owner, "the row holds the winner's write");
            assertEquals(startVersion + 1, stored.lockVersion);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(BACKENDS)
    void aStaleRecordRollsBackTheWholeBatchWhereTransactionsExist(TestBackend backend) {
        Account first = seed(backend, false);
        Account second = new Account();
        second.owner = "bea";
        second.save();
        Account stale = Account.find.get(first.id).orElseThrow();
        Account winner = Account.find.get(first.id).orElseThrow();
        winner.owner = "winner";
        winner.save();

        Account fresh = Account.find.get(second.id).orElseThrow();
        fresh.owner = "bea 2";
        stale.owner = "too late";
        assertThrows(StaleObjectException.class, () -> SemossModel.saveAll(List.of(fresh, stale)));
        assertEquals("winner", Account.find.get(first.id).orElseThrow().owner);
        if (backend.supportsTransactions()) {
            assertEquals("bea", Account.find.get(second.id).orElseThrow().owner, "rolled back with the stale row");
            assertEquals(java.util.Set.of("owner"), fresh.changedFields(), "not marked saved");
        } else {
            assertEquals("bea 2", Account.find.get(second.id).orElseThrow().owner, "SEMOSS commits per statement");
            assertTrue(fresh.changedFields().isEmpty());
        }
    }
}
