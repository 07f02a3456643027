package org.semossjdbc.transport;

/**
 * How a connection proves who it is. {@code toString()} never shows a secret.
 */
public sealed interface Credentials {

    /** An access key pair sent as HTTP Basic (SEMOSS logs the caller in on any request whose session has no user). */
    record AccessKey(String accessKey, String secretKey) implements Credentials {
        @Override
        public String toString() {
            return "AccessKey[accessKey=" + accessKey + ", secretKey=****]";
        }
    }

    /** A native user name and password, exchanged for a session cookie by {@code POST /auth/login}. */
    record Login(String username, String password) implements Credentials {
        @Override
        public String toString() {
            return "Login[username=" + username + ", password=****]";
        }
    }

    /** {@code Authorization: Bearer <token>} plus {@code Bearer-Provider: <provider>} (provider may be null). */
    record Bearer(String token, String provider) implements Credentials {
        @Override
        public String toString() {
            return "Bearer[token=****, provider=" + provider + "]";
        }
    }
}
