package org.semossjdbc.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.semossjdbc.emulator.SemossEmulator;

/**
 * One emulator serving one engine per backend this run can reach (H2 always; PostgreSQL and MariaDB under the
 * {@code services} profile), each engine over its own {@link ScratchDatabase}, and one OWNER reached by an access key
 * pair. Made for a test class to share, as a JUnit 5 extension that JUnit starts before the class's tests and closes
 * after them; tests configure their tool with {@link #jdbcUrl}, {@link #user()} and {@link #password()} alone, as a
 * user would.
 * <pre>{@code
 * @RegisterExtension
 * static final EmulatedEngines engines = new EmulatedEngines();
 * }</pre>
 */
public final class EmulatedEngines implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

    private final Map<ScratchDatabase.Backend, ScratchDatabase> databases =
            new EnumMap<>(ScratchDatabase.Backend.class);
    private final String accessKey = "tools-" + randomHex(6);
    private final String secretKey = randomHex(20);
    private SemossEmulator emulator;

    /** The extension, not started: register it with {@code @RegisterExtension} on a {@code static} field. */
    public EmulatedEngines() {
    }

    /** Creates a scratch database per available backend and starts the emulator over them, now. */
    public EmulatedEngines start() {
        try {
            for (ScratchDatabase.Backend backend : ScratchDatabase.Backend.values()) {
                if (backend.isAvailable()) {
                    databases.put(backend, ScratchDatabase.create(backend));
                }
            }
            SemossEmulator.Builder builder = SemossEmulator.builder()
                    .accessKeyUser("tools", accessKey, secretKey, SemossEmulator.Permission.OWNER);
            databases.forEach((backend, database) -> builder.engine(engineName(backend), database.jdbcUrl()));
            emulator = builder.start();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private static String engineName(ScratchDatabase.Backend backend) {
        return "tools_" + backend.name().toLowerCase(Locale.ROOT);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /**
     * The {@code jdbc:semoss:} URL of the backend's engine. Throws {@link IllegalStateException} when the backend is
     * not configured: tests call {@link ScratchDatabase.Backend#isAvailable()} (or an assumption on it) first.
     */
    public String jdbcUrl(ScratchDatabase.Backend backend) {
        return running().jdbcUrl(engineName(backend));
    }

    /** The JDBC user: the access key. */
    public String user() {
        return accessKey;
    }

    /** The JDBC password: the secret key. */
    public String password() {
        return secretKey;
    }

    /** The database behind the backend's engine, for checks that bypass SEMOSS and the driver. */
    public ScratchDatabase database(ScratchDatabase.Backend backend) {
        return Objects.requireNonNull(databases.get(backend), () -> backend + " is not configured in this run");
    }

    /** Runs a one-column query straight on the backend's database (not through SEMOSS) and returns its values. */
    public List<String> queryDirectly(ScratchDatabase.Backend backend, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database(backend).connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** Every SQL string the backend's engine ran for clients, in order. */
    public List<String> executedSql(ScratchDatabase.Backend backend) {
        return running().hooks().executedSql(engineName(backend));
    }

    private SemossEmulator running() {
        if (emulator == null) {
            throw new IllegalStateException("The emulator is not running: register the extension or call start()");
        }
        return emulator;
    }

    /** Stops the emulator and drops the scratch databases. */
    @Override
    public void close() {
        try {
            if (emulator != null) {
                emulator.close();
            }
        } finally {
            emulator = null;
            databases.values().forEach(ScratchDatabase::close);
            databases.clear();
        }
    }
}
