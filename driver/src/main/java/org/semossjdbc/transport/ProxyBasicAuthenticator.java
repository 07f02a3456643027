package org.semossjdbc.transport;

import java.nio.charset.StandardCharsets;

import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

/**
 * Answers a proxy's 407 with {@code Proxy-Authorization: Basic}. A 407 means the proxy refused before forwarding, so
 * resending is safe; a second 407 with our header means wrong proxy credentials, and we stop.
 */
final class ProxyBasicAuthenticator implements Authenticator {

    private final String headerValue;

    ProxyBasicAuthenticator(String user, String password) {
        this.headerValue = okhttp3.Credentials.basic(user, password == null ? "" : password, StandardCharsets.UTF_8);
    }

    @Override
    public Request authenticate(Route route, Response response) {
        if (response.request().header("Proxy-Authorization") != null) {
            return null;
        }
        return response.request().newBuilder().header("Proxy-Authorization", headerValue).build();
    }

    @Override
    public String toString() {
        return "ProxyBasicAuthenticator[****]";
    }
}
