package org.semossjdbc.emulator.fidelity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Points the recorded {@code conDetails} (200-203, 300-303) at this run's scratch databases, and maps the
 * server's echo of them (in {@code pixelExpression}) back to the recorded values. The rewritten keys are declared
 * as {@code rewrite} rules in the normalization file; the database name itself ({@code semossdb}) is a
 * {@link Placeholders} binding declared there too.
 *
 * <p>The target is chosen per object by its {@code dbDriver}: the MariaDB part registers a PostgreSQL engine as
 * well (302 lists it), so one request stream can name both backends.
 */
final class ConnectionDetailsRewrite {

    /** The keys rewritten, as a case-insensitive set: 203 sends {@code username}/{@code password} in lower case. */
    static final String[] KEYS = {"hostname", "port", "database", "schema", "USERNAME", "PASSWORD"};

    /** The recorded name of both external databases (PostgreSQL database, MariaDB schema). */
    static final String RECORDED_DATABASE = "semossdb";

    private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\"dbDriver\"\\s*:\\s*\"([A-Z_]+)\"[^{}]*}");

    /** Recorded value to real value, per dbDriver label and lower-case key. */
    private final Map<String, Map<String, String[]>> byDriver = new LinkedHashMap<>();

    ConnectionDetailsRewrite(NormalizationRules rules) {
        for (String key : KEYS) {
            rules.rewrite("conDetails." + key);
        }
    }

    /**
     * Declares where the recorded {@code dbDriver} really lives. {@code jdbcUrl} is a scratch database URL
     * ({@code jdbc:postgresql://host:port/db?user=u[&password=p]}).
     */
    void target(String dbDriver, String recordedHost, String recordedPort, String recordedUser, String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> query = new LinkedHashMap<>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                int equals = pair.indexOf('=');
                query.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        Map<String, String[]> values = new LinkedHashMap<>();
        values.put("hostname", new String[] {recordedHost, uri.getHost()});
        values.put("port", new String[] {recordedPort, String.valueOf(uri.getPort())});
        String database = uri.getPath().substring(1);
        values.put("database", new String[] {RECORDED_DATABASE, database});
        values.put("schema", new String[] {RECORDED_DATABASE, database});
        values.put("username", new String[] {recordedUser, query.getOrDefault("user", "")});
        values.put("password", new String[] {"<password>", query.getOrDefault("password", "")});
        byDriver.put(dbDriver, values);
    }

    /** Recorded to real, inside every conDetails object of a request expression. */
    String toReal(String expression) {
        return rewrite(expression, 0, 1);
    }

    /** Real to recorded, inside the server's echo of a conDetails object. */
    String toRecorded(String text) {
        return rewrite(text, 1, 0);
    }

    private String rewrite(String text, int from, int to) {
        Matcher objects = OBJECT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (objects.find()) {
            Map<String, String[]> values = byDriver.get(objects.group(1));
            String object = objects.group();
            if (values != null) {
                for (Map.Entry<String, String[]> entry : values.entrySet()) {
                    Pattern field = Pattern.compile("(\"(?i:" + entry.getKey() + ")\"\\s*:\\s*\")"
                            + Pattern.quote(entry.getValue()[from]) + "\"");
                    object = field.matcher(object).replaceAll(
                            m -> Matcher.quoteReplacement(m.group(1) + entry.getValue()[to] + "\""));
                }
            }
            objects.appendReplacement(out, Matcher.quoteReplacement(object));
        }
        objects.appendTail(out);
        return out.toString();
    }
}
