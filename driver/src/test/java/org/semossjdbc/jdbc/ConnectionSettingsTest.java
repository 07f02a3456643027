package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;
import org.semossjdbc.transport.Credentials;

import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionSettingsTest {
    private static final String URL = "jdbc:semoss:https://host:8443/Monolith/api/?database=sales&fetchSize=500";

    private static Properties keys() {
        Properties p = new Properties();
        p.setProperty("user", "ACCESS");
        p.setProperty("password", "SECRET-KEY");
        return p;
    }

    @Test
    void parsesBaseUrlAndProperties() throws SQLException {
        ConnectionSettings s = ConnectionSettings.parse(URL, keys());
        assertEquals("https://host:8443/Monolith/api", s.apiBaseUrl().toString());
        assertEquals("sales", s.database());
        assertEquals(500, s.fetchSize());
        assertTrue(s.exactUpdateCounts());
        assertInstanceOf(Credentials.AccessKey.class, s.credentials());
    }

    @Test
    void secretsNeverShow() throws SQLException {
        ConnectionSettings s = ConnectionSettings.parse(URL + "&password=TOP-SECRET&token=TKN&proxyPassword=PP",
                new Properties());
        assertFalse(s.redactedUrl().contains("TOP-SECRET"));
        assertFalse(s.redactedUrl().contains("TKN"));
        assertFalse(s.redactedUrl().contains("PP"));
        assertFalse(s.toString().contains("TOP-SECRET"));
        assertTrue(s.redactedUrl().startsWith("jdbc:semoss:https://host:8443/Monolith/api?database=sales"));
        SQLException e = assertThrows(SQLException.class,
                () -> ConnectionSettings.parse(URL + "&fetchSize=-3&password=TOP-SECRET", new Properties()));
        assertFalse(e.getMessage().contains("TOP-SECRET"));
    }

    @Test
    void urlParametersOverrideProperties() throws SQLException {
        Properties p = keys();
        p.setProperty("fetchSize", "7");
        assertEquals(500, ConnectionSettings.parse(URL, p).fetchSize());
    }

    @Test
    void malformedUrlsAre08001() {
        for (String bad : new String[]{"jdbc:semoss:", "jdbc:semoss:ftp://h/x?database=a", "jdbc:semoss:https:///x",
                "jdbc:semoss:http://h/api?database=a#frag", "jdbc:semoss:http://u:p@h/api?database=a",
                "jdbc:semoss:http://h/api", "jdbc:semoss:http://h/a pi?database=x"}) {
            SQLException e = assertThrows(SQLException.class, () -> ConnectionSettings.parse(bad, keys()), bad);
            assertEquals("08001", e.getSQLState(), bad);
        }
    }

    @Test
    void malformedValuesAre22023() {
        for (String bad : new String[]{"fetchSize=abc", "fetchSize=0", "updateCounts=maybe", "authMode=kerberos",
                "sessionTimeZone=Mars/Base", "connectTimeout=-1", "verifyHostname=yes", "dialect=oracle",
                "database=a%22b"}) {
            SQLException e = assertThrows(SQLException.class,
                    () -> ConnectionSettings.parse("jdbc:semoss:http://h/api?database=x&" + bad, keys()), bad);
            assertEquals("22023", e.getSQLState(), bad);
        }
    }

    @Test
    void unknownPropertiesBecomeWarnings() throws SQLException {
        Properties p = keys();
        p.setProperty("applicationName", "DBeaver");
        ConnectionSettings s = ConnectionSettings.parse(URL + "&sslmode=require", p);
        assertEquals(2, s.warnings().size());
        assertTrue(s.warnings().stream().anyMatch(w -> w.contains("sslmode")));
    }

    @Test
    void missingCredentialsAre28000() throws SQLException {
        ConnectionSettings s = ConnectionSettings.parse(URL, new Properties());
        assertEquals("28000", assertThrows(SQLException.class, s::credentials).getSQLState());
        ConnectionSettings bearer = ConnectionSettings.parse(URL + "&authMode=bearer", new Properties());
        assertEquals("28000", assertThrows(SQLException.class, bearer::credentials).getSQLState());
    }

    @Test
    void driverListsEveryPropertyWithoutSecrets() throws SQLException {
        DriverPropertyInfo[] infos = new SemossDriver().getPropertyInfo(URL + "&password=HIDDEN", keys());
        assertEquals(DriverProperty.values().length, infos.length);
        for (DriverPropertyInfo info : infos) {
            assertNotNull(info.description);
            assertFalse("HIDDEN".equals(info.value));
        }
        DriverPropertyInfo mode = Arrays.stream(infos).filter(i -> i.name.equals("authMode")).findFirst().orElseThrow();
        assertEquals(3, mode.choices.length);
        DriverPropertyInfo password = Arrays.stream(infos).filter(i -> i.name.equals("password")).findFirst()
                .orElseThrow();
        assertNull(password.value);
    }

    @Test
    void registeredThroughTheServiceLoader() throws SQLException {
        boolean found = false;
        for (java.sql.Driver driver : java.util.ServiceLoader.load(java.sql.Driver.class)) {
            found |= driver instanceof SemossDriver;
        }
        assertTrue(found, "META-INF/services/java.sql.Driver names SemossDriver");
        assertInstanceOf(SemossDriver.class, java.sql.DriverManager.getDriver("jdbc:semoss:http://h/api"));
    }

    @Test
    void acceptsOnlySemossUrls() {
        SemossDriver driver = new SemossDriver();
        assertTrue(driver.acceptsURL("jdbc:semoss:http://h/api"));
        assertFalse(driver.acceptsURL("jdbc:postgresql://h/db"));
        assertFalse(driver.acceptsURL(null));
    }
}
