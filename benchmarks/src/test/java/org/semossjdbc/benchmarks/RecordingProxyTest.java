package org.semossjdbc.benchmarks;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proxy must pass requests and answers through unchanged and record what the floor will replay. */
class RecordingProxyTest {

    private HttpServer upstream;
    private RecordingProxy proxy;

    @BeforeEach
    void start() throws IOException {
        upstream = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        upstream.createContext("/", exchange -> {
            byte[] request = exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"insightID\":\"i1\",\"pixelReturn\":[{\"output\":{\"taskId\":\"task7\"},"
                    + "\"echo\":\"" + new String(request, StandardCharsets.US_ASCII) + "\"}]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Set-Cookie", "monolith=abc; Path=/Monolith");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        upstream.start();
        proxy = new RecordingProxy("http://127.0.0.1:" + upstream.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        proxy.close();
        upstream.stop(0);
    }

    @Test
    void recordsDecodedFormAndTaskIdsAndRelaysTheAnswer() throws Exception {
        int mark = proxy.mark();
        String form = "expression=META+%7C+Task%28%22task7%22%29%7CCollect%2850%29%3B&insightId=i1";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(proxy.origin() + "/Monolith/api/engine/runPixel"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"echo\":\"" + form + "\""), response.body());
        assertEquals("monolith=abc; Path=/Monolith", response.headers().firstValue("Set-Cookie").orElse(""));
        List<RecordingProxy.Exchange> recorded = proxy.since(mark);
        assertEquals(1, recorded.size());
        RecordingProxy.Exchange exchange = recorded.get(0);
        assertTrue(exchange.isRunPixel());
        assertEquals(Map.of("expression", "META | Task(\"task7\")|Collect(50);", "insightId", "i1"), exchange.form());
        assertEquals(List.of("task7"), exchange.taskIds());
    }
}
