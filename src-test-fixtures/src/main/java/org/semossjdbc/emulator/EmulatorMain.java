package org.semossjdbc.emulator;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the emulator standalone until killed:
 * {@code java -jar semoss-emulator.jar --port 8090 --engine demo=jdbc:h2:mem:demo --user KEY:SECRET:EDIT}.
 *
 * <p>Contract scripts rely on: once listening, standard output carries exactly one line per engine,
 * {@code jdbc:semoss:http://127.0.0.1:<port>/Monolith/api?database=<engine id>}, and nothing else; logs go to
 * standard error; bad arguments print a message on standard error and exit with status 2.
 *
 * <p>An engine's id is derived from its name ({@link #engineId}), so a printed URL keeps working after a restart
 * with the same {@code --engine} names; {@code database=<engine name>} works as well.
 *
 * <p>Defaults: without {@code --engine}, one in-memory H2 engine {@code demo}
 * ({@code jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1}); without {@code --user}, one OWNER user whose access key is
 * {@value #DEFAULT_ACCESS_KEY} and secret key {@value #DEFAULT_SECRET_KEY} (a throw-away pair for local tests
 * only); {@code --port 0} picks a free port.
 */
public final class EmulatorMain {

    /** The access key of the default user. */
    public static final String DEFAULT_ACCESS_KEY = "emulator-access-key";
    /** The secret key of the default user. */
    public static final String DEFAULT_SECRET_KEY = "emulator-secret-key";

    static final int BAD_ARGUMENTS = 2;

    private static final String USAGE = """
            Usage: java -jar semoss-emulator.jar [options]
              --port N                 port on 127.0.0.1 (default 0 = a free port)
              --engine NAME=JDBC_URL   register an engine (repeatable); jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:
                                       default: demo=jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1
              --user KEY:SECRET[:PERM] an access-key user (repeatable); PERM is OWNER, EDIT or READ_ONLY
                                       (default OWNER); default user: %s:%s (OWNER)
              --native-user NAME:PASSWORD[:PERM]  a user for POST /auth/login (repeatable)
              --context PATH           web context (default /Monolith)
              --cookie-name NAME       session cookie name (default monolith)
              --session-timeout SECS   idle session timeout (default 7200)
              --csrf                   require CSRF tokens, as a server with the CSRF filter does
              --per-pixel-delay-ms N   server time per database pixel (default 0; the real server ~6)
              --costs PROFILE          charge what a real server charges: semoss-4.3 (calibrated, includes
                                       the per-pixel time) or none (default); the options below adjust it
              --task-pixel-cost-us N   time per Task(...)|Collect page instead of the per-pixel delay
              --cell-cost-ns TYPE=N    time per rendered cell of a SEMOSS data type (INT, DOUBLE, STRING,
                                       DATE, TIMESTAMP, BOOLEAN, or * for all); repeatable
              --row-cost-ns N          time per rendered row, besides its cells
              --response-cost-ns-per-kib N  time per KiB of a runPixel response
              --config-cost-us N       time added to every GET /config
              --login-cost-us N        time added to every login
              --cost-spending HOW      cpu (compute for that much CPU time, as the server's own work does;
                                       the semoss-4.3 profile's way) or sleep (the default otherwise)
              --help                   print this text
            Once listening, stdout carries one line per engine: jdbc:semoss:<api base>?database=<engine id>
            (the id is derived from the engine's name, so it is the same after a restart; database=<name> works too)
            """.formatted(DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY);

    private EmulatorMain() {
    }

    /** Starts the emulator and blocks until the process is killed. */
    public static void main(String[] args) throws InterruptedException {
        SemossEmulator emulator;
        try {
            SemossEmulator.Builder builder = parse(args);
            if (builder == null) {
                System.out.print(USAGE);
                return;
            }
            emulator = builder.start();
        } catch (IllegalArgumentException e) {
            System.err.println("semoss-emulator: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(BAD_ARGUMENTS);
            return;
        } catch (RuntimeException e) {
            System.err.println("semoss-emulator: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "semoss-emulator-shutdown"));
        PrintStream out = System.out;
        for (String name : emulator.engineNames()) {
            out.println(emulator.jdbcUrl(name));
        }
        out.flush();
        System.err.println("semoss-emulator: listening on " + emulator.apiBaseUrl());
        stopped.await();
    }

    /** Parses the command line; null means --help. */
    static SemossEmulator.Builder parse(String[] args) {
        SemossEmulator.Builder builder = SemossEmulator.builder();
        // Costs are collected and applied at the end, so that --costs and the single costs combine in any order.
        ServerCosts costs = ServerCosts.NONE;
        Duration pixelDelay = null;
        List<java.util.function.UnaryOperator<ServerCosts>> adjustments = new ArrayList<>();
        List<String> users = new ArrayList<>();
        boolean engines = false;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                return null;
            }
            if (option.equals("--csrf")) {
                builder.csrf(true);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--port" -> builder.port(integer(option, value, 0, 65535));
                case "--engine" -> {
                    int equals = value.indexOf('=');
                    if (equals <= 0 || equals == value.length() - 1) {
                        throw new IllegalArgumentException("--engine needs NAME=JDBC_URL, got: " + value);
                    }
                    String name = value.substring(0, equals);
                    builder.engine(name, value.substring(equals + 1), engineId(name));
                    engines = true;
                }
                case "--user" -> {
                    String[] parts = credentials(option, value);
                    builder.accessKeyUser(parts[0], parts[0], parts[1], permission(parts));
                    users.add(parts[0]);
                }
                case "--native-user" -> {
                    String[] parts = credentials(option, value);
                    builder.nativeUser(parts[0], parts[1], permission(parts));
                    users.add(parts[0]);
                }
                case "--context" -> builder.contextPath(value);
                case "--cookie-name" -> {
                    if (value.isBlank()) {
                        throw new IllegalArgumentException("--cookie-name must not be empty");
                    }
                    builder.sessionCookieName(value);
                }
                case "--session-timeout" -> builder.sessionIdleTimeout(
                        Duration.ofSeconds(integer(option, value, 1, Integer.MAX_VALUE)));
                case "--per-pixel-delay-ms" -> pixelDelay = Duration.ofMillis(integer(option, value, 0, 60_000));
                case "--costs" -> costs = ServerCosts.named(value);
                case "--cell-cost-ns" -> {
                    int equals = value.indexOf('=');
                    String type = equals <= 0 ? "" : value.substring(0, equals).toUpperCase(Locale.ROOT);
                    if (!type.equals("*") && !ServerCosts.DATA_TYPES.contains(type)) {
                        throw new IllegalArgumentException("--cell-cost-ns needs TYPE=N with TYPE one of "
                                + new java.util.TreeSet<>(ServerCosts.DATA_TYPES) + " or *, got: " + value);
                    }
                    Duration cost = Duration.ofNanos(integer(option, value.substring(equals + 1), 0, 10_000_000));
                    adjustments.add(c -> c.withCell(type, cost));
                }
                case "--task-pixel-cost-us" -> {
                    Duration cost = Duration.ofNanos(1_000L * integer(option, value, 0, 60_000_000));
                    adjustments.add(c -> c.withTaskPixel(cost));
                }
                case "--row-cost-ns" -> {
                    Duration cost = Duration.ofNanos(integer(option, value, 0, 10_000_000));
                    adjustments.add(c -> c.withRow(cost));
                }
                case "--response-cost-ns-per-kib" -> {
                    Duration cost = Duration.ofNanos(integer(option, value, 0, 100_000_000));
                    adjustments.add(c -> c.withResponseKib(cost));
                }
                case "--config-cost-us" -> {
                    Duration cost = Duration.ofNanos(1_000L * integer(option, value, 0, 60_000_000));
                    adjustments.add(c -> c.withConfig(cost));
                }
                case "--cost-spending" -> {
                    ServerCosts.Spending how;
                    try {
                        how = ServerCosts.Spending.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--cost-spending is cpu or sleep, got: " + value);
                    }
                    adjustments.add(c -> c.withSpending(how));
                }
                case "--login-cost-us" -> {
                    Duration cost = Duration.ofNanos(1_000L * integer(option, value, 0, 60_000_000));
                    adjustments.add(c -> c.withLogin(cost));
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (pixelDelay != null) {
            costs = costs.withPixel(pixelDelay);
        }
        for (java.util.function.UnaryOperator<ServerCosts> adjustment : adjustments) {
            costs = adjustment.apply(costs);
        }
        builder.costs(costs);
        if (!engines) {
            builder.engine("demo", "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1", engineId("demo"));
        }
        if (users.isEmpty()) {
            builder.accessKeyUser(DEFAULT_ACCESS_KEY, DEFAULT_ACCESS_KEY, DEFAULT_SECRET_KEY,
                    SemossEmulator.Permission.OWNER);
        }
        return builder;
    }

    /**
     * The id of the engine named {@code name}: a name-based UUID, the same on every start. (A real server gives a new
     * engine a random UUID once and keeps it; a standalone emulator starts afresh each time, and random ids would
     * break every URL it printed before.) The embedded builder keeps random ids.
     */
    static String engineId(String name) {
        return UUID.nameUUIDFromBytes(("semoss-emulator engine " + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String[] credentials(String option, String value) {
        String[] parts = value.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
            throw new IllegalArgumentException(option + " needs NAME:SECRET[:PERMISSION]");
        }
        return parts;
    }

    private static SemossEmulator.Permission permission(String[] parts) {
        if (parts.length < 3) {
            return SemossEmulator.Permission.OWNER;
        }
        try {
            return SemossEmulator.Permission.valueOf(parts[2].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown permission " + parts[2] + " (OWNER, EDIT or READ_ONLY)");
        }
    }

    private static int integer(String option, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException(option + " must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got: " + value);
        }
    }
}
