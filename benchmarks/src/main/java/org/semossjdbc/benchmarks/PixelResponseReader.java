package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;

/**
 * Streams a runPixel response through Jackson's token parser the way a lean client would: every value of
 * {@code data.values} is materialised (numbers as long/double, strings as String), rows are counted, the task id is
 * kept, and an {@code ERROR} operation type fails the call, so a broken floor can never look fast. Nothing is kept in
 * memory beyond the current token.
 */
final class PixelResponseReader {

    private static final JsonFactory JSON = new JsonFactory();

    /** What one response held. */
    record Page(int rows, String taskId, long checksum) {
    }

    private PixelResponseReader() {
    }

    /** Reads a whole response body; throws when any entry is an error. */
    static Page read(InputStream body) throws IOException {
        int rows = 0;
        String taskId = null;
        long checksum = 0;
        String lastOutput = null;
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "values" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (parser.nextToken() == JsonToken.START_ARRAY) {
                                rows++;
                                checksum += readRow(parser);
                            }
                        }
                    }
                    case "taskId" -> taskId = parser.getText();
                    case "output" -> {
                        if (value == JsonToken.VALUE_STRING) {
                            lastOutput = parser.getText();
                        }
                    }
                    case "operationType" -> {
                        if (value == JsonToken.START_ARRAY) {
                            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                                if ("ERROR".equals(parser.getText())) {
                                    throw new IOException("the server answered with an error: " + lastOutput);
                                }
                            }
                        }
                    }
                    default -> {
                        // Other fields (headers, headerInfo, sources, ...) are skipped token by token below.
                    }
                }
            }
        }
        return new Page(rows, taskId, checksum);
    }

    private static long readRow(JsonParser parser) throws IOException {
        long checksum = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            checksum += switch (token) {
                case VALUE_NUMBER_INT -> parser.getLongValue();
                case VALUE_NUMBER_FLOAT -> (long) parser.getDoubleValue();
                case VALUE_STRING -> parser.getText().length();
                case VALUE_TRUE -> 1;
                default -> 0;
            };
        }
        return checksum;
    }
}
