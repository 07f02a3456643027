package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 1,000,000-row SELECT read to the end by a client JVM limited to {@code -Xmx128m}: the driver holds one page at a
 * time. The rows are generated server-side; the emulator runs in this (larger) JVM.
 */
class LargeResultIT {
    private static final long ROWS = 1_000_000;

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = {"H2", "POSTGRES"})
    void millionRowsWithASmallHeap(Backend backend) throws Exception {
        String sql = backend == Backend.H2
                ? "SELECT X, 'row ' || X AS LABEL FROM SYSTEM_RANGE(1, " + ROWS + ")"
                : "SELECT x, 'row ' || x AS label FROM generate_series(1, " + ROWS + ") AS g(x)";
        try (EmulatorSetup setup = EmulatorSetup.start(backend)) {
            Path out = Files.createTempFile("large-read", ".txt");
            try {
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                Process process = new ProcessBuilder(List.of(java, "-Xmx128m",
                        "-Dsun.net.httpserver.nodelay=true",
                        "-cp", System.getProperty("java.class.path"), LargeReadMain.class.getName(),
                        setup.url(), EmulatorSetup.ACCESS, EmulatorSetup.SECRET, sql))
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
                boolean finished = process.waitFor(10, TimeUnit.MINUTES);
                if (!finished) {
                    process.destroyForcibly();
                }
                String output = Files.readString(out, StandardCharsets.UTF_8);
                assertTrue(finished, "the read finished");
                assertEquals(0, process.exitValue(), output);
                assertTrue(output.contains("ROWS=" + ROWS + " SUM=" + (ROWS * (ROWS + 1) / 2)), output);
                assertTrue(output.contains("MAXHEAP="), output);
            } finally {
                Files.deleteIfExists(out);
                new File(out.toString()).delete();
            }
        }
    }
}
