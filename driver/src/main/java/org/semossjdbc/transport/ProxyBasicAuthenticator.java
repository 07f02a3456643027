package org.semossjdbc.transport;

import java.nio.charset.StandardCharsets;

import okhttp3.Authenticator;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;

import org.semossjdbc.transport.TransportException.Kind;

/**
 * Answers a proxy's 407 with {@code Proxy-Authorization: Basic}. A 407 means the proxy refused before forwarding, so
 * resending is safe; a second 407 with our header means wrong proxy credentials, and we stop. For an HTTPS tunnel,
 * OkHttp asks before its first CONNECT, so the credentials go with it.
 */
final class ProxyBasicAuthenticator implements Authenticator {

    private final String headerValue;

    /** @param user the proxy user, or null when none is configured (a 407 then says credentials are needed) */
    ProxyBasicAuthenticator(String user, String password) {
        this.headerValue = user == null ? null
                : okhttp3.Credentials.basic(user, password == null ? "" : password, StandardCharsets.UTF_8);
    }

    @Override
    public Request authenticate(Route route, Response response) throws TransportException {
        Request refused = response.request();
        if (headerValue == null) {
            // OkHttp's preemptive call before a tunnel comes with a made-up 407 ("OkHttp-Preemptive"): nothing to
            // add, nothing wrong yet. A real 407 to the CONNECT means the proxy wants credentials we do not have.
            boolean preemptive = "OkHttp-Preemptive".equals(response.header("Proxy-Authenticate"));
            if (!preemptive && response.code() == 407 && "CONNECT".equals(refused.method())) {
                throw new TransportException(Kind.HTTP_STATUS, false, 407, "The proxy requires credentials (HTTP 407"
                        + " to CONNECT " + refused.url().host() + ":" + refused.url().port()
                        + "); set proxyUser and proxyPassword", null);
            }
            return null;
        }
        if (refused.header("Proxy-Authorization") != null) {
            if ("CONNECT".equals(refused.method())) {
                // Declining here, OkHttp would fail the tunnel with a bare IOException, which reads as a connect
                // failure and is retried: the refused credentials would reach the proxy again (its lockout counts
                // each). A 407 status, as for a plain-HTTP proxy, is not retried.
                throw new TransportException(Kind.HTTP_STATUS, false, 407, "The proxy refused the proxy credentials"
                        + " (HTTP 407 to CONNECT " + refused.url().host() + ":" + refused.url().port() + ")", null);
            }
            return null;
        }
        return refused.newBuilder().header("Proxy-Authorization", headerValue).build();
    }

    @Override
    public String toString() {
        return "ProxyBasicAuthenticator[****]";
    }
}
