package org.semossjdbc.jdbc;

import org.semossjdbc.protocol.Pixels;
import org.semossjdbc.sql.Dialect;
import org.semossjdbc.transport.Credentials;
import org.semossjdbc.transport.TransportConfig;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * A connection's parsed and validated URL and properties. Immutable. URL query parameters override
 * {@code Properties} entries of the same name (as in pgjdbc). {@link #toString()} shows no secret.
 */
final class ConnectionSettings {
    static final String PREFIX = "jdbc:semoss:";
    private static final String DRIVER_VERSION = "0.1.0";

    private final URI apiBaseUrl;
    private final String redactedUrl;
    private final Map<DriverProperty, String> values;
    private final List<String> warnings;

    private ConnectionSettings(URI apiBaseUrl, String redactedUrl, Map<DriverProperty, String> values,
                               List<String> warnings) {
        this.apiBaseUrl = apiBaseUrl;
        this.redactedUrl = redactedUrl;
        this.values = values;
        this.warnings = List.copyOf(warnings);
    }

    static boolean accepts(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /** Parses and validates; throws 08001 for a malformed URL and 22023 for a malformed property value. */
    static ConnectionSettings parse(String url, Properties info) throws SQLException {
        if (!accepts(url)) {
            throw new SQLNonTransientConnectionException("Not a jdbc:semoss: URL", "08001");
        }
        URI uri = parseUri(url.substring(PREFIX.length()));
        Map<DriverProperty, String> values = new EnumMap<>(DriverProperty.class);
        List<String> warnings = new ArrayList<>();
        if (info != null) {
            for (String key : info.stringPropertyNames()) {
                put(values, warnings, key, info.getProperty(key));
            }
        }
        StringJoiner shownQuery = new StringJoiner("&");
        if (uri.getRawQuery() != null && !uri.getRawQuery().isEmpty()) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                put(values, warnings, key, value);
                if (!DriverProperty.isSecretKey(key)) {
                    shownQuery.add(pair);
                }
            }
        }
        String base = uri.getScheme() + "://" + uri.getRawAuthority() + trimSlash(uri.getRawPath());
        URI apiBase = URI.create(base);
        for (DriverProperty property : DriverProperty.values()) {
            validate(property, values.get(property));
        }
        String shown = PREFIX + base + (shownQuery.length() == 0 ? "" : "?" + shownQuery);
        return new ConnectionSettings(apiBase, shown, values, warnings);
    }

    private static URI parseUri(String text) throws SQLException {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new SQLNonTransientConnectionException("Malformed jdbc:semoss: URL: " + e.getReason()
                    + "; expected jdbc:semoss:https://host[:port]/Monolith/api?database=<engine>", "08001");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new SQLNonTransientConnectionException("Malformed jdbc:semoss: URL: expected an http or https "
                    + "API base URL with a host, e.g. jdbc:semoss:https://host/Monolith/api?database=<engine>", "08001");
        }
        if (uri.getRawUserInfo() != null) {
            throw new SQLNonTransientConnectionException("Malformed jdbc:semoss: URL: credentials in the host part "
                    + "are not supported; pass user and password as properties", "08001");
        }
        if (uri.getRawFragment() != null) {
            throw new SQLNonTransientConnectionException("Malformed jdbc:semoss: URL: a fragment (#) is not allowed",
                    "08001");
        }
        return uri;
    }

    private static void put(Map<DriverProperty, String> values, List<String> warnings, String key, String value) {
        DriverProperty property = DriverProperty.forKey(key);
        if (property == null) {
            warnings.add("Unknown connection property ignored: " + key);
        } else if (value != null) {
            values.put(property, value);
        }
    }

    private static String decode(String text) throws SQLException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new SQLNonTransientConnectionException("Malformed jdbc:semoss: URL: bad percent-encoding in the "
                    + "query string", "08001");
        }
    }

    private static String trimSlash(String path) {
        String p = path == null ? "" : path;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    private static void validate(DriverProperty property, String value) throws SQLException {
        if (value == null) {
            if (property.isRequired()) {
                throw new SQLNonTransientConnectionException("The connection property '" + property.key()
                        + "' is required: " + property.description(), "08001");
            }
            return;
        }
        String v = value.trim();
        switch (property.kind()) {
            case CHOICE -> {
                for (String choice : property.choices()) {
                    if (choice.equalsIgnoreCase(v)) {
                        return;
                    }
                }
                throw invalid(property, value, "one of " + String.join(", ", property.choices()));
            }
            case BOOLEAN -> {
                if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
                    throw invalid(property, value, "true or false");
                }
            }
            case INTEGER, SECONDS -> {
                try {
                    int n = Integer.parseInt(v);
                    int min = property.minimum();
                    int max = property.maximum();
                    if (n < min || n > max) {
                        throw invalid(property, value, "an integer from " + min + " to " + max);
                    }
                } catch (NumberFormatException e) {
                    throw invalid(property, value, "an integer");
                }
            }
            case ZONE -> {
                try {
                    ZoneId.of(v);
                } catch (DateTimeException e) {
                    throw invalid(property, value, "a time zone id such as UTC or Europe/Paris");
                }
            }
            case TEXT -> {
                if (property == DriverProperty.DATABASE && !Pixels.isSafeArgument(v)) {
                    throw invalid(property, value, "an engine id or name without quotes, backslashes, '<', '>' or ';'");
                }
            }
        }
    }

    private static SQLException invalid(DriverProperty property, String value, String expected) {
        String shown = property.isSecret() ? "****" : "'" + value + "'";
        return new SQLNonTransientException("Invalid value " + shown + " for connection property '" + property.key()
                + "': expected " + expected, "22023");
    }

    String get(DriverProperty property) {
        String value = values.get(property);
        return value == null ? property.defaultValue() : value.trim();
    }

    /** Raw (untrimmed) value; secrets may legitimately start or end with spaces. */
    private String raw(DriverProperty property) {
        return values.get(property);
    }

    URI apiBaseUrl() {
        return apiBaseUrl;
    }

    String database() {
        return get(DriverProperty.DATABASE);
    }

    /** The URL without secret query parameters, for {@code DatabaseMetaData.getURL()}. */
    String redactedUrl() {
        return redactedUrl;
    }

    List<String> warnings() {
        return warnings;
    }

    /** The dialect set by the {@code dialect} property, or null for auto. */
    Dialect dialectOverride() {
        String value = get(DriverProperty.DIALECT);
        return value.equalsIgnoreCase("auto") ? null : Dialect.fromName(value);
    }

    boolean exactUpdateCounts() {
        return get(DriverProperty.UPDATE_COUNTS).equalsIgnoreCase("exact");
    }

    /** True for {@code transactions=strict}: transaction calls throw instead of warning. */
    boolean strictTransactions() {
        return get(DriverProperty.TRANSACTIONS).equalsIgnoreCase("strict");
    }

    /** True for {@code productName=semoss}. */
    boolean reportSemossAsProduct() {
        return get(DriverProperty.PRODUCT_NAME).equalsIgnoreCase("semoss");
    }

    int fetchSize() {
        return Integer.parseInt(get(DriverProperty.FETCH_SIZE));
    }

    PackedReads.Mode readMode() {
        return PackedReads.Mode.of(get(DriverProperty.READ_MODE));
    }

    boolean prefetch() {
        return Boolean.parseBoolean(get(DriverProperty.PREFETCH));
    }

    ZoneId sessionZone() {
        String zone = get(DriverProperty.SESSION_TIME_ZONE);
        return zone == null ? ZoneId.systemDefault() : ZoneId.of(zone);
    }

    Duration seconds(DriverProperty property) {
        return Duration.ofSeconds(Integer.parseInt(get(property)));
    }

    boolean logoutOnClose() {
        return Boolean.parseBoolean(get(DriverProperty.LOGOUT_ON_CLOSE));
    }

    /** The user name shown by {@code getUserName()}: the access key or login name, never a secret. */
    String userName() {
        return get(DriverProperty.USER);
    }

    /** Builds the credentials; missing ones are an authentication error (28000). */
    Credentials credentials() throws SQLException {
        String mode = get(DriverProperty.AUTH_MODE).toLowerCase(Locale.ROOT);
        String user = get(DriverProperty.USER);
        String password = raw(DriverProperty.PASSWORD);
        switch (mode) {
            case "bearer" -> {
                String token = raw(DriverProperty.TOKEN);
                if (token == null || token.isBlank()) {
                    throw new java.sql.SQLInvalidAuthorizationSpecException(
                            "authMode=bearer needs the 'token' property", "28000");
                }
                return new Credentials.Bearer(token.trim(), get(DriverProperty.TOKEN_PROVIDER));
            }
            case "login" -> {
                requireUserAndPassword(user, password, "a user name and password");
                return new Credentials.Login(user, password);
            }
            default -> {
                requireUserAndPassword(user, password, "an access key (user) and secret key (password)");
                return new Credentials.AccessKey(user, password);
            }
        }
    }

    private static void requireUserAndPassword(String user, String password, String what) throws SQLException {
        if (user == null || user.isEmpty() || password == null || password.isEmpty()) {
            throw new java.sql.SQLInvalidAuthorizationSpecException("SEMOSS needs " + what
                    + ": pass them to DriverManager.getConnection(url, user, password)", "28000");
        }
    }

    TransportConfig transportConfig(Credentials credentials) {
        String trustStore = get(DriverProperty.TRUST_STORE);
        String proxyHost = get(DriverProperty.PROXY_HOST);
        TransportConfig.ProxyConfig proxy = proxyHost == null ? null : new TransportConfig.ProxyConfig(proxyHost,
                Integer.parseInt(get(DriverProperty.PROXY_PORT)), get(DriverProperty.PROXY_USER),
                raw(DriverProperty.PROXY_PASSWORD));
        return new TransportConfig(apiBaseUrl, credentials, seconds(DriverProperty.CONNECT_TIMEOUT),
                seconds(DriverProperty.SOCKET_TIMEOUT), trustStore == null ? null : Path.of(trustStore),
                raw(DriverProperty.TRUST_STORE_PASSWORD), get(DriverProperty.TRUST_STORE_TYPE),
                Boolean.parseBoolean(get(DriverProperty.VERIFY_HOSTNAME)), proxy,
                "semoss-jdbc/" + DRIVER_VERSION + " (Java " + System.getProperty("java.version") + ")");
    }

    /** The value a property has in this connection, for {@code getPropertyInfo}; secrets are not returned. */
    String shownValue(DriverProperty property) {
        return property.isSecret() ? null : get(property);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + redactedUrl + "]";
    }
}
