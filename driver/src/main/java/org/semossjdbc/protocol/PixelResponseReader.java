package org.semossjdbc.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes runPixel answers with Jackson's streaming parser, so a page is held as compact rows and never as a tree.
 *
 * <p>Within a task output {@code data.values} comes before {@code headers} and {@code headerInfo} (docs/protocol.md,
 * 'Result shape'), so the rows are collected first and the columns bound when the object ends. Memory is bounded by the
 * page size.
 */
public final class PixelResponseReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private PixelResponseReader() {
    }

    /** Reads a 200 answer {@code {"insightID": ..., "pixelReturn": [...]}}. */
    public static PixelResponse read(InputStream body) throws IOException {
        try (JsonParser parser = FACTORY.createParser(body)) {
            expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
            String insightId = null;
            List<PixelEntry> entries = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("insightID".equals(field)) {
                    insightId = parser.getValueAsString();
                } else if ("pixelReturn".equals(field)) {
                    expect(parser, value, JsonToken.START_ARRAY);
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        entries.add(readEntry(parser));
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (insightId == null) {
                throw new IOException("The runPixel answer has no insightID");
            }
            return new PixelResponse(insightId, List.copyOf(entries));
        }
    }

    /** Reads a small JSON body (a 400 answer, {@code /config}) as a tree; a body that is not JSON gives null. */
    public static JsonNode readTree(InputStream body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    private static PixelEntry readEntry(JsonParser parser) throws IOException {
        List<String> operationTypes = List.of();
        Object output = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "operationType" -> operationTypes = readStrings(parser, value);
                case "output" -> output = readOutput(parser, value);
                default -> parser.skipChildren();
            }
        }
        return new PixelEntry(operationTypes, output);
    }

    private static List<String> readStrings(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return List.of();
        }
        List<String> strings = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            strings.add(parser.getValueAsString());
        }
        return List.copyOf(strings);
    }

    private static Object readOutput(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getText();
            case START_OBJECT -> readObjectOutput(parser);
            default -> MAPPER.readTree(parser);
        };
    }

    /** A task output becomes a {@link TaskPage}; any other object a tree. */
    private static Object readObjectOutput(JsonParser parser) throws IOException {
        ObjectNode others = MAPPER.createObjectNode();
        PageParts parts = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("data".equals(field) && value == JsonToken.START_OBJECT) {
                parts = parts == null ? new PageParts() : parts;
                readData(parser, parts);
            } else if ("headerInfo".equals(field) && value == JsonToken.START_ARRAY) {
                parts = parts == null ? new PageParts() : parts;
                parts.dataTypes = readDataTypes(parser);
            } else {
                others.set(field, MAPPER.readTree(parser));
            }
        }
        if (parts == null) {
            return others;
        }
        JsonNode taskId = others.get("taskId");
        JsonNode numCollected = others.get("numCollected");
        return parts.toPage(taskId == null ? null : taskId.asText(),
                numCollected == null ? -1 : numCollected.asInt(-1));
    }

    private static void readData(JsonParser parser, PageParts parts) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "values" -> parts.rows = readRows(parser, value);
                case "headers" -> parts.labels = readStrings(parser, value);
                case "rawHeaders" -> parts.names = readStrings(parser, value);
                default -> parser.skipChildren();
            }
        }
    }

    private static List<Object[]> readRows(JsonParser parser, JsonToken value) throws IOException {
        expect(parser, value, JsonToken.START_ARRAY);
        List<Object[]> rows = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_ARRAY) {
            row.clear();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                row.add(readValue(parser, token));
            }
            rows.add(row.toArray());
        }
        return rows;
    }

    private static Object readValue(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_STRING -> parser.getText();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            // getNumberValue keeps integers exact: Integer, Long or BigInteger by magnitude, never a double.
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            default -> MAPPER.readTree(parser);
        };
    }

    private static List<String> readDataTypes(JsonParser parser) throws IOException {
        List<String> types = new ArrayList<>();
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            String dataType = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if ("dataType".equals(field)) {
                    dataType = parser.getValueAsString();
                } else {
                    parser.skipChildren();
                }
            }
            types.add(dataType);
        }
        return types;
    }

    private static void expect(JsonParser parser, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Unexpected JSON from the server: expected " + expected + " but found " + actual
                    + " at " + parser.currentLocation());
        }
    }

    /** The parts of a task output, which arrive in an order that suits the server, not the reader. */
    private static final class PageParts {
        List<Object[]> rows = List.of();
        List<String> labels = List.of();
        List<String> names = List.of();
        List<String> dataTypes = List.of();

        TaskPage toPage(String taskId, int requested) {
            int count = Math.max(labels.size(), dataTypes.size());
            List<ColumnHeader> columns = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String label = i < labels.size() ? labels.get(i) : null;
                String name = i < names.size() ? names.get(i) : label;
                columns.add(new ColumnHeader(label, name, i < dataTypes.size() ? dataTypes.get(i) : null));
            }
            return new TaskPage(taskId, List.copyOf(columns), rows, requested);
        }
    }
}
