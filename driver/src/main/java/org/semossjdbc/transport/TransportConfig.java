package org.semossjdbc.transport;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Everything the transport needs to reach one SEMOSS server as one user.
 *
 * @param apiBaseUrl        e.g. {@code https://host/Monolith/api} (no trailing slash)
 * @param credentials       who we are
 * @param connectTimeout    TCP/TLS connect timeout
 * @param readTimeout       longest silence while reading a response (zero = none)
 * @param trustStore        PEM or JKS/PKCS12 trust store replacing the JVM's, or null for the JVM default
 * @param trustStorePassword password of a JKS/PKCS12 trust store, or null
 * @param trustStoreType    {@code PEM}, {@code JKS} or {@code PKCS12}; null guesses from the file name
 * @param verifyHostname    false only for tests and tools that must reach a server by IP; true by default
 * @param proxy             an HTTP proxy, or null for a direct connection
 * @param userAgent         the User-Agent header value
 */
public record TransportConfig(URI apiBaseUrl, Credentials credentials, Duration connectTimeout, Duration readTimeout,
                              Path trustStore, String trustStorePassword, String trustStoreType,
                              boolean verifyHostname, ProxyConfig proxy, String userAgent) {

    /** An HTTP proxy; user and password may be null. {@code toString()} hides the password. */
    public record ProxyConfig(String host, int port, String user, String password) {
        @Override
        public String toString() {
            return "ProxyConfig[" + host + ":" + port + (user == null ? "" : ", user=" + user + ", password=****") + "]";
        }
    }

    @Override
    public String toString() {
        return "TransportConfig[" + apiBaseUrl + ", " + credentials + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + ", trustStore=" + trustStore + ", proxy=" + proxy + "]";
    }
}
