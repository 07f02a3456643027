package org.semossjdbc.wild.packaging;

import org.junit.jupiter.api.Test;
import org.semossjdbc.it.EmulatorSetup;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The packaged jars, as users get them: runs after {@code package} (failsafe). */
class ShadedJarIT {
    /** Packages the shaded jar must relocate, written as in class files. */
    private static final List<String> RELOCATED = List.of("okhttp3/", "okio/", "kotlin/", "com/fasterxml/",
            "net/sf/jsqlparser/");

    static Path jar(String property) {
        String path = System.getProperty(property);
        // Set by failsafe (driver/pom.xml), which runs after package; a surefire run selecting this class skips it.
        assumeTrue(path != null, "the packaged jars are tested by failsafe after package: run ./mvnw verify");
        Path jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), jar + " exists (run after package)");
        return jar;
    }

    @Test
    void shadedJarHoldsTheDriverAndRelocatedDependenciesOnly() throws IOException {
        try (JarFile jar = new JarFile(jar("semoss.shaded.jar").toFile())) {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
            assertTrue(names.contains("org/semossjdbc/jdbc/SemossDriver.class"));
            assertTrue(names.contains("org/semossjdbc/jdbc/SemossDataSource.class"));
            for (String shaded : List.of("okhttp3/OkHttpClient.class", "okio/Buffer.class",
                    "kotlin/Unit.class", "jackson/core/JsonParser.class", "jsqlparser/parser/CCJSqlParserUtil.class")) {
                assertTrue(names.contains("org/semossjdbc/shaded/" + shaded), shaded + " is relocated");
            }
            for (String name : names) {
                assertTrue(name.startsWith("org/semossjdbc/") || name.startsWith("META-INF/") || !name.endsWith(".class"),
                        "unrelocated class " + name);
                assertTrue(!name.startsWith("org/slf4j/"), "SLF4J must not be bundled: " + name);
            }
            String services = new String(jar.getInputStream(jar.getEntry("META-INF/services/java.sql.Driver"))
                    .readAllBytes(), StandardCharsets.UTF_8).trim();
            assertEquals("org.semossjdbc.jdbc.SemossDriver", services);
            Manifest manifest = jar.getManifest();
            assertEquals("org.semossjdbc.driver", manifest.getMainAttributes().getValue("Automatic-Module-Name"));
            assertNoUnrelocatedReferences(jar);
        }
    }

    /**
     * The driver's own class files name the types they use as text in their constant pools: none may name an
     * unrelocated one. (The relocated libraries are checked by their entries: Kotlin's metadata annotations keep
     * original names as plain strings that only Kotlin reflection reads.)
     */
    private static void assertNoUnrelocatedReferences(JarFile jar) throws IOException {
        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            String name = entry.getName();
            if (!name.endsWith(".class") || !name.startsWith("org/semossjdbc/") || name.startsWith("org/semossjdbc/shaded/")) {
                continue;
            }
            String text;
            try (InputStream in = jar.getInputStream(entry)) {
                text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            for (String prefix : RELOCATED) {
                int at = -1;
                while ((at = text.indexOf(prefix, at + 1)) >= 0) {
                    boolean relocated = at >= "org/semossjdbc/shaded/".length()
                            && text.startsWith("shaded/", at - "shaded/".length());
                    // Kotlin's SMAP debug text lists source classes on lines of their own: not a reference.
                    boolean debugText = at > 0 && text.charAt(at - 1) == '\n';
                    assertTrue(relocated || debugText || partOfLongerName(text, at),
                            entry.getName() + " refers to unrelocated " + prefix);
                }
            }
        }
    }

    /**
     * True when the match continues a longer name ({@code xokio/}), false for a name of its own, including a type
     * descriptor's {@code Lokhttp3/...;}.
     */
    private static boolean partOfLongerName(String text, int at) {
        if (at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1))) {
            return false;
        }
        boolean descriptor = text.charAt(at - 1) == 'L' && (at == 1 || !Character.isJavaIdentifierPart(text.charAt(at - 2)));
        return !descriptor;
    }

    /**
     * java.util.logging as the README suggests, {@code org.semossjdbc.level=FINEST}, with the shaded jar: the
     * driver's messages appear, OkHttp's (relocated under {@code org.semossjdbc.shaded}, so a child logger of
     * {@code org.semossjdbc}) do not; {@code org.semossjdbc.shaded.level=FINE} still turns them on.
     */
    @Test
    void driverLoggingAtFinestLeavesTheRelocatedOkHttpQuiet() throws Exception {
        Path dir = Files.createTempDirectory("jul");
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2)) {
            String driverOnly = sqllineLogging(setup, dir.resolve("driver.properties"), "org.semossjdbc.level=FINEST");
            assertTrue(driverOnly.contains("org.semossjdbc.transport.") && driverOnly.contains("FINE: POST "),
                    "the driver logs its exchanges: " + driverOnly);
            assertFalse(driverOnly.contains("OkHttp ConnectionPool"), "OkHttp's task log is off: " + driverOnly);
            assertFalse(driverOnly.contains("org.semossjdbc.shaded."), "no relocated library logs: " + driverOnly);

            String withOkHttp = sqllineLogging(setup, dir.resolve("okhttp.properties"), "org.semossjdbc.level=FINEST",
                    "org.semossjdbc.shaded.level=FINE");
            assertTrue(withOkHttp.contains("OkHttp ConnectionPool"), "asked for, OkHttp logs: " + withOkHttp);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static String sqllineLogging(EmulatorSetup setup, Path configuration, String... levels) throws Exception {
        List<String> lines = new ArrayList<>(List.of("handlers=java.util.logging.ConsoleHandler",
                "java.util.logging.ConsoleHandler.level=ALL"));
        lines.addAll(List.of(levels));
        Files.write(configuration, lines, StandardCharsets.ISO_8859_1);
        return SqllineIT.runSqlline(setup, List.of("-Djava.util.logging.config.file=" + configuration),
                "SELECT 1 AS one;", "SELECT 2 AS two;");
    }

    /**
     * The shaded jar carries the HikariCP override but not HikariCP (an optional dependency): with the shaded jar and
     * HikariCP alone on a class path (plus SLF4J, which HikariCP needs), a pool configured with the override keeps its
     * connection after a 0A000, and the driver alone works without HikariCP (the other tests here).
     */
    @Test
    void shadedJarsHikariOverrideWorksWithHikariFromTheApplication() throws Exception {
        Path shaded = jar("semoss.shaded.jar");
        try (JarFile jar = new JarFile(shaded.toFile())) {
            assertNotNull(jar.getEntry("org/semossjdbc/pool/HikariExceptionOverride.class"));
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("com/zaxxer/")), "HikariCP is not bundled");
        }
        java.net.URL[] path = {shaded.toUri().toURL(), codeSource(com.zaxxer.hikari.HikariConfig.class),
                codeSource(org.slf4j.Logger.class)};
        try (EmulatorSetup setup = EmulatorSetup.start(Backend.H2);
             java.net.URLClassLoader loader = new java.net.URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            Class<?> configClass = loader.loadClass("com.zaxxer.hikari.HikariConfig");
            Object config = configClass.getConstructor().newInstance();
            configClass.getMethod("setDataSourceClassName", String.class).invoke(config,
                    "org.semossjdbc.jdbc.SemossDataSource");
            java.lang.reflect.Method property = configClass.getMethod("addDataSourceProperty", String.class, Object.class);
            property.invoke(config, "url", setup.url());
            property.invoke(config, "user", EmulatorSetup.ACCESS);
            property.invoke(config, "password", EmulatorSetup.SECRET);
            configClass.getMethod("setExceptionOverrideClassName", String.class).invoke(config,
                    "org.semossjdbc.pool.HikariExceptionOverride");
            configClass.getMethod("setMaximumPoolSize", int.class).invoke(config, 1);
            Class<?> poolClass = loader.loadClass("com.zaxxer.hikari.HikariDataSource");
            Object pool = poolClass.getConstructor(configClass).newInstance(config);
            try {
                java.sql.Connection physical;
                try (java.sql.Connection c = ((javax.sql.DataSource) pool).getConnection()) {
                    physical = c.unwrap(java.sql.Connection.class);
                    assertEquals("org.semossjdbc.jdbc.SemossConnection", physical.getClass().getName());
                    assertSame(loader, physical.getClass().getClassLoader(), "the shaded jar's driver");
                    java.sql.SQLException e = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                            c::setSavepoint);
                    assertEquals("0A000", e.getSQLState());
                }
                try (java.sql.Connection c = ((javax.sql.DataSource) pool).getConnection()) {
                    assertSame(physical, c.unwrap(java.sql.Connection.class), "the pool kept its connection");
                    assertTrue(c.isValid(2));
                }
            } finally {
                ((AutoCloseable) pool).close();
            }
        }
    }

    private static java.net.URL codeSource(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }

    @Test
    void plainJarHasItsModuleNameAndServiceFile() throws IOException {
        try (JarFile jar = new JarFile(jar("semoss.plain.jar").toFile())) {
            assertEquals("org.semossjdbc.driver", jar.getManifest().getMainAttributes()
                    .getValue("Automatic-Module-Name"));
            assertNotNull(jar.getEntry("META-INF/services/java.sql.Driver"));
            assertNotNull(jar.getEntry("org/semossjdbc/jdbc/SemossDriver.class"));
            assertTrue(jar.stream().noneMatch(e -> e.getName().startsWith("okhttp3/")));
        }
    }
}
