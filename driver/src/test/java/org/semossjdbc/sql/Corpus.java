package org.semossjdbc.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads a table of test cases from a class-path resource: one case per line, TAB-separated columns, {@code #} lines
 * and blank lines ignored. Cells use the escapes {@code \n}, {@code \r}, {@code \t}, {@code \s} (space), {@code \\} and {@code \}{@code uXXXX}.
 */
final class Corpus {
    private Corpus() {
    }

    /** One line of a corpus. */
    record Line(int number, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        Dialect dialect(int i) {
            return Dialect.fromName(cell(i));
        }

        @Override
        public String toString() {
            return "line " + number + ": " + String.join(" | ", cells);
        }
    }

    static List<Line> read(String resource) {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : text.split("\t", -1)) {
                    cells.add(unescape(cell));
                }
                lines.add(new Line(number, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** The lines as JUnit arguments, each named by its line number and first cells. */
    static Stream<Arguments> arguments(String resource) {
        return read(resource).stream().map(line -> Arguments.of(org.junit.jupiter.api.Named.of(
                "line " + line.number() + ": " + abbreviate(line.cell(0) + " " + line.cell(1)), line)));
    }

    static String unescape(String cell) {
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\' || i + 1 == cell.length()) {
                out.append(c);
                continue;
            }
            char e = cell.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 's' -> out.append(' ');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(cell.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("Unknown escape \\" + e + " in " + cell);
            }
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < ' ' || Character.isSurrogate(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String s) {
        String e = escape(s);
        return e.length() > 90 ? e.substring(0, 87) + "..." : e;
    }
}
