package org.semossjdbc.emulator.fidelity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;

/**
 * Sends one replayed request. Redirects are never followed: SEMOSS answers "not logged in" with a 302, and
 * that 302 is what the transcripts record. Cookies are not managed here ({@link CookieJars} does it per
 * recording client), so the JDK client gets no cookie handler.
 */
final class ReplayHttp {

    /** What python-requests added to every recorded request (the README lists them). */
    static final Map<String, String> CLIENT_DEFAULTS = Map.of(
            "User-Agent", "python-requests/2.31.0",
            "Accept", "*/*",
            "Accept-Encoding", "gzip, deflate");

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String origin;

    /** {@code origin} is {@code http://127.0.0.1:<port>}; recorded paths carry the context ({@code /Monolith/api/...}). */
    ReplayHttp(String origin) {
        this.origin = origin;
    }

    ActualResponse send(String method, String path, Map<String, String> headers, String body) {
        try {
            return sendAsync(method, path, headers, body).join();
        } catch (java.util.concurrent.CompletionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(method + " " + path + " failed: " + cause, cause);
        }
    }

    CompletableFuture<ActualResponse> sendAsync(String method, String path, Map<String, String> headers,
                                                String body) {
        Map<String, String> all = new LinkedHashMap<>(CLIENT_DEFAULTS);
        all.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .timeout(Duration.ofMinutes(3))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        all.forEach(request::header);
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(ReplayHttp::toActual);
    }

    private static ActualResponse toActual(HttpResponse<byte[]> response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body = response.body();
        if (headers.getOrDefault("content-encoding", List.of()).contains("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("gzip body does not decompress", e);
            }
        }
        return new ActualResponse(response.statusCode(), headers, new String(body, StandardCharsets.UTF_8));
    }
}
