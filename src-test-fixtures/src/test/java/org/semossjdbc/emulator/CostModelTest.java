package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The emulator charges its cost model where the real server spends the time: rendered rows, /config, logins. Checks
 * lower bounds only (a sleep is never shorter than asked), and that the free emulator stays fast where it matters.
 */
class CostModelTest {

    private SemossEmulator emulator;
    private String engineId;

    @BeforeEach
    void start() throws Exception {
        emulator = SemossEmulator.builder()
                .engine("costs", "jdbc:h2:mem:cost_model;DB_CLOSE_DELAY=-1")
                .accessKeyUser("alice", "KEY", "SECRET", SemossEmulator.Permission.OWNER)
                .start();
        engineId = emulator.engineId("costs");
        TestClient setup = new TestClient(emulator).basic("KEY", "SECRET");
        setup.runPixel(TestClient.write(engineId, "CREATE TABLE WIDE (ID INT, NAME VARCHAR(20), TS TIMESTAMP)"
                + " AS SELECT X, CONCAT('n', X), TIMESTAMP '2024-01-01 00:00:00' FROM SYSTEM_RANGE(1, 2000)"), "");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void renderingRowsIsChargedPerRowAndPerCellType() {
        TestClient client = new TestClient(emulator).basic("KEY", "SECRET");
        String all = TestClient.read(engineId, "SELECT ID, NAME, TS FROM WIDE ORDER BY ID", -1);
        String ints = TestClient.read(engineId, "SELECT ID FROM WIDE ORDER BY ID", -1);
        client.runPixel(all, "");
        // 2,000 rows: 10 µs per row, 20 µs per TIMESTAMP cell, nothing for the others: 20 ms and 60 ms.
        emulator.hooks().costs(ServerCosts.NONE.withRow(Duration.ofNanos(10_000))
                .withCell("TIMESTAMP", Duration.ofNanos(20_000)));
        long intsNanos = timed(() -> assertEquals(2000, client.runPixel(ints, "").output(0).path("data")
                .path("values").size()));
        long allNanos = timed(() -> assertEquals(2000, client.runPixel(all, "").output(0).path("data")
                .path("values").size()));
        assertTrue(intsNanos >= 20_000_000, "one INT column: " + intsNanos);
        assertTrue(allNanos >= 60_000_000, "INT, STRING and TIMESTAMP: " + allNanos);
    }

    @Test
    void responseBytesAreChargedAsTheyLeave() {
        TestClient client = new TestClient(emulator).basic("KEY", "SECRET");
        String read = TestClient.read(engineId, "SELECT ID, NAME, TS FROM WIDE ORDER BY ID", -1);
        client.runPixel(read, "");
        emulator.hooks().costs(ServerCosts.NONE.withResponseKib(Duration.ofMillis(1)));
        long[] bytes = new long[1];
        long nanos = timed(() -> bytes[0] = client.runPixel(read, "").raw().body().length());
        assertTrue(bytes[0] > 40_000, "the read is " + bytes[0] + " bytes");
        // The last buffer (16 KiB at most) may leave after the charge is settled.
        assertTrue(nanos >= (bytes[0] / 1024 - 16) * 1_000_000L, bytes[0] + " bytes in " + nanos + " ns");
    }

    @Test
    void configAndLoginAreChargedOnTheirOwn() {
        emulator.hooks().costs(ServerCosts.NONE.withConfig(Duration.ofMillis(40)).withLogin(Duration.ofMillis(90)));
        TestClient client = new TestClient(emulator).basic("KEY", "SECRET");
        long loginAndConfig = timed(() -> client.get("/config"));
        long configOnly = timed(() -> client.noAuthorization().get("/config"));
        long pixel = timed(() -> client.runPixel("1 + 1;", ""));
        assertTrue(loginAndConfig >= 130_000_000, "login + /config: " + loginAndConfig);
        assertTrue(configOnly >= 40_000_000, "/config: " + configOnly);
        assertTrue(pixel < 40_000_000, "a pixel pays neither: " + pixel);
    }

    @Test
    void perPixelDelayKeepsTheOtherCosts() {
        ServerCosts costs = ServerCosts.NONE.withConfig(Duration.ofMillis(2));
        emulator.hooks().costs(costs);
        emulator.hooks().perPixelDelay(Duration.ofMillis(6));
        assertEquals(costs.withPixel(Duration.ofMillis(6)), emulator.hooks().currentCosts());
        emulator.hooks().perPixelDelay(null);
        assertEquals(costs, emulator.hooks().currentCosts());
    }

    @Test
    void aMeterSleepsInSlicesAndSettlesTheRest() {
        List<Long> sleeps = new ArrayList<>();
        CostMeter meter = new CostMeter(sleeps::add);
        for (int i = 0; i < 25; i++) {
            meter.charge(100_000);
        }
        meter.charge(0);
        meter.charge(-5);
        assertEquals(List.of(1_000_000L, 1_000_000L), sleeps);
        meter.settle();
        meter.settle();
        assertEquals(List.of(1_000_000L, 1_000_000L, 500_000L), sleeps);
        assertEquals(2_500_000L, meter.chargedNanos());
    }

    @Test
    void cpuSpendingUsesThatMuchCpuTime() {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadCpuTime();
        CostMeter.spend(30_000_000, ServerCosts.Spending.CPU);
        long used = threads.getCurrentThreadCpuTime() - before;
        assertTrue(used >= 30_000_000, "used " + used + " ns of CPU");
        long sleptBefore = threads.getCurrentThreadCpuTime();
        long wall = timed(() -> CostMeter.spend(30_000_000, ServerCosts.Spending.SLEEP));
        assertTrue(wall >= 30_000_000, "slept " + wall);
        assertTrue(threads.getCurrentThreadCpuTime() - sleptBefore < 15_000_000, "sleeping computes nothing");
    }

    @Test
    void sleepingHonoursSubMillisecondCosts() {
        long nanos = timed(() -> CostMeter.sleepNanos(1_600_000));
        assertTrue(nanos >= 1_600_000, "slept " + nanos);
    }

    private static long timed(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return System.nanoTime() - start;
    }
}
