package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class QuickstartTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void insertsWithGeneratedKeysUpdatesWithExactCountAndPrintsTheTable(ScratchDatabase.Backend backend)
            throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend)) {
            Quickstart.Result result = Quickstart.run(semoss.target(), semoss.out);
            String printed = semoss.printed();

            assertEquals(4, result.insertCount());
            assertEquals(4, result.generatedKeys().size());
            result.generatedKeys().forEach(key -> assertNotNull(key, "a generated key is missing"));
            assertEquals(4, result.generatedKeys().stream().distinct().count());
            assertEquals(2, result.updateCount(), "two Chilean cities");
            assertEquals(4, result.rowsRead(), "cities above 10,000 people");
            assertEquals(4, semoss.countDirectly("SELECT COUNT(*) FROM example_city"));
            // Quotes and non-ASCII letters survive the trip as SQL literals and back through JSON.
            assertTrue(printed.contains("| O'Higgins |") && printed.contains("| São Paulo |")
                    && printed.contains("(4 rows)"), printed);
            assertFalse(printed.contains(semoss.target().secretKey()), "the secret key was printed");
        }
    }

    /** What a newcomer without a server runs: the embedded emulator with random keys (never printed). */
    @Test
    void theEmbeddedEmulatorRunsTheQuickstart() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (EmbeddedSemoss semoss = EmbeddedSemoss.start();
             PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            Quickstart.Result result = Quickstart.run(semoss.target(), out);
            assertEquals(4, result.insertCount());
            assertFalse(printed.toString(StandardCharsets.UTF_8).contains(semoss.target().secretKey()));
        }
    }
}
