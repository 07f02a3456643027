package org.semossjdbc.spark;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.semossjdbc.sql.Dialect;

/**
 * What Spark's dialect choice needs from a {@code jdbc:semoss:} URL: the engine's SQL dialect.
 * Spark picks a JDBC dialect from the URL alone ({@code JdbcDialect.canHandle(url)}), before any connection exists, so
 * the engine cannot be asked; the URL's {@code dialect} property names it instead.
 *
 * <p>The query string is read as the driver reads it: parameter names ignore case, values are percent-decoded and
 * trimmed, the last occurrence wins, and {@code dialect} accepts the driver's values {@code h2}, {@code postgresql} and
 * {@code mariadb} in any case. Messages never quote the query string, which may hold secrets.
 */
final class SemossUrl {
    private static final String PREFIX = "jdbc:semoss:";

    private SemossUrl() {
    }

    /** Whether Spark hands this URL to the SEMOSS driver. */
    static boolean isSemoss(String url) {
        return url != null && url.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    /**
     * The engine's dialect named by the URL's {@code dialect} property.
     *
     * @throws IllegalArgumentException when the URL is a {@code jdbc:semoss:} URL without {@code dialect}, with
     *                                  {@code auto} or {@code generic}, or with a value the driver does not know
     */
    static Dialect engineDialect(String url) {
        Optional<String> value = parameter(url, "dialect");
        if (value.isEmpty() || value.get().isEmpty()) {
            throw new IllegalArgumentException(missingDialect(url, "has no 'dialect' property"));
        }
        String name = value.get().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "h2" -> Dialect.H2;
            case "postgresql" -> Dialect.POSTGRESQL;
            case "mariadb" -> Dialect.MARIADB;
            case "auto", "generic" -> throw new IllegalArgumentException(
                    missingDialect(url, "says dialect=" + name + ", which names no engine"));
            default -> throw new IllegalArgumentException(
                    missingDialect(url, "has an unknown 'dialect' value '" + value.get() + "'"));
        };
    }

    private static String missingDialect(String url, String problem) {
        return "Spark's JDBC dialect for SEMOSS needs the engine's SQL dialect in the URL, but " + withoutQuery(url)
                + " " + problem + ": add dialect=h2, dialect=postgresql or dialect=mariadb to the URL's query string"
                + " (Spark chooses its dialect from the URL alone, so the property cannot come from the connection"
                + " properties or Spark's options)";
    }

    /** The last value of a query parameter, decoded and trimmed. */
    static Optional<String> parameter(String url, String name) {
        int question = url.indexOf('?');
        if (question < 0) {
            return Optional.empty();
        }
        String found = null;
        for (String pair : url.substring(question + 1).split("&")) {
            int equals = pair.indexOf('=');
            String key = decode(url, equals < 0 ? pair : pair.substring(0, equals));
            if (key.trim().equalsIgnoreCase(name)) {
                found = equals < 0 ? "" : decode(url, pair.substring(equals + 1)).trim();
            }
        }
        return Optional.ofNullable(found);
    }

    private static String decode(String url, String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The jdbc:semoss: URL " + withoutQuery(url)
                    + " has bad percent-encoding in its query string", e);
        }
    }

    /** The URL up to its query string, without user information: enough to recognise it, never a secret. */
    static String withoutQuery(String url) {
        int question = url.indexOf('?');
        String base = question < 0 ? url : url.substring(0, question);
        return base.replaceFirst("//[^/]*@", "//");
    }
}
