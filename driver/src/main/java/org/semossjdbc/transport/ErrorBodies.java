package org.semossjdbc.transport;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the body of a refused exchange into a short message a user can read: SEMOSS's JSON {@code errorMessage}, or
 * the visible text of an HTML error page (Tomcat's, SEMOSS's "Error Occurred" page, a proxy's 502 page).
 */
final class ErrorBodies {

    /** Longest message kept; error pages can be many kilobytes of markup. */
    static final int MAX_MESSAGE_LENGTH = 200;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INVISIBLE_BLOCKS =
            Pattern.compile("(?is)<(script|style|head)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENTS = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAGS = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,6});");

    private ErrorBodies() {
    }

    /** A clean one-line message from a body of the given content type (either may be null or empty). */
    static String message(String body, String contentType) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String trimmed = body.strip();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("json") || trimmed.startsWith("{")) {
            String fromJson = jsonMessage(trimmed);
            if (fromJson != null) {
                return cap(collapse(fromJson));
            }
        }
        if (type.contains("html") || trimmed.startsWith("<")) {
            return cap(htmlText(trimmed));
        }
        return cap(collapse(trimmed));
    }

    /** SEMOSS's {@code {"errorMessage": "..."}}, or null when the body is not that shape. */
    static String jsonMessage(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node != null && node.isObject()) {
                for (String field : new String[] {"errorMessage", "message", "error"}) {
                    JsonNode value = node.get(field);
                    if (value != null && value.isTextual() && !value.asText().isBlank()) {
                        return value.asText();
                    }
                }
            }
        } catch (java.io.IOException e) {
            // Not JSON after all: the caller falls back to plain text.
        }
        return null;
    }

    static String htmlText(String html) {
        String text = INVISIBLE_BLOCKS.matcher(html).replaceAll(" ");
        text = COMMENTS.matcher(text).replaceAll(" ");
        text = TAGS.matcher(text).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&ndash;", "\u2013").replace("&mdash;", "\u2014");
        text = NUMERIC_ENTITY.matcher(text).replaceAll(match -> {
            int codePoint = Integer.parseInt(match.group(2), match.group(1).isEmpty() ? 10 : 16);
            boolean valid = Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint);
            return java.util.regex.Matcher.quoteReplacement(valid ? new String(Character.toChars(codePoint)) : " ");
        });
        // Last, so that "&amp;lt;" stays the text "&lt;".
        return collapse(text.replace("&amp;", "&"));
    }

    private static String collapse(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String cap(String text) {
        return text.length() <= MAX_MESSAGE_LENGTH ? text : text.substring(0, MAX_MESSAGE_LENGTH - 3) + "...";
    }
}
