package org.semossjdbc.jdbc;

import java.sql.DriverPropertyInfo;
import java.util.Locale;

/**
 * Every connection property the driver understands: the single source for parsing, validation,
 * {@code Driver.getPropertyInfo} and the README's property table. Properties may be given as URL query parameters or
 * in the {@code Properties} passed to {@code connect}; names are matched case-insensitively.
 */
public enum DriverProperty {
    /** The engine to use. */
    DATABASE("database", null, true, false, Kind.TEXT,
            "Engine id (UUID) or name of the SEMOSS database to use"),
    /** Access key, or the user name with authMode=login. */
    USER("user", null, false, false, Kind.TEXT,
            "Access key (authMode=basic) or native user name (authMode=login)"),
    /** Secret key or password. */
    PASSWORD("password", null, false, true, Kind.TEXT,
            "Secret key (authMode=basic) or native password (authMode=login)"),
    /** How the driver logs in. */
    AUTH_MODE("authMode", "basic", false, false, Kind.CHOICE,
            "basic: access key pair as HTTP Basic; login: native user/password through /auth/login; "
                    + "bearer: an OAuth bearer token", "basic", "login", "bearer"),
    /** Bearer token. */
    TOKEN("token", null, false, true, Kind.TEXT, "Bearer token (authMode=bearer)"),
    /** Bearer provider. */
    TOKEN_PROVIDER("tokenProvider", null, false, false, Kind.TEXT,
            "Bearer-Provider header (google, github, keycloak, okta, generic, ...); optional"),
    /** Overrides the dialect derived from the engine's subtype. */
    DIALECT("dialect", "auto", false, false, Kind.CHOICE,
            "SQL dialect; auto derives it from the engine's database_subtype", "auto", "h2", "postgresql",
            "mariadb", "generic"),
    /** How update counts are obtained. */
    UPDATE_COUNTS("updateCounts", "exact", false, false, Kind.CHOICE,
            "exact: data-changing statements run in their dialect's counting form when the user holds OWNER/EDIT "
                    + "(exact counts); audited: every write goes through ExecQuery (count unknown, "
                    + "SUCCESS_NO_INFO)", "exact", "audited"),
    /** What setAutoCommit(false), commit() and rollback() do. */
    TRANSACTIONS("transactions", "lenient", false, false, Kind.CHOICE,
            "lenient: setAutoCommit(false), commit() and rollback() succeed and warn that SEMOSS committed every "
                    + "statement on its own; strict: they throw SQLFeatureNotSupportedException", "lenient", "strict"),
    /** What getDatabaseProductName() answers. */
    PRODUCT_NAME("productName", "backend", false, false, Kind.CHOICE,
            "backend: DatabaseMetaData reports the engine's database (H2, PostgreSQL, MariaDB), whose SQL the "
                    + "statements are, with SEMOSS in the product version; semoss: it reports SEMOSS",
            "backend", "semoss"),
    /** Rows per page. */
    FETCH_SIZE("fetchSize", "2000", false, false, Kind.INTEGER,
            "Rows fetched per request when the statement sets no fetch size (1-100000)"),
    /** Background fetch of the next page. */
    PREFETCH("prefetch", "true", false, false, Kind.BOOLEAN,
            "Fetch a result's next page in the background while the application reads the current one (from "
                    + "half-way through the first page)"),
    /** How query rows are fetched: packed by the database, or rendered by SEMOSS. */
    READ_MODE("readMode", "auto", false, false, Kind.CHOICE,
            "auto: queries the driver can show it reads identically are packed into JSON by the database (exact "
                    + "DECIMAL, TIMESTAMP fractions and bytes; faster on large results), others read plain; packed: "
                    + "the same, also for results auto would read plain; plain: SEMOSS renders every value",
            "auto", "packed", "plain"),
    /** Zone of local date/time values. */
    SESSION_TIME_ZONE("sessionTimeZone", null, false, false, Kind.ZONE,
            "Zone in which java.sql.Date/Time/Timestamp values are written and read as local values "
                    + "(default: the JVM's zone)"),
    /** TCP/TLS connect timeout. */
    CONNECT_TIMEOUT("connectTimeout", "10", false, false, Kind.SECONDS,
            "Connect timeout in seconds (0 = none); also bounds the login in getConnection"),
    /** Read timeout. */
    SOCKET_TIMEOUT("socketTimeout", "0", false, false, Kind.SECONDS,
            "Longest silence while reading a response, in seconds (0 = none)"),
    /** Default query timeout. */
    QUERY_TIMEOUT("queryTimeout", "0", false, false, Kind.SECONDS,
            "Default Statement query timeout in seconds, bounding the whole call (0 = none)"),
    /** Trust store path. */
    TRUST_STORE("trustStore", null, false, false, Kind.TEXT,
            "PEM, JKS or PKCS12 file with the certificates to trust instead of the JVM's"),
    /** Trust store password. */
    TRUST_STORE_PASSWORD("trustStorePassword", null, false, true, Kind.TEXT, "Password of a JKS/PKCS12 trust store"),
    /** Trust store type. */
    TRUST_STORE_TYPE("trustStoreType", null, false, false, Kind.CHOICE,
            "Trust store type; guessed from the file name when absent", "PEM", "JKS", "PKCS12"),
    /** Host name verification. */
    VERIFY_HOSTNAME("verifyHostname", "true", false, false, Kind.BOOLEAN,
            "Verify that the server's certificate matches its host name", "true", "false"),
    /** Proxy host. */
    PROXY_HOST("proxyHost", null, false, false, Kind.TEXT, "HTTP proxy host"),
    /** Proxy port. */
    PROXY_PORT("proxyPort", "8080", false, false, Kind.INTEGER, "HTTP proxy port"),
    /** Proxy user. */
    PROXY_USER("proxyUser", null, false, false, Kind.TEXT, "HTTP proxy user"),
    /** Proxy password. */
    PROXY_PASSWORD("proxyPassword", null, false, true, Kind.TEXT, "HTTP proxy password"),
    /** Logout on close. */
    LOGOUT_ON_CLOSE("logoutOnClose", "true", false, false, Kind.BOOLEAN,
            "End the server session (logout) when the connection closes", "true", "false");

    /** The value shape, which drives validation. */
    enum Kind { TEXT, CHOICE, INTEGER, SECONDS, BOOLEAN, ZONE }

    private final String key;
    private final String defaultValue;
    private final boolean required;
    private final boolean secret;
    private final Kind kind;
    private final String description;
    private final String[] choices;

    DriverProperty(String key, String defaultValue, boolean required, boolean secret, Kind kind, String description,
                   String... choices) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.required = required;
        this.secret = secret;
        this.kind = kind;
        this.description = description;
        this.choices = choices;
    }

    /** The property name as written in URLs and Properties. */
    public String key() {
        return key;
    }

    /** The default value, or null. */
    public String defaultValue() {
        return defaultValue;
    }

    /** Whether the value is a secret: never logged, shown or kept in {@code getURL()}. */
    public boolean isSecret() {
        return secret;
    }

    /** Whether a connection needs this property. */
    public boolean isRequired() {
        return required;
    }

    /** A sentence for users. */
    public String description() {
        return description;
    }

    /** The allowed values, empty when free. */
    public String[] choices() {
        return choices.clone();
    }

    Kind kind() {
        return kind;
    }

    /** The smallest value an INTEGER or SECONDS property accepts. */
    int minimum() {
        return this == FETCH_SIZE || this == PROXY_PORT ? 1 : 0;
    }

    /** The largest value an INTEGER or SECONDS property accepts. */
    int maximum() {
        return switch (this) {
            case FETCH_SIZE -> 100_000;
            case PROXY_PORT -> 65_535;
            default -> Integer.MAX_VALUE;
        };
    }

    /** The property for a key (case-insensitive), or null. */
    public static DriverProperty forKey(String key) {
        for (DriverProperty property : values()) {
            if (property.key.equalsIgnoreCase(key)) {
                return property;
            }
        }
        return null;
    }

    /** Whether a URL query parameter of this name must be removed before showing the URL. */
    static boolean isSecretKey(String key) {
        DriverProperty property = forKey(key);
        if (property != null) {
            return property.secret;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("token");
    }

    DriverPropertyInfo toInfo(String currentValue) {
        DriverPropertyInfo info = new DriverPropertyInfo(key, secret ? null : currentValue);
        info.description = description + (defaultValue == null ? "" : " (default: " + defaultValue + ")");
        info.required = required;
        info.choices = choices.length == 0 ? null : choices.clone();
        return info;
    }
}
