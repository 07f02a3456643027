package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import okhttp3.Cookie;
import okhttp3.HttpUrl;

import org.junit.jupiter.api.Test;

/** The per-transport cookie jar: cookies keyed by name, whatever the path, as SEMOSS's logout needs. */
class SessionCookieJarTest {

    private static final HttpUrl LOGIN = HttpUrl.get("http://semoss.example/Monolith/api/auth/login");
    private static final HttpUrl LOGOUT = HttpUrl.get("http://semoss.example/Monolith/api/auth/logout/all");
    private static final HttpUrl RUN_PIXEL = HttpUrl.get("http://semoss.example/Monolith/api/engine/runPixel");

    private static Cookie parse(HttpUrl url, String setCookie) {
        return Cookie.parse(url, setCookie);
    }

    private static String names(List<Cookie> cookies) {
        return String.join(",", cookies.stream().map(c -> c.name() + "=" + c.value()).toList());
    }

    @Test
    void cookiesOfAnyNameAreSentBack() {
        SessionCookieJar jar = new SessionCookieJar();
        jar.saveFromResponse(LOGIN, List.of(parse(LOGIN, "JSESSIONID=a; Path=/Monolith; HttpOnly"),
                parse(LOGIN, "ROUTE=r2; Path=/")));
        assertEquals("JSESSIONID=a,ROUTE=r2", names(jar.loadForRequest(RUN_PIXEL)));
        assertEquals(List.of("JSESSIONID", "ROUTE"), jar.names());
    }

    @Test
    void expiringCookieWithoutPathStillRemovesTheSessionCookie() {
        SessionCookieJar jar = new SessionCookieJar();
        jar.saveFromResponse(LOGIN, List.of(parse(LOGIN, "monolith=s1; Path=/Monolith; HttpOnly")));
        jar.saveFromResponse(LOGOUT, List.of(parse(LOGOUT,
                "monolith=s1; SameSite=none; Expires=Thu, 01 Jan 1970 00:00:00 GMT")));
        assertTrue(jar.isEmpty());
        assertEquals("", names(jar.loadForRequest(RUN_PIXEL)));
    }

    @Test
    void newValueReplacesTheOldOne() {
        SessionCookieJar jar = new SessionCookieJar();
        jar.saveFromResponse(LOGIN, List.of(parse(LOGIN, "monolith=s1; Path=/Monolith")));
        jar.saveFromResponse(LOGIN, List.of(parse(LOGIN, "monolith=s2; Path=/Monolith")));
        assertEquals("monolith=s2", names(jar.loadForRequest(RUN_PIXEL)));
    }

    @Test
    void cookiesStayWithTheirHostAndSecureOnesWithHttps() {
        SessionCookieJar jar = new SessionCookieJar();
        HttpUrl https = HttpUrl.get("https://semoss.example/Monolith/api/config");
        jar.saveFromResponse(https, List.of(parse(https, "monolith=s1; Path=/Monolith; Secure")));
        assertEquals("", names(jar.loadForRequest(RUN_PIXEL)), "a Secure cookie never travels over http");
        assertEquals("monolith=s1", names(jar.loadForRequest(https)));
        assertEquals("", names(jar.loadForRequest(HttpUrl.get("https://other.example/Monolith/api/config"))));
    }

    @Test
    void clearForgetsEverythingAndToStringShowsNoValue() {
        SessionCookieJar jar = new SessionCookieJar();
        jar.saveFromResponse(LOGIN, List.of(parse(LOGIN, "monolith=secret-value; Path=/Monolith")));
        assertFalse(jar.toString().contains("secret-value"));
        jar.clear();
        assertTrue(jar.isEmpty());
    }
}
