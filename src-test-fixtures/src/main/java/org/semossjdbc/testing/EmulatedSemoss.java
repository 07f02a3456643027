package org.semossjdbc.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "An emulator with these engines and users" for every module's tests: scratch databases on one backend, a SEMOSS
 * emulator serving them as engines, both gone afterwards. A backend the run has not configured (PostgreSQL and MariaDB
 * without {@code -Pservices}) skips the test visibly, through a JUnit assumption.
 *
 * <p>As a JUnit 5 extension, JUnit owns the lifecycle: a {@code static} field is one emulator for the class, an
 * instance field one per test.
 * <pre>{@code
 * @RegisterExtension
 * static final EmulatedSemoss semoss = EmulatedSemoss.on(Backend.H2).engine("demo")
 *         .accessKeyUser("alice", "AK", "SK", Permission.OWNER).build();
 * }</pre>
 * Parameterised tests, whose backend is an argument, start one themselves:
 * {@code try (EmulatedSemoss semoss = EmulatedSemoss.on(backend).engine("demo")...start()) { ... }}. A suite's fixture
 * (its users, its connect helpers) extends this class and keeps both uses.
 */
public class EmulatedSemoss implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, AutoCloseable {
    private final Backend backend;
    private final List<String> engines;
    private final Map<String, String> externalEngines;
    private final List<Consumer<SemossEmulator.Builder>> setup;
    private final Map<String, ScratchDatabase> databases = new LinkedHashMap<>();
    private SemossEmulator semoss;
    private boolean perClass;

    /** For a suite's own fixture class that adds its users' conveniences: {@code super(EmulatedSemoss.on(...)...)}. */
    protected EmulatedSemoss(Builder builder) {
        this.backend = builder.backend;
        this.engines = List.copyOf(builder.engines);
        this.externalEngines = new LinkedHashMap<>(builder.externalEngines);
        this.setup = List.copyOf(builder.setup);
    }

    /** Starts describing an emulator whose engines live on {@code backend}. */
    public static Builder on(Backend backend) {
        return new Builder(backend);
    }

    // ---- lifecycle

    /** Creates the databases and starts the emulator now; skips the calling test when the backend is not configured. */
    public EmulatedSemoss start() {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        try {
            SemossEmulator.Builder builder = SemossEmulator.builder();
            for (String engine : engines) {
                ScratchDatabase database = ScratchDatabase.create(backend);
                databases.put(engine, database);
                builder.engine(engine, database.jdbcUrl());
            }
            externalEngines.forEach(builder::engine);
            setup.forEach(step -> step.accept(builder));
            semoss = builder.start();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Stops the emulator and drops the databases it created (not those passed to {@link Builder#engineOver}). */
    @Override
    public void close() {
        try {
            if (semoss != null) {
                semoss.close();
            }
        } finally {
            semoss = null;
            databases.values().forEach(ScratchDatabase::close);
            databases.clear();
        }
    }

    @Override
    public final void beforeAll(ExtensionContext context) {
        perClass = true;
        start();
    }

    @Override
    public final void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public final void beforeEach(ExtensionContext context) {
        if (!perClass) {
            start();
        }
    }

    @Override
    public final void afterEach(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    // ---- what tests use

    /** The running emulator: its hooks, URLs and engine ids. */
    public SemossEmulator semoss() {
        if (semoss == null) {
            throw new IllegalStateException("The emulator is not running: register the extension or call start()");
        }
        return semoss;
    }

    /** The backend the engines live on. */
    public Backend backend() {
        return backend;
    }

    /** The scratch database behind the first engine. */
    public ScratchDatabase database() {
        return databases.values().iterator().next();
    }

    /** The scratch database behind an engine this extension created. */
    public ScratchDatabase database(String engine) {
        return databases.get(engine);
    }

    /** The driver URL of the first engine. */
    public String url() {
        return url(engines.isEmpty() ? externalEngines.keySet().iterator().next() : engines.get(0));
    }

    /** The driver URL of an engine. */
    public String url(String engine) {
        return semoss().jdbcUrl(engine);
    }

    /** The driver URL of an engine behind another API base URL (a proxy in front of the emulator). */
    public String urlVia(String apiBaseUrl, String engine) {
        return "jdbc:semoss:" + apiBaseUrl + "?database=" + semoss().engineId(engine);
    }

    /** A driver connection with these credentials and extra properties (may be empty). */
    public static Connection connect(String url, String user, String password, Properties extra) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.putAll(extra);
        return DriverManager.getConnection(url, properties);
    }

    /** Runs SQL on the first engine's database directly, bypassing SEMOSS and the driver. */
    public void direct(String sql) throws SQLException {
        try (Connection c = database().connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Counts rows on the first engine's database directly, bypassing SEMOSS and the driver. */
    public long countDirectly(String sqlCount) throws SQLException {
        try (Connection c = database().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sqlCount)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** What the emulator will serve; every method returns this builder. */
    public static final class Builder {
        private final Backend backend;
        private final List<String> engines = new ArrayList<>();
        private final Map<String, String> externalEngines = new LinkedHashMap<>();
        private final List<Consumer<SemossEmulator.Builder>> setup = new ArrayList<>();

        private Builder(Backend backend) {
            this.backend = backend;
        }

        /** An engine over a fresh scratch database, dropped when the emulator stops. */
        public Builder engine(String name) {
            engines.add(name);
            return this;
        }

        /** An engine over a database the caller owns (shared with direct-JDBC tests); it is left as it is. */
        public Builder engineOver(String name, String jdbcUrl) {
            externalEngines.put(name, jdbcUrl);
            return this;
        }

        /** A user who signs in with an access key pair (HTTP Basic). */
        public Builder accessKeyUser(String name, String accessKey, String secretKey,
                                     SemossEmulator.Permission permission) {
            return configure(b -> b.accessKeyUser(name, accessKey, secretKey, permission));
        }

        /** A user who signs in with a password ({@code authMode=login}). */
        public Builder nativeUser(String name, String password, SemossEmulator.Permission permission) {
            return configure(b -> b.nativeUser(name, password, permission));
        }

        /** A user who signs in with a bearer token ({@code authMode=bearer}). */
        public Builder bearerUser(String name, String token, String provider, SemossEmulator.Permission permission) {
            return configure(b -> b.bearerUser(name, token, provider, permission));
        }

        /** Any other emulator setting (CSRF, delays, grants, port). */
        public Builder configure(Consumer<SemossEmulator.Builder> step) {
            setup.add(step);
            return this;
        }

        /** The extension, not started: register it with {@code @RegisterExtension}. */
        public EmulatedSemoss build() {
            return new EmulatedSemoss(this);
        }

        /** Started now, for a test that owns it (try-with-resources). */
        public EmulatedSemoss start() {
            return build().start();
        }
    }
}
