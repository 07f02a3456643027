package org.semossjdbc.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request with its parameters merged as {@code request.getParameter} sees them: the query string, then a
 * form body. A form body larger than the limit loses its parameters silently, as Tomcat's maxPostSize does (150).
 */
final class ApiRequest {

    private final HttpExchange exchange;
    private final String path;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    private ApiRequest(HttpExchange exchange, String path) {
        this.exchange = exchange;
        this.path = path;
    }

    /** Reads the whole body now (a dropped connection must still have read the request). */
    static ApiRequest read(HttpExchange exchange, String path, int maxFormBytes) throws IOException {
        ApiRequest request = new ApiRequest(exchange, path);
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            parseForm(query, request.parameters);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        long total = 0;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total <= maxFormBytes) {
                    body.write(buffer, 0, read);
                }
            }
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        boolean form = contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
        if (form && total <= maxFormBytes) {
            parseForm(body.toString(StandardCharsets.UTF_8), request.parameters);
        }
        return request;
    }

    private static void parseForm(String encoded, Map<String, String> into) {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                into.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                // Tomcat skips a parameter it cannot decode
            }
        }
    }

    HttpExchange exchange() {
        return exchange;
    }

    /** The path below {@code <context>/api}, e.g. {@code /engine/runPixel}. */
    String path() {
        return path;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** The value of the first cookie with this name, or null. */
    String cookie(String name) {
        List<String> headers = exchange.getRequestHeaders().get("Cookie");
        if (headers == null) {
            return null;
        }
        for (String header : headers) {
            for (String part : header.split(";")) {
                String trimmed = part.trim();
                int equals = trimmed.indexOf('=');
                if (equals > 0 && trimmed.substring(0, equals).equals(name)) {
                    return trimmed.substring(equals + 1);
                }
            }
        }
        return null;
    }
}
