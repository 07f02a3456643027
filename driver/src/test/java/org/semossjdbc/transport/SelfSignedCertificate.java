package org.semossjdbc.transport;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A self-signed certificate made with keytool at test time, so that no key material is checked in: its PKCS12 key
 * store (for a test server), its PEM file (what a user configures as the trust store), and a server-side TLS context.
 */
public final class SelfSignedCertificate {

    /** The password of every key store this class writes. */
    public static final String STORE_PASSWORD = "changeit-tls";

    private final Path keyStore;
    private final Path pem;

    private SelfSignedCertificate(Path keyStore, Path pem) {
        this.keyStore = keyStore;
        this.pem = pem;
    }

    /**
     * Issues a certificate into {@code directory}/{@code alias}.p12 and {@code alias}.pem.
     *
     * @param dnsName the subject alternative name host name verification checks, or null for none
     */
    static SelfSignedCertificate issue(Path directory, String alias, String commonName, String dnsName)
            throws IOException, InterruptedException, GeneralSecurityException {
        Path keyStore = directory.resolve(alias + ".p12");
        List<String> arguments = new ArrayList<>(List.of("-genkeypair", "-alias", alias,
                // An EC key takes a fraction of an RSA key's generation time; trust does not depend on the key type.
                "-keyalg", "EC", "-validity", "2", "-dname", "CN=" + commonName,
                "-keystore", keyStore.toString(), "-storetype", "PKCS12",
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD));
        if (dnsName != null) {
            arguments.addAll(List.of("-ext", "SAN=dns:" + dnsName));
        }
        keytool(arguments.toArray(String[]::new));
        // The PEM export is written here rather than by a second keytool run, which would cost a JVM start.
        Path pem = directory.resolve(alias + ".pem");
        byte[] der = load(keyStore).getCertificate(alias).getEncoded();
        Files.writeString(pem, "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);
        return new SelfSignedCertificate(keyStore, pem);
    }

    /**
     * Issues a certificate for {@code localhost} into a new temporary directory (removed when the JVM exits), for a
     * static field: the WireMock extension needs the key store in its options, before any {@code @BeforeAll} runs.
     */
    public static SelfSignedCertificate forLocalhost(String alias) {
        try {
            Path directory = Files.createTempDirectory("semoss-tls-");
            directory.toFile().deleteOnExit();
            SelfSignedCertificate certificate = issue(directory, alias, "localhost", "localhost");
            certificate.keyStore.toFile().deleteOnExit();
            certificate.pem.toFile().deleteOnExit();
            return certificate;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue a test certificate", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while issuing a test certificate", e);
        }
    }

    /**
     * A WireMock HTTPS-only server presenting this certificate, for a static {@code @RegisterExtension} field: JUnit
     * starts it before the class and stops it after; stubs set in {@code @BeforeAll} stay for every test.
     */
    public WireMockExtension httpsWireMock() {
        return WireMockExtension.newInstance()
                .options(options().httpDisabled(true).dynamicHttpsPort().keystorePath(keyStore.toString())
                        .keystoreType("PKCS12").keystorePassword(STORE_PASSWORD).keyManagerPassword(STORE_PASSWORD))
                .resetOnEachTest(false)
                .build();
    }

    /**
     * A trust store ({@code PKCS12} or {@code JKS}) holding this certificate alone, next to its key store (removed
     * with it when the JVM exits).
     */
    public Path trustStore(String type, String password) throws IOException, InterruptedException {
        Path store = keyStore.resolveSibling(keyStore.getFileName().toString().replace(".p12", "")
                + "-trust." + type.toLowerCase(Locale.ROOT));
        keytool("-importcert", "-noprompt", "-alias", "trusted", "-file", pem.toString(),
                "-keystore", store.toString(), "-storetype", type, "-storepass", password);
        store.toFile().deleteOnExit();
        return store;
    }

    /** The PKCS12 key store holding the key and certificate, protected by {@link #STORE_PASSWORD}. */
    Path keyStore() {
        return keyStore;
    }

    /** The certificate alone, PEM-encoded. */
    public Path pem() {
        return pem;
    }

    /** A TLS context that presents this certificate, for a test server's sockets. */
    SSLContext serverContext() throws IOException, GeneralSecurityException {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(load(keyStore), STORE_PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        return context;
    }

    /** Runs the JDK's keytool with the given arguments; fails with its output if it fails. */
    public static void keytool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
        }
    }

    private static KeyStore load(Path file) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, STORE_PASSWORD.toCharArray());
        }
        return store;
    }
}
