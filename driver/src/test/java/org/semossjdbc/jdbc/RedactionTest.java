package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every secret property, in every spelling the parser takes for it, is hidden by every place that shows a URL or a
 * property: the settings' {@code getURL()} text and {@code toString()}, and the data source's {@code toString()}. Each
 * case first proves that the parser really reads the spelling as the secret property, so a spelling the parser stops
 * accepting fails here instead of silently testing nothing.
 */
class RedactionTest {
    private static final String BASE = "jdbc:semoss:https://host:8443/Monolith/api?database=sales&fetchSize=77";
    private static final String SECRET = "S3cr3t-Value";

    private static List<DriverProperty> secretProperties() {
        return Arrays.stream(DriverProperty.values()).filter(DriverProperty::isSecret).toList();
    }

    /** The spellings of a name that the URL parser decodes to a name {@link DriverProperty#forKey} accepts. */
    static Set<String> urlSpellings(String key) {
        Set<String> spellings = new LinkedHashSet<>(propertiesSpellings(key));
        int middle = key.length() / 2;
        for (String variant : List.of(key, key.toUpperCase(Locale.ROOT))) {
            spellings.add(percentEncode(variant, middle, false));                          // pass%77ord
            spellings.add(percentEncode(variant, middle, true));                           // pass%77ord, upper hex
            spellings.add(percentEncodeAll(variant));                                      // %70%61%73...
        }
        return spellings;
    }

    /** Properties keys are not decoded, only matched ignoring case. */
    static Set<String> propertiesSpellings(String key) {
        String mixed = Character.toUpperCase(key.charAt(0)) + key.substring(1).toLowerCase(Locale.ROOT);
        return new LinkedHashSet<>(List.of(key, key.toLowerCase(Locale.ROOT), key.toUpperCase(Locale.ROOT), mixed));
    }

    private static String percentEncode(String name, int index, boolean upperHex) {
        String hex = Integer.toHexString(name.charAt(index));
        return name.substring(0, index) + "%" + (upperHex ? hex.toUpperCase(Locale.ROOT) : hex)
                + name.substring(index + 1);
    }

    private static String percentEncodeAll(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format("%02X", b));
        }
        return encoded.toString();
    }

    static Stream<Arguments> urlCases() {
        return cases(RedactionTest::urlSpellings);
    }

    static Stream<Arguments> propertiesCases() {
        return cases(RedactionTest::propertiesSpellings);
    }

    private static Stream<Arguments> cases(Function<String, Set<String>> spellings) {
        return secretProperties().stream()
                .flatMap(property -> spellings.apply(property.key()).stream().map(s -> Arguments.of(property, s)));
    }

    @Test
    void everySecretPropertyIsCovered() {
        assertEquals(List.of(DriverProperty.PASSWORD, DriverProperty.TOKEN, DriverProperty.TRUST_STORE_PASSWORD,
                DriverProperty.PROXY_PASSWORD), secretProperties());
        assertTrue(urlCases().count() >= 4 * 8, "spellings per property");
    }

    @ParameterizedTest(name = "{0} as {1} in the URL")
    @MethodSource("urlCases")
    void aSecretInTheUrlIsHiddenInEverySpelling(DriverProperty property, String spelling) throws SQLException {
        String url = BASE + "&" + spelling + "=" + SECRET + "&user=ACCESS";
        ConnectionSettings settings = ConnectionSettings.parse(url, credentialsExcept(property));
        assertEquals(SECRET, settings.get(property), "the parser reads " + spelling + " as " + property.key());

        SemossDataSource dataSource = new SemossDataSource();
        dataSource.setUrl(url);
        for (String shown : List.of(settings.redactedUrl(), settings.toString(), dataSource.toString(),
                Redaction.url(url))) {
            assertFalse(shown.contains(SECRET), shown);
            assertTrue(shown.contains("fetchSize=77") && shown.contains("user=ACCESS"), "the rest stays: " + shown);
        }
        for (DriverPropertyInfo info : new SemossDriver().getPropertyInfo(url, new Properties())) {
            assertFalse(String.valueOf(info.value).contains(SECRET), info.name);
        }
    }

    @ParameterizedTest(name = "{0} as {1} in Properties")
    @MethodSource("propertiesCases")
    void aSecretInPropertiesIsHiddenInEverySpelling(DriverProperty property, String spelling) throws SQLException {
        Properties info = credentialsExcept(property);
        info.setProperty(spelling, SECRET);
        ConnectionSettings settings = ConnectionSettings.parse(BASE, info);
        assertEquals(SECRET, settings.get(property), "the parser reads " + spelling + " as " + property.key());
        assertNull(settings.shownValue(property));
        assertEquals(Redaction.MASK, Redaction.shownValue(spelling, SECRET));

        SemossDataSource dataSource = new SemossDataSource();
        dataSource.setUrl(BASE);
        dataSource.setProperty(spelling, SECRET);
        String shown = dataSource.toString();
        assertFalse(shown.contains(SECRET), shown);
        assertTrue(shown.contains(property.key() + "=" + Redaction.MASK), shown);
    }

    @Test
    void aDataSourceSetterWinsOverAPercentEncodedUrlName() {
        // The data source drops the URL pairs its setters override; it must decode names as the parser does, or the
        // encoded URL password would win over setPassword.
        Properties set = new Properties();
        set.setProperty("password", SECRET);
        assertEquals(BASE + "&user=ACCESS",
                SemossDataSource.withoutQueryKeys(BASE + "&pass%77ord=FROM-URL&user=ACCESS", set));
    }

    @Test
    void namesThatLookSecretAndUndecodableNamesAreRemoved() {
        assertEquals("jdbc:semoss:https://h/api?database=d",
                Redaction.url("jdbc:semoss:https://h/api?database=d&secretKey=x&api%5Ftoken=y&bad%zzname=z"));
    }

    @Test
    void userInfoIsRemoved() {
        assertEquals("jdbc:semoss:https://host/Monolith/api?database=d",
                Redaction.url("jdbc:semoss:https://me:" + SECRET + "@host/Monolith/api?database=d"));
        assertEquals("jdbc:semoss:https://host/a@b", Redaction.url("jdbc:semoss:https://host/a@b"));
    }

    @Test
    void aUrlWithoutSecretsIsShownAsWritten() {
        assertEquals(BASE, Redaction.url(BASE));
        assertEquals("jdbc:semoss:https://host/Monolith/api", Redaction.url("jdbc:semoss:https://host/Monolith/api"));
        assertNull(Redaction.url(null));
    }

    /** User and password (and the token for bearer) set, except the property under test, which the case sets. */
    private static Properties credentialsExcept(DriverProperty property) {
        Properties info = new Properties();
        info.setProperty("user", "ACCESS");
        if (property != DriverProperty.PASSWORD) {
            info.setProperty("password", "not-the-secret-under-test");
        }
        return info;
    }
}
