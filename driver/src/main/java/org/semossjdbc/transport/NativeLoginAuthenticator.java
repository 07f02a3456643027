package org.semossjdbc.transport;

import java.util.LinkedHashMap;
import java.util.Map;

import okhttp3.Request;

import org.semossjdbc.transport.TransportException.Kind;

/**
 * A native user name and password exchanged for a session cookie by {@code POST /auth/login} with
 * {@code disableRedirect=true} (without it the server answers 302). The password travels only in that form body.
 */
final class NativeLoginAuthenticator implements SessionAuthenticator {

    static final String LOGIN_PATH = "/auth/login";

    private final String username;
    private final String password;

    NativeLoginAuthenticator(Credentials.Login login) {
        if (login.username() == null || login.password() == null) {
            throw new IllegalArgumentException("user name and password are required");
        }
        this.username = login.username();
        this.password = login.password();
    }

    @Override
    public void addHeaders(Request.Builder request, boolean sessionHasUser) {
        // The session cookie is the only credential after login.
    }

    @Override
    public void logIn(HttpTransport transport, CallHandle handle) throws TransportException {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("disableRedirect", "true");
        Exchange exchange = transport.sendWithCsrf("POST", LOGIN_PATH, form, handle);
        int status = exchange.status();
        if (status == 200 && !exchange.isHtml()) {
            exchange.close();
            transport.markSessionHasUser();
            return;
        }
        // 401 wrong or empty password, 400 native login not allowed: the server's own words, which never echo the
        // password. A 302 would mean the server ignored disableRedirect: still a refusal.
        String message = exchange.errorMessage();
        if (status == 401 || status == 400 || status == 302) {
            throw new TransportException(Kind.NOT_AUTHENTICATED, true, status,
                    "Login of user '" + username + "' was refused"
                            + (message.isEmpty() ? " (HTTP " + status + ")" : ": " + message), null);
        }
        throw new TransportException(Kind.HTTP_STATUS, true, status,
                "HTTP " + status + " from POST " + LOGIN_PATH + (message.isEmpty() ? "" : ": " + message), null);
    }

    @Override
    public boolean logsInSeparately() {
        return true;
    }

    @Override
    public String toString() {
        return "NativeLoginAuthenticator[username=" + username + ", password=****]";
    }
}
