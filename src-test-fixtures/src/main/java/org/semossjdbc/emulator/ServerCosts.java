package org.semossjdbc.emulator;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the emulator charges for its work, so that it costs what a real SEMOSS server costs: time per database pixel,
 * per rendered cell (by SEMOSS {@code dataType}) and row, per response byte, and for {@code GET /config} and a login.
 * The emulator's own work (a fast in-process database, a streaming JSON writer) is far cheaper than SEMOSS's, which
 * builds every page of a task in memory and renders each cell through Gson; without these costs, benchmarks on the
 * emulator overstate the share of time a client spends. Every cost is zero in {@link #NONE}, the default.
 *
 * <p>{@link #semoss43()} holds the figures calibrated against SEMOSS 4.3 on H2, PostgreSQL and MariaDB engines
 * (benchmarks/CALIBRATION.md has the measurements behind them). Immutable.
 *
 * @param databasePixel time per database pixel ({@code Database(...)|...}: engine look-up, permission check, query)
 * @param taskPixel     time per pixel that pages an open task ({@code Task(...)|Collect(n)}); SEMOSS spends far less
 *                      on it than on a query
 * @param rowNanos      nanoseconds per row written into a task page, besides its cells
 * @param cellNanos     nanoseconds per cell, by SEMOSS data type ({@code INT}, {@code DOUBLE}, {@code STRING},
 *                      {@code DATE}, {@code TIMESTAMP}, {@code BOOLEAN}); a missing type costs nothing
 * @param nanosPerKib   nanoseconds per KiB of a runPixel response body
 * @param config        time added to every {@code GET /config}
 * @param login         time added when a request logs a session in (access keys, bearer token or native login)
 * @param spending      whether the time is slept or spent computing
 */
public record ServerCosts(Duration databasePixel, Duration taskPixel, long rowNanos, Map<String, Long> cellNanos, long nanosPerKib,
                          Duration config, Duration login, Spending spending) {

    /**
     * How the emulator spends a cost. SEMOSS's costs are mostly CPU work (its reactors, security filters and Gson
     * rendering) on the machine it shares with its clients, so {@link #CPU} reproduces how they grow when the machine
     * is busy and how they compete with a client on the same cores; {@link #SLEEP} keeps a cost fixed whatever the
     * load (what {@code --per-pixel-delay-ms} always did).
     */
    public enum Spending {
        /** The request's thread sleeps. */
        SLEEP,
        /** The request's thread computes until it has used that much CPU time. */
        CPU
    }

    /** The data types a cell cost can be given for, as SEMOSS names them in {@code headerInfo}. */
    public static final Set<String> DATA_TYPES = Set.of("INT", "DOUBLE", "STRING", "DATE", "TIMESTAMP", "BOOLEAN");

    /** Nothing is charged: the emulator answers as fast as it can. */
    public static final ServerCosts NONE = new ServerCosts(Duration.ZERO, Duration.ZERO, 0, Map.of(), 0, Duration.ZERO,
            Duration.ZERO, Spending.SLEEP);

    /** Validates and copies. */
    public ServerCosts {
        requireNotNegative("databasePixel", databasePixel);
        requireNotNegative("taskPixel", taskPixel);
        requireNotNegative("config", config);
        requireNotNegative("login", login);
        if (spending == null) {
            throw new IllegalArgumentException("spending must be SLEEP or CPU");
        }
        if (rowNanos < 0 || nanosPerKib < 0) {
            throw new IllegalArgumentException("costs must not be negative");
        }
        Map<String, Long> cells = new TreeMap<>();
        cellNanos.forEach((type, nanos) -> {
            String upper = type.toUpperCase(Locale.ROOT);
            if (!DATA_TYPES.contains(upper)) {
                throw new IllegalArgumentException("unknown data type " + type + " (one of "
                        + new java.util.TreeSet<>(DATA_TYPES) + ")");
            }
            if (nanos == null || nanos < 0) {
                throw new IllegalArgumentException("the cost of a " + type + " cell must not be negative");
            }
            cells.put(upper, nanos);
        });
        cellNanos = Map.copyOf(cells);
    }

    /**
     * SEMOSS 4.3 (Tomcat 9, JDK 17) on 2 cores, client and server on one quiet machine: the time the real server takes
     * per operation, less what the emulator spends itself, spent as CPU time (on a quiet machine the real server's
     * time is its CPU time). One set serves its H2, PostgreSQL and MariaDB engines: 9.5 ms per query request, 4.5 ms
     * per task page, 16 µs per rendered row plus 0.5-2.5 µs per cell (most for dates and timestamps), 4 ms per
     * {@code /config}, 72 ms per login. The measurements and the fit are in benchmarks/CALIBRATION.md.
     */
    public static ServerCosts semoss43() {
        return new ServerCosts(Duration.ofMillis(9).plusNanos(500_000), Duration.ofMillis(4).plusNanos(500_000),
                16_000, Map.of("INT", 500L, "DOUBLE", 1_000L, "STRING", 500L, "DATE", 2_000L, "TIMESTAMP", 2_500L,
                        "BOOLEAN", 500L),
                0, Duration.ofMillis(4), Duration.ofMillis(72), Spending.CPU);
    }

    /** A named set of costs: {@code none} or {@code semoss-4.3}. */
    public static ServerCosts named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "semoss-4.3", "semoss43" -> semoss43();
            default -> throw new IllegalArgumentException("unknown cost profile " + name
                    + " (none or semoss-4.3)");
        };
    }

    /**
     * The same costs with another time per database pixel and per task page ({@code --per-pixel-delay-ms} sets
     * both, as it always charged both).
     */
    public ServerCosts withPixel(Duration time) {
        return new ServerCosts(time, time, rowNanos, cellNanos, nanosPerKib, config, login, spending);
    }

    /** The same costs with another time per database pixel. */
    public ServerCosts withDatabasePixel(Duration time) {
        return new ServerCosts(time, taskPixel, rowNanos, cellNanos, nanosPerKib, config, login, spending);
    }

    /** The same costs with another time per task page pixel. */
    public ServerCosts withTaskPixel(Duration time) {
        return new ServerCosts(databasePixel, time, rowNanos, cellNanos, nanosPerKib, config, login, spending);
    }

    /** The same costs with another time per row (besides its cells). */
    public ServerCosts withRow(Duration time) {
        return new ServerCosts(databasePixel, taskPixel, time.toNanos(), cellNanos, nanosPerKib, config, login,
                spending);
    }

    /** The same costs with another time per cell of {@code dataType} ({@code *} for every type). */
    public ServerCosts withCell(String dataType, Duration time) {
        Map<String, Long> cells = new TreeMap<>(cellNanos);
        if (dataType.equals("*")) {
            DATA_TYPES.forEach(type -> cells.put(type, time.toNanos()));
        } else {
            cells.put(dataType.toUpperCase(Locale.ROOT), time.toNanos());
        }
        return new ServerCosts(databasePixel, taskPixel, rowNanos, cells, nanosPerKib, config, login, spending);
    }

    /** The same costs with another time per KiB of response body. */
    public ServerCosts withResponseKib(Duration time) {
        return new ServerCosts(databasePixel, taskPixel, rowNanos, cellNanos, time.toNanos(), config, login, spending);
    }

    /** The same costs with another time per {@code GET /config}. */
    public ServerCosts withConfig(Duration time) {
        return new ServerCosts(databasePixel, taskPixel, rowNanos, cellNanos, nanosPerKib, time, login, spending);
    }

    /** The same costs with another time per login. */
    public ServerCosts withLogin(Duration time) {
        return new ServerCosts(databasePixel, taskPixel, rowNanos, cellNanos, nanosPerKib, config, time, spending);
    }

    /** The same costs, spent another way. */
    public ServerCosts withSpending(Spending how) {
        return new ServerCosts(databasePixel, taskPixel, rowNanos, cellNanos, nanosPerKib, config, login, how);
    }

    /** Nanoseconds one row of cells of these SEMOSS data types costs to render. */
    public long rowCost(Iterable<String> dataTypes) {
        long total = rowNanos;
        for (String type : dataTypes) {
            total += cellNanos.getOrDefault(type, 0L);
        }
        return total;
    }

    /** Nanoseconds {@code bytes} of response body cost. */
    public long responseCost(long bytes) {
        return nanosPerKib == 0 ? 0 : Math.round(bytes * (nanosPerKib / 1024.0));
    }

    /** Whether any cost is charged at all. */
    public boolean isFree() {
        return equals(NONE) || equals(NONE.withSpending(Spending.CPU));
    }

    private static void requireNotNegative(String name, Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be a non-negative duration");
        }
    }
}
