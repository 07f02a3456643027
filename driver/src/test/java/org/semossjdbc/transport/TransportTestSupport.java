package org.semossjdbc.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** Shared helpers for the transport tests: configs against a WireMock server mounted like SEMOSS at /Monolith/api. */
final class TransportTestSupport {

    static final String API = "/Monolith/api";
    static final String RUN_PIXEL = API + "/engine/runPixel";
    static final String CONFIG = API + "/config";
    static final String LOGIN = API + "/auth/login";
    static final String FETCH_CSRF = API + "/config/fetchCsrf";
    static final String LOGOUT = API + "/auth/logout/all?disableRedirect=true";

    static final String ACCESS_KEY = "ak-4f1c";
    static final String SECRET_KEY = "sk-secret-value-9d2e";
    /** base64("ak-4f1c:sk-secret-value-9d2e"), what the Basic header must carry. */
    static final String BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString((ACCESS_KEY + ":" + SECRET_KEY).getBytes(StandardCharsets.UTF_8));

    static final String LOGGED_IN_CONFIG =
            "{\"security\":true,\"csrf\":false,\"loginDetails\":{\"Native\":{\"name\":\"Alice\",\"id\":\"alice\"}},"
                    + "\"logins\":{\"NATIVE\":\"Alice\"},\"timeout\":120.0}";
    static final String ANONYMOUS_CONFIG =
            "{\"security\":true,\"csrf\":false,\"loginDetails\":{},\"logins\":{},\"timeout\":120.0}";
    static final String PIXEL_OK = "{\"insightID\":\"i-1\",\"pixelReturn\":[{\"pixelId\":\"0\",\"output\":2,"
            + "\"operationType\":[\"OPERATION\"]}]}";

    private TransportTestSupport() {
    }

    static TransportConfig config(WireMockExtension server, Credentials credentials) {
        return config("http://localhost:" + server.getPort() + API, credentials, Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    static TransportConfig config(String baseUrl, Credentials credentials, Duration connectTimeout,
                                  Duration readTimeout) {
        return new TransportConfig(URI.create(baseUrl), credentials, connectTimeout, readTimeout, null, null, null,
                true, null, "semoss-jdbc-test");
    }

    static Credentials.AccessKey accessKey() {
        return new Credentials.AccessKey(ACCESS_KEY, SECRET_KEY);
    }

    static Map<String, String> pixel(String expression) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("expression", expression);
        form.put("insightId", "new");
        return form;
    }

    static String readAll(TransportResponse response) throws IOException {
        try (response; InputStream body = response.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The Set-Cookie value the recorded server sends, with a cookie name chosen by the test. */
    static String sessionCookie(String name, String value) {
        return name + "=" + value + "; Path=/Monolith; HttpOnly";
    }
}
