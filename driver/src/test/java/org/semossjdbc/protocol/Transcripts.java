package org.semossjdbc.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the recorded exchanges from the test class path ({@code /semoss-transcripts/}). */
final class Transcripts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Transcripts() {
    }

    /** Every transcript file, as the README lists them. */
    static List<String> names() {
        String readme = text("README.md");
        Matcher m = Pattern.compile("`(\\d{3}-[^`]+\\.json)`").matcher(readme);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    static JsonNode load(String name) {
        try (InputStream in = open(name)) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response body re-serialised as the bytes a server would send. */
    static InputStream responseBody(String name) {
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(load(name).path("response").path("body"));
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String find(String prefix) {
        return names().stream().filter(n -> n.startsWith(prefix)).findFirst().orElseThrow();
    }

    private static String text(String name) {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        InputStream in = Transcripts.class.getResourceAsStream("/semoss-transcripts/" + name);
        if (in == null) {
            throw new IllegalStateException("Missing transcript on the class path: " + name);
        }
        return in;
    }
}
