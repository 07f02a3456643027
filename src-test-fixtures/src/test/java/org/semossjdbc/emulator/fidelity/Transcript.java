package org.semossjdbc.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded HTTP exchange ({@code NNN-name.json}) as the recorder wrote it: placeholders still in place.
 *
 * @param number   the file's numeric prefix
 * @param fileName the file name, used in every failure message
 * @param request  what the recording client sent
 * @param response what the real server answered
 * @param notes    the recorder's notes (truncation remarks, unrecorded preceding calls)
 */
record Transcript(int number, String fileName, RecordedRequest request, RecordedResponse response, List<String> notes) {

    /** The request half. {@code form} keeps the recorded field order; {@code rawBody} is set only when no form was recorded. */
    record RecordedRequest(String method, String path, Map<String, String> headers, Map<String, String> form,
                           String rawBody) {

        String header(String name) {
            for (Map.Entry<String, String> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue();
                }
            }
            return null;
        }
    }

    /**
     * The response half. Header names are lower case; {@code set-cookie} may hold several values. The body is
     * parsed JSON ({@code jsonBody}) or text ({@code textBody}), never both.
     */
    record RecordedResponse(int status, Map<String, List<String>> headers, JsonNode jsonBody, String textBody) {
    }

    /** A short label for test names: {@code 037-read-collect-all}. */
    String label() {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    static Transcript fromJson(String fileName, JsonNode root) {
        int number = Integer.parseInt(fileName.substring(0, 3));
        JsonNode request = root.path("request");
        Map<String, String> headers = new LinkedHashMap<>();
        request.path("headers").fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
        Map<String, String> form = null;
        if (request.has("form")) {
            form = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = request.get("form").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                form.put(field.getKey(), field.getValue().asText());
            }
        }
        String rawBody = request.has("body") ? request.get("body").asText() : null;
        RecordedRequest recordedRequest = new RecordedRequest(request.path("method").asText(),
                request.path("path").asText(), headers, form, rawBody);

        JsonNode response = root.path("response");
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        response.path("headers").fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asText()));
            } else {
                values.add(e.getValue().asText());
            }
            responseHeaders.put(e.getKey().toLowerCase(java.util.Locale.ROOT), values);
        });
        JsonNode body = response.get("body");
        JsonNode jsonBody = body != null && (body.isObject() || body.isArray()) ? body : null;
        String textBody = jsonBody == null && body != null ? body.asText() : null;
        RecordedResponse recordedResponse = new RecordedResponse(response.path("status").asInt(), responseHeaders,
                jsonBody, textBody);

        List<String> notes = new ArrayList<>();
        JsonNode notesNode = root.get("notes");
        if (notesNode != null && notesNode.isArray()) {
            notesNode.forEach(n -> notes.add(n.asText()));
        } else if (notesNode != null) {
            notes.add(notesNode.asText());
        }
        return new Transcript(number, fileName, recordedRequest, recordedResponse, List.copyOf(notes));
    }
}
