package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A recording HTTP proxy between the driver and the emulator. The floor clients must send exactly the pixels the
 * driver sends (same text, {@code META |} prefix, percent-encoding, page size, task paging); recording them from the
 * driver itself keeps the floor honest when the driver changes, where a copy of its pixel code would drift.
 * Used only while capturing, never while timing.
 */
final class RecordingProxy implements AutoCloseable {

    /** One request the driver sent, with what the benchmarks need from its answer. */
    record Exchange(String method, String path, Map<String, String> form, int status, List<String> taskIds) {

        /** True for {@code POST .../engine/runPixel}. */
        boolean isRunPixel() {
            return "POST".equals(method) && path.endsWith("/engine/runPixel");
        }

        /** The pixel expression, or empty. */
        String expression() {
            return form.getOrDefault("expression", "");
        }
    }

    // java.net.http refuses to set these itself; they are connection-level anyway.
    private static final Set<String> HOP_BY_HOP = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "date", "via", "from", "warning");
    private static final JsonFactory JSON = new JsonFactory();

    private final HttpServer server;
    private final HttpClient upstream = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String upstreamOrigin;
    private final List<Exchange> exchanges = new ArrayList<>();

    /** Starts a proxy on 127.0.0.1 that forwards every request to {@code upstreamOrigin} ({@code http://host:port}). */
    RecordingProxy(String upstreamOrigin) throws IOException {
        this.upstreamOrigin = upstreamOrigin;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.start();
    }

    /** The proxy's origin, {@code http://127.0.0.1:<port>}. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** How many exchanges have been recorded; use as a mark before an action. */
    synchronized int mark() {
        return exchanges.size();
    }

    /** The exchanges recorded since {@code mark}. */
    synchronized List<Exchange> since(int mark) {
        return List.copyOf(exchanges.subList(mark, exchanges.size()));
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstreamOrigin + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), requestBody.length == 0
                            ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(requestBody));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response = upstream.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> form = decodeForm(exchange.getRequestHeaders().getFirst("Content-Type"), requestBody);
            record(new Exchange(exchange.getRequestMethod(), path, form, response.statusCode(), taskIds(body)));
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while forwarding", e);
        }
    }

    private synchronized void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    private static Map<String, String> decodeForm(String contentType, byte[] body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded") || body.length == 0) {
            return form;
        }
        for (String pair : new String(body, StandardCharsets.US_ASCII).split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    /** Every {@code taskId} value in a JSON body, in order; empty for anything that is not JSON. */
    private static List<String> taskIds(byte[] body) {
        List<String> ids = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && "taskId".equals(parser.currentName())
                        && parser.nextToken() == JsonToken.VALUE_STRING) {
                    ids.add(parser.getText());
                }
            }
        } catch (IOException notJson) {
            // Login pages, empty 302 bodies: no task ids.
        }
        return ids;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
