package org.semossjdbc.orm;

import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * The same scratch databases reached through {@code jdbc:semoss:} and the SEMOSS emulator, so every suite also runs
 * on SEMOSS's lossy read path and its write path. Tables are still created
 * straight on the database. SELECTs are counted where the engine ran them ({@code hooks().executedSql}).
 */
final class EmulatedBackend extends TestBackend {

    private static final String ENGINE = "orm";
    private static final String ACCESS = "ORM-ACCESS-KEY";
    private static final String SECRET = "ORM-SECRET-KEY";
    private static final Map<ScratchDatabase.Backend, EmulatedSemoss> EMULATORS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> EMULATORS.values().forEach(EmulatedSemoss::close)));
    }

    private String unavailable;

    EmulatedBackend(ScratchDatabase.Backend product) {
        super("semoss-" + product.name().toLowerCase(Locale.ROOT), product);
    }

    static Stream<TestBackend> all() {
        return Stream.of(ScratchDatabase.Backend.values()).map(EmulatedBackend::new);
    }

    private SemossEmulator emulator() {
        // Over the suite's shared scratch database, which the direct backends use too: created and dropped there.
        return EMULATORS.computeIfAbsent(product(), p -> EmulatedSemoss.on(p).engineOver(ENGINE, database().jdbcUrl())
                .accessKeyUser("orm", ACCESS, SECRET, SemossEmulator.Permission.OWNER)
                .start()).semoss();
    }

    /** Skips only while the emulator or driver are still stubs; any other failure is a real test failure. */
    @Override
    boolean ready() {
        try {
            emulator();
            DriverManager.getConnection(emulator().jdbcUrl(ENGINE), ACCESS, SECRET).close();
            return true;
        } catch (UnsupportedOperationException stub) {
            unavailable = "emulator or driver not implemented yet (" + stub.getMessage() + ")";
            return false;
        } catch (java.sql.SQLException e) {
            if (e.getCause() instanceof UnsupportedOperationException || e.getMessage().contains("stub")) {
                unavailable = "driver not implemented yet: " + e.getMessage();
                return false;
            }
            throw new IllegalStateException("jdbc:semoss connection failed", e);
        }
    }

    @Override
    boolean supportsTransactions() {
        return false;
    }

    @Override
    String unavailableReason() {
        return unavailable;
    }

    @Override
    DataSource dataSource() {
        // readMode=plain: the active record keeps its own exact forms (DECIMAL and timestamps cast to text, bytes as
        // hex), which the plain path already reads exactly, and these suites count the statements it sends; through
        // a connection per operation, a packed read would add its statement description to every one.
        String url = emulator().jdbcUrl(ENGINE) + "&readMode=plain";
        return new DriverManagerSource(() -> DriverManager.getConnection(url, ACCESS, SECRET));
    }

    /**
     * The reads the engine ran: SELECTs other than the driver's own data-changing forms (generated keys and counts
     * come back through {@code SELECT ... FINAL TABLE (...)} on H2, for instance).
     */
    @Override
    List<String> selectsSent() {
        return emulator().hooks().executedSql(ENGINE).stream()
                .filter(sql -> sql.trim().toUpperCase(Locale.ROOT).startsWith("SELECT"))
                .filter(sql -> !sql.toUpperCase(Locale.ROOT).matches("(?s).*(FINAL TABLE|OLD TABLE|RETURNING).*"))
                .toList();
    }

    /** HTTP requests the emulator has answered since the last {@link #resetLog()}. */
    long httpRequests() {
        return emulator().hooks().requestCount();
    }

    /** What opening and closing one connection costs in HTTP requests (login, engine look-up, ...). */
    long requestsPerConnection() throws java.sql.SQLException {
        long before = emulator().hooks().requestCount();
        DriverManager.getConnection(emulator().jdbcUrl(ENGINE), ACCESS, SECRET).close();
        return emulator().hooks().requestCount() - before;
    }

    @Override
    void resetLog() {
        super.resetLog();
        emulator().hooks().resetCounters();
    }
}
