package org.semossjdbc.emulator.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: {@code /emulator/pixel-parser-cases.txt}, one expression and its expected echo or error a line. */
class PixelParserTest {

    static Stream<Arguments> cases() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                PixelParserTest.class.getResourceAsStream("/emulator/pixel-parser-cases.txt"),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> {
                        int tab = line.indexOf('\t');
                        return Arguments.of(line.substring(0, tab), line.substring(tab + 1));
                    })
                    .toList()
                    .stream();
        }
    }

    /** What the servlet does before parsing: trim, append a missing ';'. */
    static List<PixelStatement> parse(String expression) throws PixelSyntaxException {
        String text = expression.trim();
        if (!text.endsWith(";")) {
            text = text + ";";
        }
        return PixelParser.parse(PixelPreprocessor.preprocess(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void echoesOrRejectsAsTheServer(String expression, String expected) {
        if (expected.startsWith("ERROR:")) {
            PixelSyntaxException error = assertThrows(PixelSyntaxException.class, () -> parse(expression));
            assertEquals(expected.substring("ERROR:".length()), error.getMessage());
        } else {
            String rendered = assertDoesNotThrowParse(expression).stream().map(PixelStatement::rendered)
                    .collect(Collectors.joining(" "));
            assertEquals(expected, rendered);
        }
    }

    private static List<PixelStatement> assertDoesNotThrowParse(String expression) {
        try {
            return parse(expression);
        } catch (PixelSyntaxException e) {
            throw new AssertionError("unexpected syntax error: " + e.getMessage(), e);
        }
    }

    @Test
    void metaPrefixAndTreeShape() throws PixelSyntaxException {
        List<PixelStatement> statements = parse("META | Database(database=\"a\")|Query(\"q\")|Collect(-1); x = 2 + 3 * 4;");
        assertTrue(statements.get(0).meta());
        PixelNode.Pipe pipe = assertInstanceOf(PixelNode.Pipe.class, statements.get(0).body());
        assertEquals(3, pipe.stages().size());
        PixelNode.ReactorCall database = assertInstanceOf(PixelNode.ReactorCall.class, pipe.stages().get(0));
        assertEquals("Database", database.name());
        assertEquals(new PixelNode.StringLiteral("a"), database.keywords().get("database"));
        PixelNode.ReactorCall collect = assertInstanceOf(PixelNode.ReactorCall.class, pipe.stages().get(2));
        assertEquals(new PixelNode.Negate(new PixelNode.NumberLiteral("1")), collect.positional().get(0));
        PixelNode.Assignment assignment = assertInstanceOf(PixelNode.Assignment.class, statements.get(1).body());
        PixelNode.Binary sum = assertInstanceOf(PixelNode.Binary.class, assignment.value());
        assertEquals('+', sum.operator());
        assertInstanceOf(PixelNode.Binary.class, sum.right(), "* binds tighter than +");
    }

    @Test
    void encodedSemicolonsDoNotSplitStatements() throws PixelSyntaxException {
        List<PixelStatement> statements = parse("Query(\"<encode>a;b; DROP TABLE X;</encode>\");");
        assertEquals(1, statements.size());
        PixelNode.ReactorCall query = (PixelNode.ReactorCall) statements.get(0).body();
        assertEquals(new PixelNode.StringLiteral("a%3Bb%3B%20DROP%20TABLE%20X%3B"), query.positional().get(0));
    }

    @Test
    void syntaxErrorsReportTheLineOnLaterLines() {
        PixelSyntaxException error = assertThrows(PixelSyntaxException.class, () -> parse("1+1;\n2 +* ;"));
        assertTrue(error.getMessage().startsWith("[2,4] expecting:"), error.getMessage());
    }
}
