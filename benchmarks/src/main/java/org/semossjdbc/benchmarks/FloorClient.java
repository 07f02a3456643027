package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.Credentials;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The floor: the cheapest client that can send the driver's pixels. One OkHttp session (cookie jar) per instance,
 * a warm keep-alive connection from a pool shared by all instances (as the driver shares one), a form POST per pixel,
 * and the response streamed through Jackson. No JDBC, no SQL handling, no retries. Not thread-safe: one per thread.
 */
final class FloorClient implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final OkHttpClient http;
    private final HttpUrl apiBase;
    private final String basicAuthorization;
    private String insightId = "";
    private String lastTaskId;

    /**
     * @param shared     the pool and dispatcher to share
     * @param apiBaseUrl e.g. {@code http://127.0.0.1:port/Monolith/api}
     */
    FloorClient(OkHttpClient shared, String apiBaseUrl, String accessKey, String secretKey) {
        this.http = shared.newBuilder().cookieJar(new SessionCookies()).build();
        this.apiBase = HttpUrl.get(apiBaseUrl);
        this.basicAuthorization = Credentials.basic(accessKey, secretKey);
    }

    /** An HTTP client configured as the driver's: no redirects, no silent retries. */
    static OkHttpClient sharedHttpClient() {
        return new OkHttpClient.Builder()
                // The driver's pool settings: idle connections are dropped before the server's keep-alive timeout.
                .connectionPool(new ConnectionPool(10, 15, TimeUnit.SECONDS))
                .followRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(5, TimeUnit.MINUTES)
                .build();
    }

    /** Logs in with {@code GET /config} and Basic credentials; the session cookie authenticates from then on. */
    void login() throws IOException {
        Request request = new Request.Builder().url(url("config")).header("Authorization", basicAuthorization).build();
        try (Response response = http.newCall(request).execute()) {
            JsonNode config = MAPPER.readTree(response.body().byteStream());
            if (config.path("loginDetails").isEmpty()) {
                throw new IOException("login refused: HTTP " + response.code());
            }
        }
    }

    /** Opens a stored insight ({@code insightId=new}) and uses it for every later pixel of this client. */
    void openInsight() throws IOException {
        try (Response response = post(Map.of("expression", "META | true", "insightId", "new"))) {
            String id = MAPPER.readTree(response.body().byteStream()).path("insightID").asText("");
            if (id.isEmpty()) {
                throw new IOException("no insight id in the answer to META | true");
            }
            insightId = id;
        }
    }

    /** The stored insight of this client, or empty before {@link #openInsight()}. */
    String insightId() {
        return insightId;
    }

    /**
     * Sends the first request of {@code script} (for this client's insight and last task) and streams the answer.
     * The driver's request removes the task of its previous statement, so a client that has not read yet first reads
     * the statement's own pixel once to have a task of its own to remove: a real server answers the removal of a task
     * it does not know with an error ("Could not find task id").
     */
    PixelResponseReader.Page runFirst(PixelScript script) throws IOException {
        if (lastTaskId == null && script.firstStatementCount() > 1) {
            run(script.bareFirst());
        }
        return run(script.first(previousTaskId()));
    }

    /** Sends one replayable request (its insight id replaced by this client's) and streams the answer. */
    PixelResponseReader.Page run(Map<String, String> form) throws IOException {
        try (Response response = post(withOwnInsight(form))) {
            PixelResponseReader.Page page = PixelResponseReader.read(body(response));
            if (page.taskId() != null) {
                lastTaskId = page.taskId();
            }
            return page;
        }
    }

    /**
     * The task of this client's previous read, which the driver's pattern removes in front of the next statement;
     * {@code task0} (never issued by a server) before any read.
     */
    String previousTaskId() {
        return lastTaskId == null ? "task0" : lastTaskId;
    }


    /** {@code GET /config} with the session cookie, the response parsed as a tree (the Python client's check). */
    JsonNode config() throws IOException {
        Request request = new Request.Builder().url(url("config")).build();
        try (Response response = http.newCall(request).execute()) {
            return MAPPER.readTree(body(response));
        }
    }

    /** Sends one captured request and parses the whole answer as a tree (the Python client's way). */
    JsonNode runAsTree(Map<String, String> capturedForm) throws IOException {
        try (Response response = post(withOwnInsight(capturedForm))) {
            return MAPPER.readTree(body(response));
        }
    }

    /** POSTs a form to {@code /engine/runPixel}; the caller closes the response. */
    Response post(Map<String, String> form) throws IOException {
        FormBody.Builder body = new FormBody.Builder();
        form.forEach(body::add);
        Request request = new Request.Builder().url(url("engine/runPixel")).post(body.build()).build();
        Response response = http.newCall(request).execute();
        if (response.code() != 200) {
            response.close();
            throw new IOException("runPixel answered HTTP " + response.code());
        }
        return response;
    }

    private Map<String, String> withOwnInsight(Map<String, String> capturedForm) {
        return PixelScript.withInsight(capturedForm, insightId);
    }

    private static InputStream body(Response response) throws IOException {
        if (response.code() != 200) {
            throw new IOException("HTTP " + response.code());
        }
        return response.body().byteStream();
    }

    private HttpUrl url(String path) {
        return apiBase.newBuilder().addPathSegments(path).build();
    }

    @Override
    public void close() {
        // The connection pool is shared; nothing of this client's own needs releasing.
    }

    /** One session's cookies; SEMOSS keys the user and the insights on the session cookie alone. */
    private static final class SessionCookies implements CookieJar {
        private final List<Cookie> cookies = new ArrayList<>();

        @Override
        public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
            for (Cookie cookie : received) {
                cookies.removeIf(existing -> existing.name().equals(cookie.name()));
                cookies.add(cookie);
            }
        }

        @Override
        public synchronized List<Cookie> loadForRequest(HttpUrl url) {
            List<Cookie> matching = new ArrayList<>();
            for (Cookie cookie : cookies) {
                if (cookie.matches(url)) {
                    matching.add(cookie);
                }
            }
            return matching;
        }
    }
}
