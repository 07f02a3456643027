package org.semossjdbc.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * TLS for one transport: the JVM's trust store unless a trust store is configured, which then replaces it (a PEM file
 * with one or more certificates, or a JKS/PKCS12 key store). Host names are verified unless the configuration says
 * not to.
 */
final class TlsSetup {

    private static final Pattern PEM_CERTIFICATE = Pattern.compile(
            "-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\\s]+?)-----END CERTIFICATE-----");

    private TlsSetup() {
    }

    /**
     * Applies TLS to {@code builder} for an {@code https} base URL: the configured trust (or the JVM's), host name
     * checks, and TLS sockets whose plain sockets {@link ChannelSockets} can probe. For {@code http} it does nothing,
     * and the client stays cleartext-only, which spares a plain-HTTP user the JVM trust store's loading.
     */
    static void configure(OkHttpClient.Builder builder, TransportConfig config) {
        // A configured trust store is read even for http: one that cannot be read is a mistake to report now.
        X509TrustManager configured = config.trustStore() == null ? null
                : trustManager(config.trustStore(), config.trustStoreType(), config.trustStorePassword());
        if (!"https".equalsIgnoreCase(config.apiBaseUrl().getScheme())) {
            return;
        }
        X509TrustManager trustManager;
        SSLSocketFactory socketFactory;
        if (configured != null) {
            trustManager = configured;
            socketFactory = socketFactory(trustManager);
        } else {
            trustManager = JvmTrust.MANAGER;
            socketFactory = JvmTrust.SOCKET_FACTORY;
        }
        builder.connectionSpecs(List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT))
                .sslSocketFactory(ChannelSockets.layeredOver(socketFactory), trustManager);
        if (!config.verifyHostname()) {
            builder.hostnameVerifier((hostname, session) -> true);
        }
    }

    private static SSLSocketFactory socketFactory(X509TrustManager trustManager) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
        }
    }

    /** The JVM's default trust, loaded on the first https connection and shared by all that follow. */
    private static final class JvmTrust {
        static final X509TrustManager MANAGER = jvmTrustManager();
        static final SSLSocketFactory SOCKET_FACTORY = socketFactory(MANAGER);

        private static X509TrustManager jvmTrustManager() {
            try {
                return x509TrustManager(null);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("TLS is not available in this JVM: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A trust manager trusting exactly the certificates of the given store.
     *
     * @throws IllegalArgumentException if the file cannot be read or holds no certificate
     */
    static X509TrustManager trustManager(Path file, String type, String password) {
        String resolvedType = type == null ? guessType(file) : type.toUpperCase(Locale.ROOT);
        try {
            KeyStore store = "PEM".equals(resolvedType) ? pemStore(file) : keyStore(file, resolvedType, password);
            if (store.size() == 0) {
                throw new IllegalArgumentException("The trust store " + file + " holds no certificate");
            }
            return x509TrustManager(store);
        } catch (IOException | GeneralSecurityException e) {
            // The key store's own message may say "password was incorrect"; it never contains the password.
            throw new IllegalArgumentException("Cannot read the " + resolvedType + " trust store " + file + ": "
                    + e.getMessage(), e);
        }
    }

    /** The X.509 trust manager trusting {@code store}'s certificates, or the JVM's when it is null. */
    private static X509TrustManager x509TrustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new IllegalStateException("No X.509 trust manager in this JVM");
    }

    private static String guessType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jks")) {
            return "JKS";
        }
        if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".pkcs12")) {
            return "PKCS12";
        }
        if (name.endsWith(".pem") || name.endsWith(".crt") || name.endsWith(".cer")) {
            return "PEM";
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(64);
            return new String(start, StandardCharsets.US_ASCII).contains("-----BEGIN") ? "PEM" : "PKCS12";
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the trust store " + file + ": " + e.getMessage(), e);
        }
    }

    private static KeyStore pemStore(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<Certificate> certificates = new ArrayList<>();
        Matcher matcher = PEM_CERTIFICATE.matcher(text);
        while (matcher.find()) {
            byte[] der = Base64.getMimeDecoder().decode(matcher.group(1));
            certificates.add(factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < certificates.size(); i++) {
            store.setCertificateEntry("certificate-" + i, certificates.get(i));
        }
        return store;
    }

    private static KeyStore keyStore(Path file, String type, String password)
            throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password == null ? null : password.toCharArray());
        }
        return store;
    }
}
