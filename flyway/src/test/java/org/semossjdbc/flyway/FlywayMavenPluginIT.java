package org.semossjdbc.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.EmulatedEngines;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * The Flyway Maven plugin on a user's project ({@code src/it/maven-plugin}): the plugin with this module, the two
 * engine modules as its dependencies, and {@code FLYWAY_URL}, {@code FLYWAY_USER} and {@code FLYWAY_PASSWORD} in the
 * environment. Runs the project's Maven Wrapper offline, one run per engine.
 */
class FlywayMavenPluginIT {

    private static final long TIMEOUT_SECONDS = 240;
    private static final Pattern INFO_ROW_V2 =
            Pattern.compile("\\| Versioned +\\| 2 +\\| seed sample city +\\| SQL +\\|[^|]+\\| Success +\\|");

    @RegisterExtension
    static final EmulatedEngines engines = new EmulatedEngines();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migrateInfoValidateAndANoOpMigrate(Backend backend) throws Exception {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");

        String log = runMaven(backend, Map.of(
                "FLYWAY_URL", engines.jdbcUrl(backend),
                "FLYWAY_USER", engines.user(),
                "FLYWAY_PASSWORD", engines.password()));

        assertTrue(log.contains("Successfully applied 2 migrations"), "first migrate applies both");
        assertTrue(log.contains("Successfully validated 2 migrations"), "validate passes");
        assertTrue(log.contains("is up to date. No migration necessary."), "the second migrate does nothing");
        assertTrue(INFO_ROW_V2.matcher(log).find(), "info lists V2 as applied");
        assertFalse(log.contains(engines.password()), "the secret key is never logged");
        assertEquals(List.of("Bogota", "Lima", "Quito"),
                engines.queryDirectly(backend, "SELECT name FROM sample_city ORDER BY name"));
    }

    private static String runMaven(Backend backend, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path sample = Path.of(System.getProperty("semoss.it.sample"));
        Path work = Files.createDirectories(Path.of(System.getProperty("semoss.it.work")));
        Path log = work.resolve("flyway-" + backend.name().toLowerCase(Locale.ROOT) + ".log");
        Path wrapper = Path.of(System.getProperty("semoss.it.maven"));
        ProcessBuilder maven = new ProcessBuilder(wrapper.toString(), "-B", "-o",
                "-f", sample.resolve("pom.xml").toString(),
                "-Dmaven.repo.local=" + System.getProperty("semoss.it.repository"),
                "-Dmaven.repo.local.tail=" + System.getProperty("semoss.it.tail"),
                "-Dsample.semoss.version=" + System.getProperty("semoss.it.version"),
                "-Dsample.flyway.version=" + System.getProperty("semoss.it.flyway.version"),
                "flyway:migrate", "flyway:info", "flyway:validate", "flyway:migrate")
                .directory(wrapper.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        maven.environment().putAll(environment);
        // a short-lived build: the JIT's first tier is enough and starts faster
        maven.environment().put("MAVEN_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1");
        Process process = maven.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish in " + TIMEOUT_SECONDS + " s; see " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "Maven failed on " + backend + ":\n" + output);
        return output;
    }
}
