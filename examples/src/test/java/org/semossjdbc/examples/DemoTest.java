package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's demo contract: what a newcomer sees first. */
class DemoTest {

    @Test
    void withoutAServerItStartsTheEmulatorAndRunsTheQuickstartAndTheActiveRecord() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Demo.run(new String[0], Map.of(), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);

        List<String> lines = text.lines().toList();
        String expectedStart = "semoss-jdbc demo against the embedded SEMOSS emulator (H2 engine) at http://127.0.0.1:";
        assertTrue(lines.get(0).startsWith(expectedStart), lines.get(0));
        assertTrue(text.contains("Inserted 4 rows with a PreparedStatement; generated keys [1, 2, 3, 4]"), text);
        assertTrue(text.contains("changed 2 rows"), text);
        assertTrue(text.contains("== Active record"), text);
        assertTrue(text.contains("Second concurrent edit rejected"), text);
        assertEquals(1, lines.stream().filter(line -> line.equals("Invalid customer not saved:")).count(), text);
    }
}
