package org.semossjdbc.jdbc;

import java.io.PrintWriter;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Properties;
import java.util.StringJoiner;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A {@link DataSource} for SEMOSS databases: a JavaBean with the URL ({@link #setUrl}) and one setter and getter per
 * connection property of {@link DriverProperty} (a test keeps them in step), so that HikariCP
 * ({@code dataSourceClassName=org.semossjdbc.jdbc.SemossDataSource} with {@code dataSource.url},
 * {@code dataSource.database}, ...), Spring or an application server can configure it. Properties set on the bean
 * override the same query parameters of the URL.
 *
 * <pre>{@code
 * SemossDataSource ds = new SemossDataSource();
 * ds.setUrl("jdbc:semoss:https://host/Monolith/api");
 * ds.setDatabase("sales");
 * ds.setUser(accessKey);
 * ds.setPassword(secretKey);
 * try (Connection c = ds.getConnection()) { ... }
 * }</pre>
 *
 * <p>Every {@code getConnection} logs in anew and returns an independent connection; pool them with HikariCP or
 * another pool. It is no {@code ConnectionPoolDataSource}: a SEMOSS connection holds no server state worth reusing
 * beyond its HTTP session, current pools wrap a plain DataSource, and pooled-connection events would add nothing a
 * pool does not already do.
 *
 * <p>Serializable (configuration only; the log writer is not kept). Setters are not synchronized: configure the bean
 * before sharing it. {@link #toString()} shows no secret.
 */
public class SemossDataSource implements DataSource, Serializable {
    private static final long serialVersionUID = 1L;

    private String url;
    private final Properties properties = new Properties();
    private int loginTimeoutSeconds;
    private transient PrintWriter logWriter;

    /** An unconfigured data source: set at least {@link #setUrl url} and {@link #setDatabase database}. */
    public SemossDataSource() {
        // a JavaBean: configured through setters
    }

    /**
     * The {@code jdbc:semoss:<API base URL>} URL, optionally with query parameters such as {@code ?database=sales};
     * a plain API base URL ({@code https://...}) is accepted too.
     */
    public void setUrl(String url) {
        this.url = url != null && !ConnectionSettings.accepts(url) ? ConnectionSettings.PREFIX + url : url;
    }

    /** The URL as set (with {@code jdbc:semoss:} added when it was missing). */
    public String getUrl() {
        return url;
    }

    /** Sets a connection property by its {@link DriverProperty#key() key}; an unknown key is refused at once. */
    public void setProperty(String key, String value) {
        DriverProperty property = DriverProperty.forKey(key);
        if (property == null) {
            throw new IllegalArgumentException("Unknown semoss-jdbc connection property: " + key);
        }
        put(property, value);
    }

    /** The value of a connection property by key: the one set, else its default; null when neither exists. */
    public String getProperty(String key) {
        DriverProperty property = DriverProperty.forKey(key);
        return property == null ? null : value(property);
    }

    private void put(DriverProperty property, String value) {
        if (value == null) {
            properties.remove(property.key());
        } else {
            properties.setProperty(property.key(), value);
        }
    }

    private String value(DriverProperty property) {
        String value = properties.getProperty(property.key());
        return value == null ? property.defaultValue() : value;
    }

    /** Logs in with the configured user and password (access key and secret key by default). */
    @Override
    public Connection getConnection() throws SQLException {
        return connect(properties);
    }

    /** Logs in with {@code user} and {@code password} instead of the configured ones. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        Properties merged = new Properties();
        merged.putAll(properties);
        if (user != null) {
            merged.setProperty(DriverProperty.USER.key(), user);
        }
        if (password != null) {
            merged.setProperty(DriverProperty.PASSWORD.key(), password);
        }
        return connect(merged);
    }

    private Connection connect(Properties info) throws SQLException {
        if (url == null) {
            throw new SQLNonTransientConnectionException("SemossDataSource needs a URL: call "
                    + "setUrl(\"jdbc:semoss:https://host/Monolith/api\")", "08001");
        }
        Properties effective = new Properties();
        effective.putAll(info);
        if (loginTimeoutSeconds > 0 && !info.containsKey(DriverProperty.CONNECT_TIMEOUT.key())) {
            effective.setProperty(DriverProperty.CONNECT_TIMEOUT.key(), Integer.toString(loginTimeoutSeconds));
        }
        // ConnectionSettings prefers URL query parameters; on a bean the setters must win, so overridden ones go.
        return SemossConnection.open(ConnectionSettings.parse(withoutQueryKeys(url, effective), effective));
    }

    private static String withoutQueryKeys(String url, Properties info) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            DriverProperty property = DriverProperty.forKey(eq < 0 ? pair : pair.substring(0, eq));
            if (!pair.isEmpty() && (property == null || !info.containsKey(property.key()))) {
                kept.add(pair);
            }
        }
        return url.substring(0, q) + (kept.length() == 0 ? "" : "?" + kept);
    }

    /** {@code database}: see {@link DriverProperty#DATABASE}. */
    public String getDatabase() {
        return value(DriverProperty.DATABASE);
    }

    /** {@code database}: see {@link DriverProperty#DATABASE}; null removes it. */
    public void setDatabase(String value) {
        put(DriverProperty.DATABASE, value);
    }

    /** {@code user}: see {@link DriverProperty#USER}. */
    public String getUser() {
        return value(DriverProperty.USER);
    }

    /** {@code user}: see {@link DriverProperty#USER}; null removes it. */
    public void setUser(String value) {
        put(DriverProperty.USER, value);
    }

    /** {@code password}: see {@link DriverProperty#PASSWORD}. */
    public String getPassword() {
        return value(DriverProperty.PASSWORD);
    }

    /** {@code password}: see {@link DriverProperty#PASSWORD}; null removes it. */
    public void setPassword(String value) {
        put(DriverProperty.PASSWORD, value);
    }

    /** {@code authMode}: see {@link DriverProperty#AUTH_MODE}. */
    public String getAuthMode() {
        return value(DriverProperty.AUTH_MODE);
    }

    /** {@code authMode}: see {@link DriverProperty#AUTH_MODE}; null removes it. */
    public void setAuthMode(String value) {
        put(DriverProperty.AUTH_MODE, value);
    }

    /** {@code token}: see {@link DriverProperty#TOKEN}. */
    public String getToken() {
        return value(DriverProperty.TOKEN);
    }

    /** {@code token}: see {@link DriverProperty#TOKEN}; null removes it. */
    public void setToken(String value) {
        put(DriverProperty.TOKEN, value);
    }

    /** {@code tokenProvider}: see {@link DriverProperty#TOKEN_PROVIDER}. */
    public String getTokenProvider() {
        return value(DriverProperty.TOKEN_PROVIDER);
    }

    /** {@code tokenProvider}: see {@link DriverProperty#TOKEN_PROVIDER}; null removes it. */
    public void setTokenProvider(String value) {
        put(DriverProperty.TOKEN_PROVIDER, value);
    }

    /** {@code dialect}: see {@link DriverProperty#DIALECT}. */
    public String getDialect() {
        return value(DriverProperty.DIALECT);
    }

    /** {@code dialect}: see {@link DriverProperty#DIALECT}; null removes it. */
    public void setDialect(String value) {
        put(DriverProperty.DIALECT, value);
    }

    /** {@code updateCounts}: see {@link DriverProperty#UPDATE_COUNTS}. */
    public String getUpdateCounts() {
        return value(DriverProperty.UPDATE_COUNTS);
    }

    /** {@code updateCounts}: see {@link DriverProperty#UPDATE_COUNTS}; null removes it. */
    public void setUpdateCounts(String value) {
        put(DriverProperty.UPDATE_COUNTS, value);
    }

    /** {@code transactions}: see {@link DriverProperty#TRANSACTIONS}. */
    public String getTransactions() {
        return value(DriverProperty.TRANSACTIONS);
    }

    /** {@code transactions}: see {@link DriverProperty#TRANSACTIONS}; null removes it. */
    public void setTransactions(String value) {
        put(DriverProperty.TRANSACTIONS, value);
    }

    /** {@code productName}: see {@link DriverProperty#PRODUCT_NAME}. */
    public String getProductName() {
        return value(DriverProperty.PRODUCT_NAME);
    }

    /** {@code productName}: see {@link DriverProperty#PRODUCT_NAME}; null removes it. */
    public void setProductName(String value) {
        put(DriverProperty.PRODUCT_NAME, value);
    }

    /** {@code fetchSize}: see {@link DriverProperty#FETCH_SIZE}. */
    public int getFetchSize() {
        return Integer.parseInt(value(DriverProperty.FETCH_SIZE));
    }

    /** {@code fetchSize}: see {@link DriverProperty#FETCH_SIZE}. */
    public void setFetchSize(int value) {
        put(DriverProperty.FETCH_SIZE, Integer.toString(value));
    }

    /** {@code prefetch}: see {@link DriverProperty#PREFETCH}. */
    public boolean isPrefetch() {
        return Boolean.parseBoolean(value(DriverProperty.PREFETCH));
    }

    /** {@code prefetch}: see {@link DriverProperty#PREFETCH}. */
    public void setPrefetch(boolean value) {
        put(DriverProperty.PREFETCH, Boolean.toString(value));
    }

    /** {@code readMode}: see {@link DriverProperty#READ_MODE}. */
    public String getReadMode() {
        return value(DriverProperty.READ_MODE);
    }

    /** {@code readMode}: see {@link DriverProperty#READ_MODE}; null restores the default. */
    public void setReadMode(String value) {
        put(DriverProperty.READ_MODE, value);
    }

    /** {@code sessionTimeZone}: see {@link DriverProperty#SESSION_TIME_ZONE}. */
    public String getSessionTimeZone() {
        return value(DriverProperty.SESSION_TIME_ZONE);
    }

    /** {@code sessionTimeZone}: see {@link DriverProperty#SESSION_TIME_ZONE}; null removes it. */
    public void setSessionTimeZone(String value) {
        put(DriverProperty.SESSION_TIME_ZONE, value);
    }

    /** {@code connectTimeout}: see {@link DriverProperty#CONNECT_TIMEOUT}. */
    public int getConnectTimeout() {
        return Integer.parseInt(value(DriverProperty.CONNECT_TIMEOUT));
    }

    /** {@code connectTimeout}: see {@link DriverProperty#CONNECT_TIMEOUT}. */
    public void setConnectTimeout(int value) {
        put(DriverProperty.CONNECT_TIMEOUT, Integer.toString(value));
    }

    /** {@code socketTimeout}: see {@link DriverProperty#SOCKET_TIMEOUT}. */
    public int getSocketTimeout() {
        return Integer.parseInt(value(DriverProperty.SOCKET_TIMEOUT));
    }

    /** {@code socketTimeout}: see {@link DriverProperty#SOCKET_TIMEOUT}. */
    public void setSocketTimeout(int value) {
        put(DriverProperty.SOCKET_TIMEOUT, Integer.toString(value));
    }

    /** {@code queryTimeout}: see {@link DriverProperty#QUERY_TIMEOUT}. */
    public int getQueryTimeout() {
        return Integer.parseInt(value(DriverProperty.QUERY_TIMEOUT));
    }

    /** {@code queryTimeout}: see {@link DriverProperty#QUERY_TIMEOUT}. */
    public void setQueryTimeout(int value) {
        put(DriverProperty.QUERY_TIMEOUT, Integer.toString(value));
    }

    /** {@code trustStore}: see {@link DriverProperty#TRUST_STORE}. */
    public String getTrustStore() {
        return value(DriverProperty.TRUST_STORE);
    }

    /** {@code trustStore}: see {@link DriverProperty#TRUST_STORE}; null removes it. */
    public void setTrustStore(String value) {
        put(DriverProperty.TRUST_STORE, value);
    }

    /** {@code trustStorePassword}: see {@link DriverProperty#TRUST_STORE_PASSWORD}. */
    public String getTrustStorePassword() {
        return value(DriverProperty.TRUST_STORE_PASSWORD);
    }

    /** {@code trustStorePassword}: see {@link DriverProperty#TRUST_STORE_PASSWORD}; null removes it. */
    public void setTrustStorePassword(String value) {
        put(DriverProperty.TRUST_STORE_PASSWORD, value);
    }

    /** {@code trustStoreType}: see {@link DriverProperty#TRUST_STORE_TYPE}. */
    public String getTrustStoreType() {
        return value(DriverProperty.TRUST_STORE_TYPE);
    }

    /** {@code trustStoreType}: see {@link DriverProperty#TRUST_STORE_TYPE}; null removes it. */
    public void setTrustStoreType(String value) {
        put(DriverProperty.TRUST_STORE_TYPE, value);
    }

    /** {@code verifyHostname}: see {@link DriverProperty#VERIFY_HOSTNAME}. */
    public boolean isVerifyHostname() {
        return Boolean.parseBoolean(value(DriverProperty.VERIFY_HOSTNAME));
    }

    /** {@code verifyHostname}: see {@link DriverProperty#VERIFY_HOSTNAME}. */
    public void setVerifyHostname(boolean value) {
        put(DriverProperty.VERIFY_HOSTNAME, Boolean.toString(value));
    }

    /** {@code proxyHost}: see {@link DriverProperty#PROXY_HOST}. */
    public String getProxyHost() {
        return value(DriverProperty.PROXY_HOST);
    }

    /** {@code proxyHost}: see {@link DriverProperty#PROXY_HOST}; null removes it. */
    public void setProxyHost(String value) {
        put(DriverProperty.PROXY_HOST, value);
    }

    /** {@code proxyPort}: see {@link DriverProperty#PROXY_PORT}. */
    public int getProxyPort() {
        return Integer.parseInt(value(DriverProperty.PROXY_PORT));
    }

    /** {@code proxyPort}: see {@link DriverProperty#PROXY_PORT}. */
    public void setProxyPort(int value) {
        put(DriverProperty.PROXY_PORT, Integer.toString(value));
    }

    /** {@code proxyUser}: see {@link DriverProperty#PROXY_USER}. */
    public String getProxyUser() {
        return value(DriverProperty.PROXY_USER);
    }

    /** {@code proxyUser}: see {@link DriverProperty#PROXY_USER}; null removes it. */
    public void setProxyUser(String value) {
        put(DriverProperty.PROXY_USER, value);
    }

    /** {@code proxyPassword}: see {@link DriverProperty#PROXY_PASSWORD}. */
    public String getProxyPassword() {
        return value(DriverProperty.PROXY_PASSWORD);
    }

    /** {@code proxyPassword}: see {@link DriverProperty#PROXY_PASSWORD}; null removes it. */
    public void setProxyPassword(String value) {
        put(DriverProperty.PROXY_PASSWORD, value);
    }

    /** {@code logoutOnClose}: see {@link DriverProperty#LOGOUT_ON_CLOSE}. */
    public boolean isLogoutOnClose() {
        return Boolean.parseBoolean(value(DriverProperty.LOGOUT_ON_CLOSE));
    }

    /** {@code logoutOnClose}: see {@link DriverProperty#LOGOUT_ON_CLOSE}. */
    public void setLogoutOnClose(boolean value) {
        put(DriverProperty.LOGOUT_ON_CLOSE, Boolean.toString(value));
    }

    /** The log writer set by the application; the driver itself logs through SLF4J or java.util.logging. */
    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    /** Kept for {@link #getLogWriter()} (JDBC requires the pair); the driver does not write to it. */
    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    /**
     * Bounds connect and login: used as {@code connectTimeout} unless that property is set. Zero: the property (default
     * 10 seconds) applies.
     */
    @Override
    public void setLoginTimeout(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("seconds must be >= 0");
        }
        this.loginTimeoutSeconds = seconds;
    }

    /** The login timeout set, in seconds (0: the connectTimeout property applies). */
    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    /** The java.util.logging logger {@code org.semossjdbc}, parent of the driver's loggers. */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return Logger.getLogger("org.semossjdbc");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return Wrappers.unwrap(this, iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }

    /** The URL without secret query parameters, and the properties set with secrets masked. */
    @Override
    public String toString() {
        StringJoiner shown = new StringJoiner(", ", "SemossDataSource[", "]");
        shown.add("url=" + (url == null ? null : redacted(url)));
        for (String key : new java.util.TreeSet<>(properties.stringPropertyNames())) {
            shown.add(key + "=" + (DriverProperty.isSecretKey(key) ? "****" : properties.getProperty(key)));
        }
        return shown.toString();
    }

    private static String redacted(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return url;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            kept.add(DriverProperty.isSecretKey(key) ? key + "=****" : pair);
        }
        return url.substring(0, q) + "?" + kept;
    }
}
