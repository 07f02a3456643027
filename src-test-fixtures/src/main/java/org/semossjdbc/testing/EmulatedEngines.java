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
import org.semossjdbc.emulator.SemossEmulator;

/**
 * One emulator serving one engine per backend this run can reach (H2 always; PostgreSQL and MariaDB under the
 * {@code services} profile), each engine over its own {@link ScratchDatabase}, and one OWNER reached by an access key
 * pair. Made for a test class to share: start it in {@code @BeforeAll}, close it in {@code @AfterAll}; tests
 * configure their tool with {@link #jdbcUrl}, {@link #user()} and {@link #password()} alone, as a user would.
 */
public final class EmulatedEngines implements AutoCloseable {

    private final SemossEmulator emulator;
    private final Map<ScratchDatabase.Backend, ScratchDatabase> databases;
    private final String accessKey;
    private final String secretKey;

    private EmulatedEngines(SemossEmulator emulator, Map<ScratchDatabase.Backend, ScratchDatabase> databases,
            String accessKey, String secretKey) {
        this.emulator = emulator;
        this.databases = databases;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** Creates a scratch database per available backend and starts the emulator over them. */
    public static EmulatedEngines start() {
        Map<ScratchDatabase.Backend, ScratchDatabase> databases = new EnumMap<>(ScratchDatabase.Backend.class);
        try {
            for (ScratchDatabase.Backend backend : ScratchDatabase.Backend.values()) {
                if (backend.isAvailable()) {
                    databases.put(backend, ScratchDatabase.create(backend));
                }
            }
            String accessKey = "tools-" + randomHex(6);
            String secretKey = randomHex(20);
            SemossEmulator.Builder builder = SemossEmulator.builder()
                    .accessKeyUser("tools", accessKey, secretKey, SemossEmulator.Permission.OWNER);
            databases.forEach((backend, database) -> builder.engine(engineName(backend), database.jdbcUrl()));
            return new EmulatedEngines(builder.start(), databases, accessKey, secretKey);
        } catch (RuntimeException e) {
            databases.values().forEach(ScratchDatabase::close);
            throw e;
        }
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
        return emulator.jdbcUrl(engineName(backend));
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
        return emulator.hooks().executedSql(engineName(backend));
    }

    /** Stops the emulator and drops the scratch databases. */
    @Override
    public void close() {
        try {
            emulator.close();
        } finally {
            databases.values().forEach(ScratchDatabase::close);
        }
    }
}
