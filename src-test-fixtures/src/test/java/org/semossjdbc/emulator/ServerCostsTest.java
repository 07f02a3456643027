package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cost model's arithmetic and validation, and the command-line options that build it. */
class ServerCostsTest {

    private static final ServerCosts TYPED = ServerCosts.NONE.withRow(Duration.ofNanos(100))
            .withCell("INT", Duration.ofNanos(1_000)).withCell("string", Duration.ofNanos(3_000))
            .withCell("TIMESTAMP", Duration.ofNanos(5_000));

    @ParameterizedTest(name = "{0} -> {1} ns")
    @CsvSource(delimiter = ';', value = {
            "'';                       100",
            "INT;                      1100",
            "INT,STRING,DOUBLE,TIMESTAMP; 9100",
            "DOUBLE;                   100",
            "STRING,STRING;            6100",
    })
    void aRowCostsItsRowPriceAndEachCellByType(String types, long expected) {
        List<String> columns = types.isEmpty() ? List.of() : List.of(types.split(","));
        assertEquals(expected, TYPED.rowCost(columns));
    }

    @ParameterizedTest(name = "{0} bytes at {1} ns/KiB -> {2} ns")
    @CsvSource({"0, 1000, 0", "1024, 1000, 1000", "512, 1000, 500", "3072, 2048, 6144", "100000, 0, 0"})
    void responseBytesArePricedPerKib(long bytes, long perKib, long expected) {
        assertEquals(expected, ServerCosts.NONE.withResponseKib(Duration.ofNanos(perKib)).responseCost(bytes));
    }

    @Test
    void noneChargesNothingAndTheWithersChangeOneCostEach() {
        assertTrue(ServerCosts.NONE.isFree());
        assertEquals(0, ServerCosts.NONE.rowCost(List.of("INT", "STRING")));
        ServerCosts changed = ServerCosts.NONE.withConfig(Duration.ofMillis(3));
        assertFalse(changed.isFree());
        assertEquals(Duration.ofMillis(3), changed.config());
        assertEquals(Duration.ZERO, changed.login());
        assertEquals(Duration.ZERO, changed.databasePixel());
        assertEquals(Duration.ofMillis(6), changed.withDatabasePixel(Duration.ofMillis(6)).databasePixel());
        assertEquals(Duration.ZERO, changed.withDatabasePixel(Duration.ofMillis(6)).taskPixel());
        assertEquals(Duration.ofMillis(1), changed.withTaskPixel(Duration.ofMillis(1)).taskPixel());
        assertEquals(Duration.ofMillis(3), changed.withDatabasePixel(Duration.ofMillis(6)).config());
    }

    @Test
    void aStarCellCostPricesEveryType() {
        ServerCosts all = ServerCosts.NONE.withCell("*", Duration.ofNanos(7));
        assertEquals(ServerCosts.DATA_TYPES.size() * 7L, all.rowCost(ServerCosts.DATA_TYPES));
    }

    @Test
    void theCalibratedProfileChargesEveryKindOfWork() {
        ServerCosts semoss = ServerCosts.named("semoss-4.3");
        assertEquals(ServerCosts.semoss43(), semoss);
        assertTrue(semoss.databasePixel().toMillis() > 0);
        assertTrue(semoss.config().toNanos() > 0);
        assertTrue(semoss.login().toNanos() > 0);
        for (String type : ServerCosts.DATA_TYPES) {
            assertTrue(semoss.rowCost(List.of(type)) > semoss.rowCost(List.of()), type + " cells cost something");
        }
        assertEquals(ServerCosts.NONE, ServerCosts.named("none"));
    }

    @Test
    void badCostsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ServerCosts.named("semoss-9"));
        assertThrows(IllegalArgumentException.class, () -> ServerCosts.NONE.withCell("BLOB", Duration.ofNanos(1)));
        assertThrows(IllegalArgumentException.class, () -> ServerCosts.NONE.withConfig(Duration.ofMillis(-1)));
        assertThrows(IllegalArgumentException.class, () -> ServerCosts.NONE.withRow(Duration.ofNanos(-1)));
        assertThrows(IllegalArgumentException.class, () -> new ServerCosts(Duration.ZERO, Duration.ZERO, 0,
                Map.of("INT", -1L), 0, Duration.ZERO, Duration.ZERO, ServerCosts.Spending.SLEEP));
        assertThrows(IllegalArgumentException.class, () -> new ServerCosts(Duration.ZERO, Duration.ZERO, 0,
                Map.of(), 0, Duration.ZERO, Duration.ZERO, null));
    }

    @Test
    void commandLineOptionsBuildTheCostsInAnyOrder() {
        ServerCosts costs = costsOf("--cell-cost-ns", "INT=1500", "--costs", "semoss-4.3", "--config-cost-us", "2500",
                "--per-pixel-delay-ms", "9", "--row-cost-ns", "40", "--login-cost-us", "7000",
                "--response-cost-ns-per-kib", "300", "--cost-spending", "sleep", "--task-pixel-cost-us", "2000");
        ServerCosts expected = ServerCosts.semoss43().withPixel(Duration.ofMillis(9))
                .withCell("INT", Duration.ofNanos(1500))
                .withConfig(Duration.ofNanos(2_500_000)).withRow(Duration.ofNanos(40))
                .withLogin(Duration.ofMillis(7)).withResponseKib(Duration.ofNanos(300))
                .withTaskPixel(Duration.ofMillis(2))
                .withSpending(ServerCosts.Spending.SLEEP);
        assertEquals(expected, costs);
        assertEquals(ServerCosts.Spending.CPU, costsOf("--costs", "semoss-4.3").spending());
        assertEquals(ServerCosts.NONE, costsOf());
        assertEquals(ServerCosts.NONE.withPixel(Duration.ofMillis(6)), costsOf("--per-pixel-delay-ms", "6"));
        assertEquals(Duration.ofMillis(6), costsOf("--per-pixel-delay-ms", "6").taskPixel());
        assertEquals(ServerCosts.NONE.withCell("*", Duration.ofNanos(10)), costsOf("--cell-cost-ns", "*=10"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"--costs;fast", "--cell-cost-ns;BLOB=3", "--cell-cost-ns;3",
            "--cell-cost-ns;INT=-1", "--row-cost-ns;x", "--config-cost-us;-5", "--cost-spending;often"})
    void badCostOptionsAreRefused(String option, String value) {
        assertThrows(IllegalArgumentException.class, () -> EmulatorMain.parse(new String[] {option, value}));
    }

    private static ServerCosts costsOf(String... args) {
        try (SemossEmulator emulator = EmulatorMain.parse(args).start()) {
            return emulator.hooks().currentCosts();
        }
    }
}
