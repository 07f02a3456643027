package org.semossjdbc.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The next page of a result fetched in the background (prefetch=true, the default) once the application has read half
 * of the current one: same rows in the same order as without, no page nobody asked for, the fetch really overlaps the
 * reading, and close, cancel, maxRows, errors and other statements on the connection behave as without it.
 */
class ResultPrefetchIT {
    private static final String ROWS_1000 = "SELECT X FROM SYSTEM_RANGE(1, 1000) ORDER BY X";
    private static EmulatorSetup setup;

    @BeforeAll
    static void start() {
        setup = EmulatorSetup.start(Backend.H2);
    }

    @AfterAll
    static void stop() {
        setup.close();
    }

    @BeforeEach
    void noDelay() {
        hooks().perPixelDelay(Duration.ZERO);
        hooks().latency(Duration.ZERO);
    }

    private static EmulatorHooks hooks() {
        return setup.semoss.hooks();
    }

    private static Connection connect(boolean prefetch) throws SQLException {
        // Pages of SEMOSS's own paging: a packed read of these results is one page of chunks.
        return setup.connect("fetchSize=100&readMode=plain&prefetch=" + prefetch);
    }

    /** Waits up to {@code seconds} for {@code counter} to pass {@code above}; its last value. */
    private static long awaitAbove(LongSupplier counter, long above, double seconds) throws InterruptedException {
        long until = System.nanoTime() + (long) (seconds * 1e9);
        long value = counter.getAsLong();
        while (value <= above && System.nanoTime() < until) {
            Thread.sleep(5);
            value = counter.getAsLong();
        }
        return value;
    }

    @ParameterizedTest(name = "prefetch={0}")
    @ValueSource(booleans = {true, false})
    void everyRowInOrderAndNoPageBeyondTheLast(boolean prefetch) throws Exception {
        try (Connection c = connect(prefetch); Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1").close(); // the insight exists: what follows counts pages only
            long before = hooks().runPixelCount();
            long expected = 1;
            try (ResultSet rs = s.executeQuery(ROWS_1000)) {
                while (rs.next()) {
                    assertEquals(expected++, rs.getLong(1));
                }
            }
            assertEquals(1001, expected);
            // 1,000 rows in pages of 100: the query with its first page, 9 more, and one that comes back empty (a full
            // page cannot say it is the last), with or without prefetch: nothing is fetched after the end.
            assertEquals(11, hooks().runPixelCount() - before);
        }
    }

    @Test
    void theNextPageIsFetchedWhileTheApplicationReadsTheCurrentOne() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(ROWS_1000)) {
            for (int i = 0; i < 50; i++) {
                assertTrue(rs.next());
            }
            long before = hooks().runPixelCount();
            assertEquals(before, awaitAbove(hooks()::runPixelCount, before, 0.3), "nothing before half-way");
            assertTrue(rs.next()); // row 51 of 100: half-way through the first page
            assertTrue(awaitAbove(hooks()::runPixelCount, before, 5) > before,
                    "page 2 was requested while the application still held page 1");
            for (int row = 52; row <= 100; row++) {
                assertTrue(rs.next());
            }
            long page2 = hooks().runPixelCount();
            assertTrue(rs.next()); // row 101: page 2 is in hand, and page 3 is asked for at once
            assertEquals(101, rs.getLong(1));
            assertTrue(awaitAbove(hooks()::runPixelCount, page2, 5) > page2,
                    "past the first page, the next one is asked for at its first row");
            long expected = 102;
            while (rs.next()) {
                assertEquals(expected++, rs.getLong(1));
            }
            assertEquals(1001, expected);
        }
    }

    @Test
    void withoutPrefetchNothingIsFetchedBeforeThePageIsUsedUp() throws Exception {
        try (Connection c = connect(false); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(ROWS_1000)) {
            for (int i = 0; i < 99; i++) {
                assertTrue(rs.next());
            }
            long before = hooks().runPixelCount();
            assertEquals(before, awaitAbove(hooks()::runPixelCount, before, 0.3));
        }
    }

    @Test
    void readingAFewRowsAndClosingCostsNoExtraPage() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement()) {
            s.executeQuery("SELECT 1").close();
            long before = hooks().runPixelCount();
            try (ResultSet rs = s.executeQuery(ROWS_1000)) {
                for (int i = 0; i < 10; i++) {
                    assertTrue(rs.next());
                }
            }
            assertEquals(before + 1, awaitAbove(hooks()::runPixelCount, before + 1, 0.3), "only the query itself");
        }
    }

    @Test
    void closingWhileAPageIsOnItsWayDoesNotWaitAndTheConnectionGoesOn() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement()) {
            int openTasks = hooks().openTasks(EmulatorSetup.ENGINE);
            ResultSet rs = s.executeQuery(ROWS_1000);
            for (int i = 0; i < 50; i++) {
                assertTrue(rs.next());
            }
            hooks().perPixelDelay(Duration.ofMillis(400));
            long before = hooks().runPixelCount();
            assertTrue(rs.next()); // row 51: page 2 is on its way, slowly
            assertTrue(awaitAbove(hooks()::runPixelCount, before, 5) > before, "the fetch ahead reached the server");
            long started = System.nanoTime();
            rs.close();
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 200,
                    "close does not wait for the page in flight");
            hooks().perPixelDelay(Duration.ZERO);
            try (ResultSet next = s.executeQuery("SELECT COUNT(*) FROM SYSTEM_RANGE(1, 7)")) {
                assertTrue(next.next());
                assertEquals(7, next.getInt(1), "the next statement on the connection waits its turn and works");
            }
            // The abandoned task went with the COUNT's request; the COUNT's own goes with the next one.
            assertEquals(openTasks + 1, hooks().openTasks(EmulatorSetup.ENGINE), "the abandoned task was removed");
        }
    }

    @Test
    void maxRowsStopsThePagesAtTheLimit() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement()) {
            s.setMaxRows(150);
            s.executeQuery("SELECT 1").close();
            long before = hooks().runPixelCount();
            int rows = 0;
            try (ResultSet rs = s.executeQuery(ROWS_1000)) {
                while (rs.next()) {
                    rows++;
                    assertEquals(rows, rs.getInt(1));
                }
            }
            assertEquals(150, rows);
            assertEquals(before + 2, awaitAbove(hooks()::runPixelCount, before + 2, 0.3),
                    "the query with 100 rows, then one page of 50, nothing after");
        }
    }

    @Test
    void aFailedFetchAheadIsThrownByTheNextThatNeedsThePage() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(ROWS_1000)) {
            for (int i = 0; i < 40; i++) {
                assertTrue(rs.next());
            }
            // The session (and the insight holding the task) goes before the fetch ahead starts.
            hooks().expireAllSessions();
            for (int i = 40; i < 100; i++) {
                assertTrue(rs.next(), "the rows in hand are still read");
            }
            SQLException e = assertThrows(SQLException.class, rs::next);
            assertEquals("24000", e.getSQLState(), e.getMessage());
        }
    }

    @Test
    void cancelReachesThePageBeingFetchedAhead() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(ROWS_1000)) {
            for (int i = 0; i < 50; i++) {
                assertTrue(rs.next());
            }
            hooks().perPixelDelay(Duration.ofSeconds(5));
            long before = hooks().runPixelCount();
            assertTrue(rs.next()); // starts the fetch ahead
            awaitAbove(hooks()::runPixelCount, before, 5);
            s.cancel();
            for (int i = 51; i < 100; i++) {
                assertTrue(rs.next());
            }
            long started = System.nanoTime();
            SQLException e = assertThrows(SQLException.class, rs::next);
            assertEquals("57014", e.getSQLState(), e.getMessage());
            assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) < 2_000, "not after the 5 s page");
        }
    }

    @Test
    void anInterruptWhileWaitingForThePageLosesNoRow() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(ROWS_1000)) {
            for (int i = 0; i < 50; i++) {
                assertTrue(rs.next());
            }
            hooks().perPixelDelay(Duration.ofMillis(700));
            assertTrue(rs.next()); // row 51: the fetch ahead of page 2 starts, slowly
            for (int i = 52; i <= 100; i++) {
                assertTrue(rs.next());
            }
            Thread reader = Thread.currentThread();
            CompletableFuture<Void> interrupter = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ignored) {
                    return;
                }
                reader.interrupt();
            });
            SQLException e = assertThrows(SQLException.class, rs::next, "interrupted while waiting for page 2");
            assertEquals("57014", e.getSQLState());
            assertTrue(Thread.interrupted(), "the interrupt status is kept for the caller");
            interrupter.get(5, TimeUnit.SECONDS);
            hooks().perPixelDelay(Duration.ZERO);
            assertTrue(rs.next(), "the page arrives after all");
            assertEquals(101, rs.getLong(1), "no row skipped");
        }
    }

    @Test
    void aResultReadToTheEndLeavesNoTaskAndNoThreadBusy() throws Exception {
        try (Connection c = connect(true); Statement s = c.createStatement()) {
            int openTasks = hooks().openTasks(EmulatorSetup.ENGINE);
            for (int round = 0; round < 5; round++) {
                try (ResultSet rs = s.executeQuery(ROWS_1000)) {
                    int rows = 0;
                    while (rs.next()) {
                        rows++;
                    }
                    assertEquals(1000, rows);
                }
            }
            s.executeQuery("SELECT 1").close(); // carries the last removal; its own task goes with the next request
            assertEquals(openTasks + 1, hooks().openTasks(EmulatorSetup.ENGINE), "one task per statement, no more");
            assertFalse(c.isClosed());
        }
    }
}
