package org.semossjdbc.emulator.fidelity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The replay's stand-ins for the recording's credential placeholders. They are test-only values for the
 * emulator's configured users, never printed in failure messages (requests are not echoed).
 */
final class Credentials {

    static final String ALICE = "alice";
    static final String ACCESS_KEY = "fidelity-access-key";
    static final String SECRET_KEY = "fidelity-secret-key";
    static final String JDBCUSER = "jdbcuser";
    /** The password 008 registers jdbcuser with and 009 logs in with ({@code <password>} in those files). */
    static final String JDBCUSER_PASSWORD = "Fidelity-Replay-1!";

    private Credentials() {
    }

    /**
     * The real {@code Authorization} value for a recorded one: {@code <basic access:secret>} is alice's key pair,
     * {@code <basic access:WRONG-secret>} her access key with another secret, {@code <basic X:Y>} any other
     * (unknown) pair; literal values (007's {@code Basic not-base64!!}) are sent as recorded.
     */
    static String authorization(String recorded) {
        if (!recorded.startsWith("<basic ") || !recorded.endsWith(">")) {
            return recorded;
        }
        String pair = recorded.substring("<basic ".length(), recorded.length() - 1);
        String user = pair.substring(0, pair.indexOf(':'));
        String secret = pair.substring(pair.indexOf(':') + 1);
        String realUser = user.equals("access") ? ACCESS_KEY : "fidelity-" + user;
        String realSecret = secret.equals("secret") ? SECRET_KEY : "fidelity-" + secret;
        return "Basic " + Base64.getEncoder().encodeToString((realUser + ":" + realSecret)
                .getBytes(StandardCharsets.UTF_8));
    }
}
