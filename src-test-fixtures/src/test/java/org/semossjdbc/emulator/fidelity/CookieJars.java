package org.semossjdbc.emulator.fidelity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One session cookie per recording client, as the recorder's clients held them. A client adopts the session
 * cookie every response to it sets, except an expiring one (016's logout answer): that cookie has no
 * {@code Path}, so a path-matching jar keeps the original, and the server has ended the session anyway.
 */
final class CookieJars {

    private final String cookieName;
    private final Map<String, String> sessionByClient = new HashMap<>();

    CookieJars(String cookieName) {
        this.cookieName = cookieName;
    }

    Optional<String> session(String client) {
        return Optional.ofNullable(sessionByClient.get(client));
    }

    void adopt(String client, List<String> setCookies) {
        for (String setCookie : setCookies) {
            String[] parts = setCookie.split(";");
            String first = parts[0].strip();
            if (!first.startsWith(cookieName + "=")) {
                continue;
            }
            boolean expiring = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
                expiring |= attribute.startsWith("expires=") || attribute.startsWith("max-age=");
            }
            if (!expiring) {
                sessionByClient.put(client, first.substring(cookieName.length() + 1));
            }
        }
    }
}
