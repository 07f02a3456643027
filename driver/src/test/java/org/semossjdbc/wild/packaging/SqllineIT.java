package org.semossjdbc.wild.packaging;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sqlline 1.12.0 in its own JVM with exactly its own runtime jars and the shaded driver jar on the class path: the
 * driver is found through its service file, and sqlline's metadata commands, a query and an insert work.
 */
class SqllineIT {

    /** sqlline's jar and its runtime dependencies (jline), as Maven resolved them for the test class path. */
    static List<String> sqllineClassPath() {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String path = entry.replace(File.separatorChar, '/');
            if (path.contains("/sqlline/sqlline/") || path.contains("/org/jline/")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    /**
     * Runs sqlline with the shaded driver jar in a JVM of its own on {@code statements}, one per line, and returns
     * what it wrote on standard output and standard error; fails unless it exits with 0.
     */
    static String runSqlline(EmulatorSetup setup, List<String> jvmOptions, String... statements) throws Exception {
        Path shaded = ShadedJarIT.jar("semoss.shaded.jar");
        List<String> classPath = sqllineClassPath();
        assertTrue(classPath.size() >= 2, "sqlline and jline on the test class path: " + classPath);
        classPath.add(shaded.toString());
        Path dir = Files.createTempDirectory("sqlline");
        try {
            Path script = dir.resolve("script.sql");
            Files.writeString(script, String.join("\n", statements) + "\n");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath),
                    "sqlline.SqlLine",
                    "-u", setup.url(), "-n", EmulatorSetup.ACCESS, "-p", EmulatorSetup.SECRET,
                    "--outputformat=csv", "--run=" + script));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(dir.resolve("out.txt").toFile()).start();
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "sqlline finished");
            String output = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8)
                    .replace(EmulatorSetup.SECRET, "****");
            assertEquals(0, process.exitValue(), output);
            return output;
        } finally {
            deleteQuietly(dir);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES", "MARIADB"})
    void tablesColumnsKeysSelectAndInsert(Backend backend) throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            String table = backend == Backend.H2 ? "SL_PEOPLE" : "sl_people";
            String output = runSqlline(setup, List.of(),
                    "CREATE TABLE sl_people (id INT PRIMARY KEY, name VARCHAR(20));",
                    "INSERT INTO sl_people VALUES (1, 'ada');",
                    "INSERT INTO sl_people VALUES (2, 'grace');",
                    "SELECT id, name FROM sl_people ORDER BY id;",
                    "!tables",
                    "!columns " + table,
                    "!primarykeys " + table);
            assertFalse(output.contains("Error:"), output);
            assertTrue(output.contains("'1','ada'") && output.contains("'2','grace'"), output);
            assertTrue(output.contains("1 row affected"), output);
            assertTrue(output.contains("'" + table + "','TABLE'"), "!tables lists the table: " + output);
            String name = backend == Backend.H2 ? "NAME" : "name";
            assertTrue(output.contains("'" + table + "','" + name + "'"), "!columns lists its columns: " + output);
            String id = backend == Backend.H2 ? "ID" : "id";
            assertTrue(output.contains("'" + table + "','" + id + "','1'"), "!primarykeys shows the key: " + output);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(dir);
    }
}
