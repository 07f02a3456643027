package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Keeps the connection-property table of the repository's {@code README.md} equal to what the driver really accepts:
 * the table between {@value #START} and {@value #END} must be exactly the one rendered here from
 * {@link DriverProperty}, which is also what {@link SemossDriver#getPropertyInfo} shows to tools (checked first).
 *
 * <p>With {@code -Dreadme.update=true} the test rewrites that part of the README instead of failing, so a property
 * added to the driver reaches the documentation with one command: {@value #UPDATE_COMMAND}.
 */
class ReadmePropertiesTest {
    static final String START = "<!-- properties:start -->";
    static final String END = "<!-- properties:end -->";
    static final String UPDATE_COMMAND = "./mvnw -B -q -pl driver -am test -Dtest=ReadmePropertiesTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dreadme.update=true";

    /**
     * The README at the repository root. Maven runs tests in the module's directory and names it in {@code basedir};
     * an IDE may start them in the module or in the repository root instead.
     */
    private static Path readme() {
        String basedir = System.getProperty("basedir");
        Path moduleDir = Path.of(basedir != null ? basedir : ".").toAbsolutePath();
        Path fromModule = moduleDir.resolve("../README.md").normalize();
        if (basedir == null && !Files.isRegularFile(fromModule) && Files.isDirectory(moduleDir.resolve("driver"))) {
            return moduleDir.resolve("README.md").normalize();
        }
        return fromModule;
    }

    @Test
    void getPropertyInfoShowsEveryPropertyOfTheTable() throws SQLException {
        // The table is rendered from DriverProperty; tools (DBeaver, DataGrip) show getPropertyInfo. Both must agree,
        // or the README would document something the tools do not offer.
        DriverPropertyInfo[] infos = new SemossDriver().getPropertyInfo("jdbc:semoss:", new Properties());
        DriverProperty[] properties = DriverProperty.values();
        assertEquals(properties.length, infos.length, "one DriverPropertyInfo per DriverProperty");
        for (int i = 0; i < properties.length; i++) {
            DriverProperty property = properties[i];
            DriverPropertyInfo info = infos[i];
            assertEquals(property.key(), info.name, "order and names");
            assertEquals(property.isRequired(), info.required, property.key() + " required");
            assertTrue(info.description.startsWith(property.description()), property.key() + " description");
            if (property.defaultValue() != null) {
                assertTrue(info.description.endsWith("(default: " + property.defaultValue() + ")"),
                        property.key() + " shows its default: " + info.description);
            }
            String[] choices = property.choices();
            assertArrayEquals(choices.length == 0 ? null : choices, info.choices, property.key() + " choices");
        }
    }

    @Test
    void readmeTableMatchesTheDriver() throws IOException {
        Path readme = readme();
        assertTrue(Files.isRegularFile(readme), "README.md expected at " + readme);
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        if (start < 0 || end < start) {
            fail(readme + " must hold the property table between the lines " + START + " and " + END);
        }
        int tableStart = text.indexOf('\n', start) + 1;
        String documented = text.substring(tableStart, end);
        String rendered = renderTable();
        if (documented.replace("\r\n", "\n").equals(rendered)) {
            return;
        }
        if (Boolean.getBoolean("readme.update")) {
            Files.writeString(readme, text.substring(0, tableStart) + rendered + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(rendered, documented.replace("\r\n", "\n"),
                "README.md's connection-property table differs from DriverProperty. Regenerate it with:\n    "
                        + UPDATE_COMMAND + "\n");
    }

    /** The Markdown table, one row per property in declaration order, ending with a newline. */
    static String renderTable() {
        List<String> lines = new ArrayList<>();
        lines.add("| Property | Default | Values | Description |");
        lines.add("|---|---|---|---|");
        for (DriverProperty property : DriverProperty.values()) {
            lines.add("| `" + property.key() + "` | " + defaultCell(property) + " | " + valuesCell(property) + " | "
                    + cell(descriptionCell(property)) + " |");
        }
        return lines.stream().collect(Collectors.joining("\n", "", "\n"));
    }

    private static String defaultCell(DriverProperty property) {
        if (property.isRequired()) {
            return "required";
        }
        return property.defaultValue() == null ? "" : "`" + cell(property.defaultValue()) + "`";
    }

    private static String valuesCell(DriverProperty property) {
        return switch (property.kind()) {
            case CHOICE, BOOLEAN -> Arrays.stream(property.choices()).map(c -> "`" + cell(c) + "`")
                    .collect(Collectors.joining(", "));
            case INTEGER -> property.maximum() == Integer.MAX_VALUE ? "integer >= " + property.minimum()
                    : property.minimum() + "-" + property.maximum();
            case SECONDS -> "seconds >= " + property.minimum();
            case ZONE -> "zone id (`UTC`, `Europe/Paris`)";
            case TEXT -> property.isSecret() ? "secret" : "text";
        };
    }

    private static String descriptionCell(DriverProperty property) {
        return property.description() + (property.isSecret() ? ". Never logged, never shown by getURL()" : "");
    }

    /** A table cell must not end the row early: a literal pipe is escaped, line breaks become spaces. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
