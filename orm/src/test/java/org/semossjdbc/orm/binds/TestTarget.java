package org.semossjdbc.orm.binds;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * A database the binds and catalogue suites run on: a scratch database reached directly through its own JDBC driver,
 * or the same database behind the SEMOSS emulator through {@code jdbc:semoss:}. One scratch database and one emulator
 * per product serve every suite of the JVM (a shutdown hook drops them; parameterised arguments have no lifecycle to
 * hang cleanup on). Tables get unique names ({@link #uniqueName}) so suites never see each other's rows.
 *
 * <p>The emulator knows three users on its engine: alice (OWNER), ed (EDIT) and bob (READ_ONLY).
 */
public record TestTarget(String label, ScratchDatabase.Backend product, boolean throughSemoss) {

    /** The emulator's engine name. */
    public static final String ENGINE = "db";

    private static final Map<ScratchDatabase.Backend, ScratchDatabase> DATABASES = new ConcurrentHashMap<>();
    private static final Map<ScratchDatabase.Backend, SemossEmulator> EMULATORS = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            EMULATORS.values().forEach(SemossEmulator::close);
            DATABASES.values().forEach(ScratchDatabase::close);
        }));
    }

    /** A SEMOSS user of the emulator with its access key pair. */
    public enum User {
        ALICE("alice", "ALICE-AK", "ALICE-SK", SemossEmulator.Permission.OWNER),
        ED("ed", "ED-AK", "ED-SK", SemossEmulator.Permission.EDIT),
        BOB("bob", "BOB-AK", "BOB-SK", SemossEmulator.Permission.READ_ONLY);

        final String name;
        final String accessKey;
        final String secretKey;
        final SemossEmulator.Permission permission;

        User(String name, String accessKey, String secretKey, SemossEmulator.Permission permission) {
            this.name = name;
            this.accessKey = accessKey;
            this.secretKey = secretKey;
            this.permission = permission;
        }

        /** The access key, which jdbc:semoss reports as {@code getUserName()}. */
        public String accessKey() {
            return accessKey;
        }
    }

    /** Direct H2, PostgreSQL, MariaDB, then the same through jdbc:semoss. */
    public static Stream<TestTarget> all() {
        return Stream.concat(direct(), semoss());
    }

    /** The direct JDBC targets. */
    public static Stream<TestTarget> direct() {
        return Stream.of(ScratchDatabase.Backend.values())
                .map(p -> new TestTarget("direct-" + p.name().toLowerCase(Locale.ROOT), p, false));
    }

    /** The jdbc:semoss targets. */
    public static Stream<TestTarget> semoss() {
        return Stream.of(ScratchDatabase.Backend.values())
                .map(p -> new TestTarget("semoss-" + p.name().toLowerCase(Locale.ROOT), p, true));
    }

    /** Skips the test visibly when the product is not configured (PostgreSQL and MariaDB need -Pservices). */
    public TestTarget assumeAvailable() {
        assumeTrue(product.isAvailable(), () -> label + " not configured: run Maven with -Pservices");
        return this;
    }

    /** The scratch database behind this target. */
    public ScratchDatabase database() {
        assumeAvailable();
        return DATABASES.computeIfAbsent(product, ScratchDatabase::create);
    }

    /** The emulator in front of this product's scratch database. */
    public SemossEmulator emulator() {
        return EMULATORS.computeIfAbsent(product, p -> {
            SemossEmulator.Builder builder = SemossEmulator.builder().engine(ENGINE, database().jdbcUrl());
            for (User user : User.values()) {
                builder.accessKeyUser(user.name, user.accessKey, user.secretKey, user.permission);
            }
            return builder.start();
        });
    }

    /** A connection as the owner: alice through SEMOSS, the scratch database's admin user directly. */
    public Connection open() throws SQLException {
        return throughSemoss ? open(User.ALICE) : database().connect();
    }

    /** A jdbc:semoss connection as {@code user}. */
    public Connection open(User user) throws SQLException {
        return DriverManager.getConnection(emulator().jdbcUrl(ENGINE), user.accessKey, user.secretKey);
    }

    /** Runs DDL or setup SQL straight on the database, not through SEMOSS. */
    public void executeDirect(String... statements) throws SQLException {
        try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The SQL the emulator's engine ran since the last {@link #resetLog()} (empty for direct targets). */
    public List<String> executedSql() {
        return throughSemoss ? emulator().hooks().executedSql(ENGINE) : List.of();
    }

    /** Clears the emulator's SQL log. */
    public void resetLog() {
        if (throughSemoss) {
            emulator().hooks().resetCounters();
        }
    }

    /**
     * NamedSql reads the product name to pick its lexer, and jdbc:semoss learns the backend's version with one query
     * the first time a connection is asked. Asking first keeps that probe out of "nothing was sent" logs, which are
     * about the statement under test.
     */
    public static void warmUpMetadata(Connection connection) throws SQLException {
        connection.getMetaData().getDatabaseProductName();
        connection.getMetaData().getDatabaseProductVersion();
    }


    /** A table or user name no other test uses, lower case. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** The type for exact fractional timestamps in this product's DDL. */
    public String timestampType() {
        return product == ScratchDatabase.Backend.MARIADB ? "DATETIME(6)" : "TIMESTAMP(6)";
    }

    /** The type for bytes in this product's DDL. */
    public String binaryType() {
        return product == ScratchDatabase.Backend.POSTGRES ? "BYTEA" : "VARBINARY(100)";
    }

    /** The cast to text in this product's SQL. */
    public String asText(String expression) {
        return switch (product) {
            case POSTGRES -> "CAST(" + expression + " AS TEXT)";
            case MARIADB -> "CAST(" + expression + " AS CHAR)";
            case H2 -> "CAST(" + expression + " AS VARCHAR)";
        };
    }

    /** Bytes as hexadecimal text in this product's SQL (SEMOSS decodes raw bytes as UTF-8). */
    public String asHex(String expression) {
        return switch (product) {
            case POSTGRES -> "encode(" + expression + ", 'hex')";
            case MARIADB -> "HEX(" + expression + ")";
            case H2 -> "RAWTOHEX(" + expression + ")";
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
