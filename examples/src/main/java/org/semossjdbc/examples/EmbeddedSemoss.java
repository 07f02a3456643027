package org.semossjdbc.examples;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import org.semossjdbc.emulator.SemossEmulator;

/**
 * The SEMOSS emulator started inside this JVM with one engine, for newcomers without a server (and for the examples'
 * tests). The access key pair is random per start and never printed.
 *
 * <pre>{@code
 * try (EmbeddedSemoss semoss = EmbeddedSemoss.start()) {
 *     Quickstart.run(semoss.target(), System.out);
 * }
 * }</pre>
 */
public final class EmbeddedSemoss implements AutoCloseable {

    /** The name of the one engine the emulator serves. */
    public static final String ENGINE = "examples";

    private final SemossEmulator emulator;
    private final SemossTarget target;
    private final String backendUrl;

    private EmbeddedSemoss(SemossEmulator emulator, SemossTarget target, String backendUrl) {
        this.emulator = emulator;
        this.target = target;
        this.backendUrl = backendUrl;
    }

    /** An emulator whose engine is a fresh in-memory H2 1.4.200 database (what a SEMOSS server ships with). */
    public static EmbeddedSemoss start() {
        return over("jdbc:h2:mem:semoss_examples_" + UUID.randomUUID().toString().replace("-", "")
                + ";DB_CLOSE_DELAY=-1");
    }

    /** An emulator whose engine is the database at {@code databaseUrl} (H2, PostgreSQL or MariaDB). */
    public static EmbeddedSemoss over(String databaseUrl) {
        String accessKey = "examples-" + randomHex(8);
        String secretKey = randomHex(24);
        SemossEmulator emulator = SemossEmulator.builder()
                .engine(ENGINE, databaseUrl)
                .accessKeyUser("examples", accessKey, secretKey, SemossEmulator.Permission.OWNER)
                .start();
        return new EmbeddedSemoss(emulator, new SemossTarget(emulator.jdbcUrl(ENGINE), accessKey, secretKey),
                databaseUrl);
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** The {@code jdbc:semoss:} URL and keys of the engine. */
    public SemossTarget target() {
        return target;
    }

    /** The database behind the engine (a direct JDBC URL, bypassing SEMOSS). */
    public String backendUrl() {
        return backendUrl;
    }

    /** The running emulator, for its counters. */
    public SemossEmulator emulator() {
        return emulator;
    }

    /** Stops the emulator; the database behind it is left as it is. */
    @Override
    public void close() {
        emulator.close();
    }
}
