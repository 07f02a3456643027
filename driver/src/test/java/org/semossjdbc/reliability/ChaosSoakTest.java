package org.semossjdbc.reliability;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pool soak with the server misbehaving underneath: every few hundred milliseconds the emulator closes a
 * connection before running a request, runs one and then drops its answer, or ends every session. Each write (a
 * single INSERT or a multi-row batch) is recorded with what the driver said about it: applied (success), not applied
 * (a SQLException that does not say the fate is unknown) or unknown (08007 / "may or may not have been applied").
 * Afterwards, in the backend: no applied row is missing, no not-applied row exists, each unknown batch is there
 * entirely or not at all, every failure was a SQLException, and the server holds no insight or task once the pool
 * closes. Runs for {@code semoss.soak.seconds} (default 10).
 */
class ChaosSoakTest {
    private static final String SECTION = "1-faults";
    private static final int THREADS = 8;
    private static final int SECONDS = Integer.getInteger("semoss.soak.seconds", 10);

    private enum Fate { APPLIED, NOT_APPLIED, UNKNOWN }

    /** One write: the ids it carried and what the driver said. */
    private record Write(long firstId, int rows, Fate fate) {
    }

    @Test
    void writesUnderRandomServerFaultsAreNeverLostSilentlyNorDuplicated() throws Exception {
        try (ReliabilityEnvironment env = ReliabilityEnvironment.start(ScratchDatabase.Backend.H2)) {
            env.direct("CREATE TABLE CHAOS (ID BIGINT PRIMARY KEY, V VARCHAR(40))");
            int insightsBaseline = env.hooks().openInsights();
            int tasksBaseline = env.hooks().openTasks(ReliabilityEnvironment.ENGINE);
            ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> unclear = new ConcurrentLinkedQueue<>();
            Map<String, AtomicLong> states = new ConcurrentHashMap<>();
            AtomicLong faults = new AtomicLong();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            AtomicBoolean running = new AtomicBoolean(true);
            try (HikariDataSource pool = pool(env)) {
                ExecutorService threads = Executors.newFixedThreadPool(THREADS + 1);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int worker = t;
                    futures.add(threads.submit(() -> write(pool, worker, deadline, writes, unclear, states)));
                }
                futures.add(threads.submit(() -> chaos(env.hooks(), running, faults)));
                for (int i = 0; i < THREADS; i++) {
                    futures.get(i).get(SECONDS + 90L, TimeUnit.SECONDS);
                }
                running.set(false);
                futures.get(THREADS).get(10, TimeUnit.SECONDS);
                threads.shutdown();
            }
            env.hooks().dropNextConnections(0);
            env.hooks().dropNextResponsesAfterExecution(0);

            Set<Long> present = new HashSet<>();
            try (Connection c = env.database().connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT ID FROM CHAOS")) {
                while (rs.next()) {
                    present.add(rs.getLong(1));
                }
            }
            long lost = 0;
            long phantom = 0;
            long torn = 0;
            long expectedAtLeast = 0;
            long unknown = 0;
            for (Write write : writes) {
                int found = 0;
                for (long id = write.firstId; id < write.firstId + write.rows; id++) {
                    found += present.contains(id) ? 1 : 0;
                }
                switch (write.fate) {
                    case APPLIED -> {
                        expectedAtLeast += write.rows;
                        lost += write.rows - found;
                    }
                    case NOT_APPLIED -> phantom += found;
                    case UNKNOWN -> {
                        unknown++;
                        torn += found == 0 || found == write.rows ? 0 : 1;
                    }
                }
            }
            int insightsAfter = settle(env.hooks()::openInsights, insightsBaseline);
            int tasksAfter = settle(() -> env.hooks().openTasks(ReliabilityEnvironment.ENGINE), tasksBaseline);
            ReliabilitySummary.row(SECTION, "zz chaos", "random emulator faults (" + faults.get() + ": dropped "
                            + "before/after execution, sessions expired), " + SECONDS + " s",
                    THREADS + " threads of INSERTs and multi-row batches through HikariCP",
                    writes.size() + " writes: " + states, unclear.isEmpty() ? "yes" : "NO", "-",
                    expectedAtLeast + " applied / " + present.size() + " present (" + unknown
                            + " writes of unknown fate)", String.valueOf(lost), String.valueOf(phantom + torn));
            assertTrue(unclear.isEmpty(), "failures that were not a clear SQLException: " + unclear.stream().limit(5)
                    .toList());
            assertEquals(0, lost, "rows the driver reported as written are missing");
            assertEquals(0, phantom, "rows the driver reported as not applied are there");
            assertEquals(0, torn, "a multi-row statement of unknown fate was applied in part");
            assertTrue(faults.get() > 0 && writes.size() > THREADS, "the chaos did happen: " + faults + " faults, "
                    + writes.size() + " writes");
            assertEquals(insightsBaseline, insightsAfter, "insights back to baseline after the pool closed");
            assertEquals(tasksBaseline, tasksAfter, "tasks back to baseline after the pool closed");
        }
    }

    private static HikariDataSource pool(ReliabilityEnvironment env) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(env.url() + "&connectTimeout=5&socketTimeout=10");
        config.setUsername(ReliabilityEnvironment.ACCESS_KEY);
        config.setPassword(ReliabilityEnvironment.SECRET_KEY);
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(30_000);
        config.setPoolName("semoss-chaos");
        return new HikariDataSource(config);
    }

    private static Void chaos(EmulatorHooks hooks, AtomicBoolean running, AtomicLong faults)
            throws InterruptedException {
        Random random = new Random(42);
        while (running.get()) {
            Thread.sleep(150 + random.nextInt(200));
            switch (random.nextInt(3)) {
                case 0 -> hooks.dropNextConnections(1);
                case 1 -> hooks.dropNextResponsesAfterExecution(1);
                default -> hooks.expireAllSessions();
            }
            faults.incrementAndGet();
        }
        return null;
    }

    private static Void write(HikariDataSource pool, int worker, long deadline, ConcurrentLinkedQueue<Write> writes,
                              ConcurrentLinkedQueue<String> unclear, Map<String, AtomicLong> states) {
        Random random = new Random(100 + worker);
        long nextId = worker * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            int rows = random.nextInt(3) == 0 ? 2 + random.nextInt(30) : 1;
            long first = nextId;
            nextId += rows;
            Fate fate;
            try (Connection c = pool.getConnection();
                 PreparedStatement p = c.prepareStatement("INSERT INTO CHAOS (ID, V) VALUES (?, ?)")) {
                if (rows == 1) {
                    p.setLong(1, first);
                    p.setString(2, "single");
                    p.executeUpdate();
                } else {
                    for (int i = 0; i < rows; i++) {
                        p.setLong(1, first + i);
                        p.setString(2, "batch " + i);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                fate = Fate.APPLIED;
                states.computeIfAbsent("ok", k -> new AtomicLong()).incrementAndGet();
            } catch (SQLException e) {
                boolean saysUnknown = "08007".equals(e.getSQLState())
                        || String.valueOf(e.getMessage()).contains("may or may not have been applied");
                fate = saysUnknown ? Fate.UNKNOWN : Fate.NOT_APPLIED;
                states.computeIfAbsent(String.valueOf(e.getSQLState()), k -> new AtomicLong()).incrementAndGet();
            } catch (RuntimeException e) {
                unclear.add(e.toString());
                fate = Fate.UNKNOWN;
            }
            writes.add(new Write(first, rows, fate));
        }
        return null;
    }

    private static int settle(IntSupplier counter, int expected) throws InterruptedException {
        int value = counter.getAsInt();
        for (int i = 0; i < 50 && value != expected; i++) {
            Thread.sleep(100);
            value = counter.getAsInt();
        }
        return value;
    }
}
