package org.semossjdbc.spark;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * A scratch database on one backend behind an emulated SEMOSS engine, reached through a {@code jdbc:semoss:} URL that
 * names the engine's dialect. PostgreSQL and MariaDB are skipped visibly unless the {@code services} profile
 * configures them.
 */
final class SemossUnderTest implements AutoCloseable {
    static final String ENGINE = "spark";

    final ScratchDatabase database;
    final SemossEmulator emulator;
    private final Properties keys = new Properties();

    private SemossUnderTest(ScratchDatabase database, SemossEmulator emulator, String accessKey, String secretKey) {
        this.database = database;
        this.emulator = emulator;
        keys.setProperty("user", accessKey);
        keys.setProperty("password", secretKey);
    }

    static SemossUnderTest start(ScratchDatabase.Backend backend) {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        ScratchDatabase database = ScratchDatabase.create(backend);
        try {
            String accessKey = "spark-" + randomHex(6);
            String secretKey = randomHex(24);
            SemossEmulator emulator = SemossEmulator.builder()
                    .engine(ENGINE, database.jdbcUrl())
                    .accessKeyUser("spark", accessKey, secretKey, SemossEmulator.Permission.OWNER)
                    .start();
            return new SemossUnderTest(database, emulator, accessKey, secretKey);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** The engine's URL without a {@code dialect} property, as the emulator prints it. */
    String plainUrl() {
        return emulator.jdbcUrl(ENGINE);
    }

    /** The engine's URL with the {@code dialect} property Spark needs. */
    String url() {
        return plainUrl() + "&dialect=" + dialect();
    }

    String dialect() {
        return switch (database.backend()) {
            case H2 -> "h2";
            case POSTGRES -> "postgresql";
            case MARIADB -> "mariadb";
        };
    }

    /** The access key pair as the {@code Properties} Spark passes to the driver. */
    Properties keys() {
        Properties copy = new Properties();
        copy.putAll(keys);
        return copy;
    }

    /** A direct connection to the database behind the engine, bypassing SEMOSS and the driver. */
    Connection direct() throws SQLException {
        return database.connect();
    }

    /** A table or column name as the database stores an unquoted one (H2 folds to upper case). */
    String folded(String name) {
        return database.backend() == ScratchDatabase.Backend.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    /** Every SQL string the engine ran for clients, in order (the emulator's log). */
    List<String> executedSql() {
        return emulator.hooks().executedSql(ENGINE);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    @Override
    public void close() {
        try {
            emulator.close();
        } finally {
            database.close();
        }
    }
}
