package org.semossjdbc.reliability;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.semossjdbc.jdbc.SemossDataSource;
import org.semossjdbc.testing.LogCapture;
import org.semossjdbc.testing.ScratchDatabase;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A full driver flow per login mode with the driver's logging at TRACE (java.util.logging FINEST) captured: no secret
 * key, password, bearer token or session cookie in any log line, exception (message, cause, stack trace), warning,
 * {@code toString()} (Connection, Statement, ResultSet, DatabaseMetaData, DataSource, Driver property info) or URL
 * accessor ({@code DatabaseMetaData.getURL()}), even when the secret was written into the URL.
 */
class SecretsHygieneTest {
    private static final String SECTION = "4-secrets";
    private static final String WRONG_SECRET = "Wr0ng-S3cret-Hq4Tz8";

    @RegisterExtension
    static final ReliabilityEnvironment env = ReliabilityEnvironment.extension(ScratchDatabase.Backend.H2);
    private static FaultProxy proxy;

    @BeforeAll
    static void startProxy() {
        proxy = env.proxy();
    }

    /** What must never be shown, including the encoded forms that travel in headers. */
    private static List<String> secrets() {
        List<String> secrets = new ArrayList<>(List.of(ReliabilityEnvironment.SECRET_KEY,
                ReliabilityEnvironment.NATIVE_PASSWORD, ReliabilityEnvironment.BEARER_TOKEN, WRONG_SECRET,
                basic(ReliabilityEnvironment.ACCESS_KEY, ReliabilityEnvironment.SECRET_KEY),
                basic(ReliabilityEnvironment.ACCESS_KEY, WRONG_SECRET),
                java.net.URLEncoder.encode(ReliabilityEnvironment.NATIVE_PASSWORD, StandardCharsets.UTF_8)));
        secrets.addAll(proxy.cookieValuesSet());
        return secrets;
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String urlFor(String mode) {
        String base = env.urlVia(proxy.apiBaseUrl()) + "&authMode=" + mode;
        return switch (mode) {
            // users write secrets into URLs; the driver must still never show them
            case "login" -> base + "&password=" + ReliabilityEnvironment.NATIVE_PASSWORD;
            case "bearer" -> base + "&token=" + ReliabilityEnvironment.BEARER_TOKEN + "&tokenProvider=generic";
            default -> base;
        };
    }

    private static Properties propertiesFor(String mode) {
        Properties properties = new Properties();
        switch (mode) {
            case "login" -> properties.setProperty("user", ReliabilityEnvironment.NATIVE_USER);
            case "bearer" -> {
            }
            default -> {
                properties.setProperty("user", ReliabilityEnvironment.ACCESS_KEY);
                properties.setProperty("password", ReliabilityEnvironment.SECRET_KEY);
            }
        }
        properties.setProperty("trustStorePassword", ReliabilityEnvironment.SECRET_KEY);
        return properties;
    }

    @ParameterizedTest(name = "authMode={0}")
    @ValueSource(strings = {"basic", "login", "bearer"})
    void aFullFlowAtTraceShowsNoSecretAnywhere(String mode) throws Exception {
        List<String> shown = new ArrayList<>();
        List<String> logLines;
        String url = urlFor(mode);
        Properties properties = propertiesFor(mode);
        env.direct("DROP TABLE IF EXISTS S_" + mode);
        try (LogCapture capture = LogCapture.driver()) {
            Driver driver = DriverManager.getDriver(url);
            for (DriverPropertyInfo info : driver.getPropertyInfo(url, properties)) {
                shown.add(info.name + "=" + info.value + " " + info.description);
            }
            try (Connection c = DriverManager.getConnection(url, properties)) {
                DatabaseMetaData meta = c.getMetaData();
                shown.add(c.toString());
                shown.add(meta.getURL());
                shown.add(meta.toString());
                shown.add(String.valueOf(meta.getUserName()));
                shown.add(String.valueOf(c.getClientInfo()));
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE S_" + mode + " (ID INT PRIMARY KEY, V VARCHAR(50))");
                    s.executeUpdate("INSERT INTO S_" + mode + " VALUES (1, 'one')");
                    shown.add(s.toString());
                    collectWarnings(s.getWarnings(), shown);
                    try (PreparedStatement p = c.prepareStatement("INSERT INTO S_" + mode + " VALUES (?, ?)")) {
                        for (int id = 2; id < 5; id++) {
                            p.setInt(1, id);
                            p.setString(2, "v" + id);
                            p.addBatch();
                        }
                        p.executeBatch();
                        shown.add(p.toString());
                    }
                    try (ResultSet rs = s.executeQuery("SELECT * FROM S_" + mode)) {
                        shown.add(rs.toString());
                        while (rs.next()) {
                            rs.getString(2);
                        }
                    }
                    shown.add(trace(assertThrows(SQLException.class, () -> s.executeQuery("SELEC nonsense"))));
                    env.hooks().expireAllSessions(); // the next statement logs in again, with the secret
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM S_" + mode)) {
                        assertTrue(rs.next());
                        assertEquals(4, rs.getInt(1));
                    }
                    proxy.failNextRunPixel(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                            .withBody("<html><body>Error Occurred</body></html>"));
                    shown.add(trace(assertThrows(SQLException.class,
                            () -> s.executeUpdate("INSERT INTO S_" + mode + " VALUES (9, 'x')"))));
                    proxy.failRunPixels(1, 2, aResponse().withStatus(302)
                            .withHeader("Location", "http://localhost:9090/SemossWeb/#!/login"));
                    shown.add(trace(assertThrows(SQLException.class, () -> s.executeQuery("SELECT 1"))));
                    proxy.disarm();
                }
            }
            if (mode.equals("basic")) {
                Properties wrong = propertiesFor(mode);
                wrong.setProperty("password", WRONG_SECRET);
                shown.add(trace(assertThrows(SQLException.class, () -> DriverManager.getConnection(url, wrong))));
            }
            logLines = capture.lines();
        }
        List<String> leaks = leaks(shown, logLines);
        ReliabilitySummary.row(SECTION, "flow " + mode, "Full flow, authMode=" + mode + ": " + logLines.size()
                        + " log lines at FINEST, " + shown.size() + " messages/toString/URL values checked",
                leaks.isEmpty() ? "no secret found" : "LEAKS: " + leaks.size());
        assertFalse(proxy.cookieValuesSet().isEmpty(), "session cookies were issued and are among the secrets");
        assertTrue(logLines.size() >= 10, "the driver logs at TRACE, so there is something to check: "
                + logLines.size());
        assertTrue(leaks.isEmpty(), "secrets shown in: " + leaks);
    }

    @Test
    void getUrlAndToStringDropSecretsWrittenIntoTheUrl() throws Exception {
        String url = env.urlVia(proxy.apiBaseUrl()) + "&password=" + ReliabilityEnvironment.SECRET_KEY
                + "&user=" + ReliabilityEnvironment.ACCESS_KEY + "&trustStorePassword=" + WRONG_SECRET
                + "&fetchSize=100";
        try (Connection c = DriverManager.getConnection(url)) {
            String shownUrl = c.getMetaData().getURL();
            assertTrue(shownUrl.startsWith("jdbc:semoss:http://127.0.0.1:"), shownUrl);
            assertTrue(shownUrl.contains("fetchSize=100"), "harmless properties stay: " + shownUrl);
            List<String> leaks = leaks(List.of(shownUrl, c.toString()), List.of());
            ReliabilitySummary.row(SECTION, "url", "getURL()/toString() of a URL carrying password and "
                    + "trustStorePassword", leaks.isEmpty() ? "both removed" : "LEAKS: " + leaks);
            assertTrue(leaks.isEmpty(), leaks.toString());
        }
    }

    @Test
    void aDataSourceShowsNoSecretInToString() throws Exception {
        Class<?> type = null;
        for (String name : new String[]{"org.semossjdbc.jdbc.SemossDataSource", "org.semossjdbc.SemossDataSource"}) {
            try {
                type = Class.forName(name);
                break;
            } catch (ClassNotFoundException e) {
                // try the next place
            }
        }
        ReliabilitySummary.row(SECTION, "datasource", "DataSource.toString()",
                type == null ? "NO DataSource class in the driver" : "checked");
        assertNotNull(type, "the driver has no javax.sql.DataSource (org.semossjdbc.jdbc.SemossDataSource)");
        Object dataSource = type.getConstructor().newInstance();
        invokeSetter(dataSource, "setUrl", env.url());
        invokeSetter(dataSource, "setUser", ReliabilityEnvironment.ACCESS_KEY);
        invokeSetter(dataSource, "setPassword", ReliabilityEnvironment.SECRET_KEY);
        String text = dataSource.toString();
        assertFalse(text.contains(ReliabilityEnvironment.SECRET_KEY), text);
        try (Connection c = ((javax.sql.DataSource) dataSource).getConnection()) {
            assertFalse(c.toString().contains(ReliabilityEnvironment.SECRET_KEY));
        }
    }

    /**
     * The parser decodes property names, so {@code pass%77ord} is the password: the login succeeds with it. Every place
     * that shows the URL (data source, connection, getURL, the log) must then hide it too.
     */
    @Test
    void aPercentEncodedSecretNameIsHiddenEverywhere() throws Exception {
        String url = env.url() + "&USER=" + ReliabilityEnvironment.ACCESS_KEY + "&pass%77ord="
                + ReliabilityEnvironment.SECRET_KEY + "&%74rustStorePassword=" + WRONG_SECRET;
        List<String> shown = new ArrayList<>();
        List<String> logLines;
        try (LogCapture capture = LogCapture.driver()) {
            SemossDataSource dataSource = new SemossDataSource();
            dataSource.setUrl(url);
            shown.add(dataSource.toString());
            try (Connection c = dataSource.getConnection()) {
                shown.add(c.toString());
                shown.add(c.getMetaData().getURL());
            }
            try (Connection c = DriverManager.getConnection(url)) {
                shown.add(c.toString());
                shown.add(c.getMetaData().getURL());
            }
            logLines = capture.lines();
        }
        List<String> leaks = leaks(shown, logLines);
        ReliabilitySummary.row(SECTION, "encoded names", "pass%77ord and %74rustStorePassword in the URL: "
                        + "DataSource/Connection toString, getURL, log",
                leaks.isEmpty() ? "no secret found" : "LEAKS: " + leaks);
        assertTrue(leaks.isEmpty(), leaks.toString());
    }

    private static void invokeSetter(Object target, String name, String value) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equalsIgnoreCase(name) && method.getParameterCount() == 1
                    && method.getParameterTypes()[0] == String.class) {
                method.invoke(target, value);
                return;
            }
        }
        fail(target.getClass().getName() + " has no " + name + "(String)");
    }

    private static void collectWarnings(SQLWarning warning, List<String> shown) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            shown.add(trace(w));
        }
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static List<String> leaks(List<String> shown, List<String> logLines) {
        List<String> leaks = new ArrayList<>();
        List<String> secrets = secrets();
        assertFalse(secrets.isEmpty());
        for (String text : shown) {
            check(text, "shown value", secrets, leaks);
        }
        for (String line : logLines) {
            check(line, "log line", secrets, leaks);
        }
        return leaks;
    }

    private static void check(String text, String where, List<String> secrets, List<String> leaks) {
        for (int i = 0; i < secrets.size(); i++) {
            if (text != null && text.contains(secrets.get(i))) {
                // name the kind of secret and where, never the secret itself
                leaks.add(where + " holds secret #" + i + ": " + text.substring(0, Math.min(60, text.indexOf(
                        secrets.get(i)))).replace('\n', ' ') + "...");
            }
        }
    }
}
