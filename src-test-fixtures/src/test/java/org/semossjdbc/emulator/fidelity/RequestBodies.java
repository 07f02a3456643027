package org.semossjdbc.emulator.fidelity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Form bodies as the recording client sent them: {@code application/x-www-form-urlencoded}, fields in recorded order. */
final class RequestBodies {

    /** 150 recorded a description instead of its 2.1 MB body: {@code expression=<N bytes: PIXEL>&insightId=new}. */
    private static final Pattern DESCRIBED = Pattern.compile(
            "expression=<(\\d+) bytes: Database\\(\\.\\.\\.\\)(.*)>&insightId=(\\w+)", Pattern.DOTALL);

    private RequestBodies() {
    }

    static String form(Map<String, String> fields) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        return body.toString();
    }

    static boolean isDescribed(String rawBody) {
        return rawBody != null && DESCRIBED.matcher(rawBody).matches();
    }

    /**
     * Rebuilds a described body: the pixel with {@code Database(...)} meaning {@code databaseArgument} and its
     * {@code 'xxx...'} literal padded with {@code x} until the encoded body has exactly the recorded byte count,
     * which is what decides the answer (Tomcat's 2 MB maxPostSize).
     */
    static String rebuild(String rawBody, String databaseArgument) {
        Matcher described = DESCRIBED.matcher(rawBody);
        if (!described.matches()) {
            throw new IllegalArgumentException("not a described body");
        }
        int size = Integer.parseInt(described.group(1));
        String template = "Database(" + databaseArgument + ")" + described.group(2);
        String insight = described.group(3);
        String[] halves = template.split(Pattern.quote("xxx..."), 2);
        String empty = form(Map.of("expression", halves[0] + halves[1])) + "&insightId=" + insight;
        int padding = size - empty.getBytes(StandardCharsets.UTF_8).length;
        if (padding < 0) {
            throw new IllegalArgumentException("described size is smaller than its pixel");
        }
        String body = form(Map.of("expression", halves[0] + "x".repeat(padding) + halves[1])) + "&insightId=" + insight;
        if (body.getBytes(StandardCharsets.UTF_8).length != size) {
            throw new IllegalStateException("rebuilt body has the wrong size");
        }
        return body;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
