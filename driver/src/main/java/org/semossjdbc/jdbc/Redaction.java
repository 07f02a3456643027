package org.semossjdbc.jdbc;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The driver's one way of hiding secrets before a URL or a property is shown: {@code toString()} of the data source,
 * connection and settings, {@code DatabaseMetaData.getURL()} and every log line. A query parameter is a secret when its
 * name, decoded exactly as {@link QueryParameters} decodes it for the parser, is a secret {@link DriverProperty} in
 * any letter case, or merely looks like one (contains password, secret or token).
 */
final class Redaction {
    /** What a secret value is shown as. */
    static final String MASK = "****";

    private Redaction() {
    }

    /**
     * Whether a property of this (decoded) name must never be shown. A name the parser would not recognise but that
     * looks secret counts too: it may be a misspelt password.
     */
    static boolean isSecretName(String name) {
        DriverProperty property = DriverProperty.forKey(name);
        if (property != null) {
            return property.isSecret();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("token");
    }

    /** A property value for display: the value, or {@link #MASK} when the name is secret. */
    static String shownValue(String name, String value) {
        return isSecretName(name) ? MASK : value;
    }

    /**
     * The URL without its secrets: secret query parameters are removed (what remains still connects, with the
     * secrets passed as properties), and so is any {@code user:password@} part, which the parser refuses but a data
     * source may hold until it connects. A pair whose name cannot be decoded is removed too: it may hide anything.
     * Everything else stays as written.
     */
    static String url(String url) {
        if (url == null) {
            return null;
        }
        int question = url.indexOf('?');
        String base = withoutUserInfo(question < 0 ? url : url.substring(0, question));
        if (question < 0) {
            return base;
        }
        StringJoiner kept = new StringJoiner("&");
        for (QueryParameters.Pair pair : QueryParameters.split(url.substring(question + 1))) {
            if (!isSecretPair(pair)) {
                kept.add(pair.raw());
            }
        }
        return kept.length() == 0 ? base : base + "?" + kept;
    }

    private static boolean isSecretPair(QueryParameters.Pair pair) {
        try {
            return isSecretName(pair.name());
        } catch (IllegalArgumentException malformed) {
            return true;
        }
    }

    private static String withoutUserInfo(String base) {
        int scheme = base.indexOf("://");
        if (scheme < 0) {
            return base;
        }
        int authorityStart = scheme + 3;
        int slash = base.indexOf('/', authorityStart);
        int authorityEnd = slash < 0 ? base.length() : slash;
        int at = base.lastIndexOf('@', authorityEnd - 1);
        return at < authorityStart ? base : base.substring(0, authorityStart) + base.substring(at + 1);
    }
}
