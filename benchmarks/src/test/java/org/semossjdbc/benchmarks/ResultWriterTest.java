package org.semossjdbc.benchmarks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RESULTS.md keeps what a person wrote below the generated sections when a run rewrites it. */
class ResultWriterTest {

    @Test
    void notesBelowTheFooterSurviveARewrite(@TempDir Path directory) throws Exception {
        Path file = directory.resolve(ResultWriter.RESULTS);
        Files.writeString(file, "# semoss-jdbc benchmark results\n\n<!-- BEGIN emulator -->\nfigures\n<!-- END emulator -->\n\n"
                + "<!-- BEGIN server -->\nserver figures\n<!-- END server -->\n\n", StandardCharsets.UTF_8);
        ResultWriter.rewrite(directory);
        String footer = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, footer + "\n## Notes\n\nhow the figures moved\n", StandardCharsets.UTF_8);

        ResultWriter.rewrite(directory);

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\n## Notes\n\nhow the figures moved\n"), text);
        assertTrue(text.contains("<!-- BEGIN emulator -->\nfigures\n<!-- END emulator -->"), text);
        assertTrue(text.contains("<!-- BEGIN server -->\nserver figures\n<!-- END server -->"), text);
        assertEquals(text.indexOf("## Notes"), text.lastIndexOf("## Notes"), "written once");
    }
}
