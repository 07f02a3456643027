package org.semossjdbc.emulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret the emulators of one JVM handed out or accepted: secret keys (and their HTTP Basic forms), passwords,
 * bearer tokens, session ids (the cookie values) and CSRF tokens. A test run that captures the driver's log can then
 * prove none of them reached it, whichever test made them.
 *
 * <p>Off unless the system property {@value #PROPERTY} names a file; the ledger is written there when the JVM exits.
 * Only test secrets are ever recorded: the emulator never sees a real one.
 */
final class SecretLedger {

    static final String PROPERTY = "semoss.emulator.secretLedger";

    private static final Path FILE = file();
    private static final Set<String> SECRETS = ConcurrentHashMap.newKeySet();

    static {
        if (FILE != null) {
            Runtime.getRuntime().addShutdownHook(new Thread(SecretLedger::write, "emulator-secret-ledger"));
        }
    }

    private SecretLedger() {
    }

    /** Records a secret (null is ignored). */
    static void remember(String secret) {
        if (FILE != null && secret != null && !secret.isEmpty()) {
            SECRETS.add(secret);
        }
    }

    /** Records an access key's secret and the {@code Authorization: Basic} value the pair makes. */
    static void rememberAccessKey(String accessKey, String secretKey) {
        if (FILE != null && accessKey != null && secretKey != null) {
            remember(secretKey);
            remember(Base64.getEncoder().encodeToString((accessKey + ":" + secretKey)
                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static Path file() {
        String path = System.getProperty(PROPERTY);
        return path == null || path.isBlank() ? null : Path.of(path);
    }

    private static void write() {
        List<String> lines = new ArrayList<>(SECRETS);
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the secret ledger " + FILE, e);
        }
    }
}
