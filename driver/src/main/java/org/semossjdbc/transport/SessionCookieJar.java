package org.semossjdbc.transport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import okhttp3.Cookie;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;

/**
 * The cookies of one transport's session with one server, whatever their names ({@code monolith} on the recorded
 * server, {@code JSESSIONID} plus a route cookie elsewhere).
 *
 * <p>Cookies are keyed by name only, not by name and path as a browser would: every request of a transport goes to the
 * same server under one API base, and SEMOSS's logout answers with an expiring {@code Set-Cookie} that has no
 * {@code Path} although the session cookie was set with {@code Path=/Monolith}; keyed by path, the dead cookie would
 * survive. A cookie that arrives already expired therefore removes the cookie of that name. All methods are
 * synchronized on the jar.
 */
final class SessionCookieJar implements CookieJar {

    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    @Override
    public synchronized void saveFromResponse(HttpUrl url, List<Cookie> received) {
        long now = System.currentTimeMillis();
        for (Cookie cookie : received) {
            if (cookie.expiresAt() <= now) {
                cookies.remove(cookie.name());
            } else {
                cookies.put(cookie.name(), cookie);
            }
        }
    }

    @Override
    public synchronized List<Cookie> loadForRequest(HttpUrl url) {
        long now = System.currentTimeMillis();
        List<Cookie> matching = new ArrayList<>(cookies.size());
        cookies.values().removeIf(cookie -> cookie.expiresAt() <= now);
        for (Cookie cookie : cookies.values()) {
            if (domainMatches(cookie, url) && (!cookie.secure() || url.isHttps())) {
                matching.add(cookie);
            }
        }
        return matching;
    }

    /** Whether any unexpired cookie is held. */
    synchronized boolean isEmpty() {
        long now = System.currentTimeMillis();
        cookies.values().removeIf(cookie -> cookie.expiresAt() <= now);
        return cookies.isEmpty();
    }

    /** The names of the cookies held, for logs (never the values). */
    synchronized List<String> names() {
        return List.copyOf(cookies.keySet());
    }

    /** Forgets every cookie. */
    synchronized void clear() {
        cookies.clear();
    }

    private static boolean domainMatches(Cookie cookie, HttpUrl url) {
        String host = url.host();
        if (cookie.hostOnly()) {
            return host.equals(cookie.domain());
        }
        return host.equals(cookie.domain()) || host.endsWith("." + cookie.domain());
    }

    @Override
    public String toString() {
        return "SessionCookieJar" + names();
    }
}
