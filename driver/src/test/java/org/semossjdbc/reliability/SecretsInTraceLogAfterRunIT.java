package org.semossjdbc.reliability;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs after the driver module's unit and emulator tests (failsafe, verify phase) and reads what they left behind: the
 * TRACE log of the whole run ({@link TraceFileHandler}: every driver and OkHttp record, at every level) and the
 * ledger of every secret the run's emulators handed out or accepted (secret keys and their Basic forms, passwords,
 * bearer tokens, session ids, CSRF tokens). No line of the log may contain any of them.
 */
class SecretsInTraceLogAfterRunIT {

    /** Tomcat-shaped session ids and the emulator's CSRF tokens: 32 hex digits, looked up in the ledger. */
    private static final Pattern HEX_32 = Pattern.compile("(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])");
    /** A real run logs far more; fewer lines mean the log was not captured and the check would prove nothing. */
    private static final int MINIMUM_LINES = 1_000;
    private static final int MINIMUM_SECRETS = 100;

    @Test
    void noSecretOfTheWholeRunReachedTheDriversTraceLog() throws IOException {
        // A -Dtest filter (docs/reliability.md's command) overrides surefire's excludes and pulls this class
        // into the very run whose log it checks, before that log is complete: nothing to check there. In the verify
        // phase it runs in failsafe's JVM, where the surefire-only property is absent.
        assumeTrue(System.getProperty(TraceFileHandler.PROPERTY) == null,
                "runs after the unit tests, in failsafe (./mvnw verify), not inside the run that writes the log");
        Path log = path("semoss.check.traceLog");
        Path ledger = path("semoss.check.secretLedger");
        Set<String> hexSecrets = new HashSet<>();
        List<String> otherSecrets = new ArrayList<>();
        for (String secret : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
            if (HEX_32.matcher(secret).matches()) {
                hexSecrets.add(secret.toUpperCase(java.util.Locale.ROOT));
            } else if (!secret.isBlank()) {
                otherSecrets.add(secret);
            }
        }
        int secrets = hexSecrets.size() + otherSecrets.size();
        assertTrue(secrets >= MINIMUM_SECRETS, "the ledger holds only " + secrets + " secrets");

        long lines = 0;
        List<String> leaks = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines++;
                Matcher hex = HEX_32.matcher(line);
                while (hex.find()) {
                    if (hexSecrets.contains(hex.group().toUpperCase(java.util.Locale.ROOT))) {
                        leaks.add("line " + lines + ": a session id or CSRF token");
                    }
                }
                for (String secret : otherSecrets) {
                    // Secrets of one or two characters would match by chance; the emulators' test users have longer ones.
                    if (secret.length() > 2 && line.contains(secret)) {
                        leaks.add("line " + lines + ": a secret of " + secret.length() + " characters");
                    }
                }
            }
        }
        assertTrue(lines >= MINIMUM_LINES, "only " + lines + " lines in " + log + ": was the run's TRACE log captured?");
        ReliabilitySummary.row("6-trace", "driver module",
                "every driver-module test before this one (`./mvnw -B verify`)", String.format("%,d", lines),
                String.format("%,d (%,d session ids and CSRF tokens)", secrets, hexSecrets.size()),
                leaks.isEmpty() ? "none" : leaks.size() + " (FAILED)");
        if (!leaks.isEmpty()) {
            fail(leaks.size() + " log lines of " + log + " hold a secret (the lines are not repeated here): "
                    + leaks.subList(0, Math.min(20, leaks.size())));
        }
    }

    private static Path path(String property) {
        String value = System.getProperty(property);
        assertTrue(value != null && !value.isBlank(), "-D" + property + " is not set: run through Maven verify");
        Path path = Path.of(value);
        assertTrue(Files.isRegularFile(path), path + " does not exist: the unit tests did not run before this check");
        return path;
    }
}
