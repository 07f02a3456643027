package org.semossjdbc.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase;

/** A minimal SEMOSS HTTP client for the emulator's tests: keeps the session cookie, never follows redirects. */
final class TestClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String apiBase;
    private final String cookieName;
    private String authorization;
    private String cookie;

    /** The emulator most of these suites run: engine {@code h2demo} on H2, owned by alice (ACCESS / SECRET). */
    static EmulatedSemoss.Builder h2demoOwnedByAlice() {
        return EmulatedSemoss.on(ScratchDatabase.Backend.H2).engine("h2demo")
                .accessKeyUser("alice", "ACCESS", "SECRET", SemossEmulator.Permission.OWNER);
    }

    TestClient(SemossEmulator emulator) {
        this.apiBase = emulator.apiBaseUrl();
        this.cookieName = emulator.sessionCookieName();
    }

    TestClient basic(String access, String secret) {
        authorization = "Basic " + Base64.getEncoder()
                .encodeToString((access + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    TestClient authorization(String header) {
        authorization = header;
        return this;
    }

    TestClient noAuthorization() {
        authorization = null;
        return this;
    }

    String cookie() {
        return cookie;
    }

    TestClient cookie(String value) {
        cookie = value;
        return this;
    }

    /** A response; {@code json} is null when the body is not JSON. */
    record Response(int status, HttpResponse<String> raw, JsonNode json) {
        Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        JsonNode entry(int index) {
            return json.get("pixelReturn").get(index);
        }

        JsonNode output(int index) {
            return entry(index).get("output");
        }

        String insightId() {
            return json.get("insightID").asText();
        }
    }

    Response runPixel(String expression, String insightId) {
        Map<String, String> form = new LinkedHashMap<>();
        if (expression != null) {
            form.put("expression", expression);
        }
        if (insightId != null) {
            form.put("insightId", insightId);
        }
        return post("/engine/runPixel", form);
    }

    Response post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    Response postRaw(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(apiBase + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(apiBase + path)).GET());
    }

    Response get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(apiBase + path)).header(header, value).GET());
    }

    Response send(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookieName + "=" + cookie);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(cookieName + "=") && !c.contains("Expires="))
                    .findFirst()
                    .ifPresent(c -> cookie = c.substring(cookieName.length() + 1, c.indexOf(';')));
            JsonNode json = null;
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("application/json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The read pixel with its SQL inside {@code <encode>}. */
    static String read(String engine, String sql, int limit) {
        return "Database(database=\"" + engine + "\")|Query(\"<encode>" + sql + "</encode>\")|Collect(" + limit
                + ");";
    }

    /** The write pixel with its SQL inside {@code <encode>}. */
    static String write(String engine, String sql) {
        return "Database(database=\"" + engine + "\")|Query(\"<encode>" + sql + "</encode>\")|ExecQuery();";
    }
}
