package org.semossjdbc.examples;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.semossjdbc.jdbc.SemossDataSource;

/**
 * Where the examples connect: a JDBC URL (normally {@code jdbc:semoss:<api base>?database=<engine>}) and the access
 * key pair that logs in to it. Every example takes one of these (or the {@link DataSource} it makes), so the same code
 * runs against the embedded emulator and a real SEMOSS server.
 *
 * <p>{@link #toString()} never shows the secret key.
 *
 * @param jdbcUrl   the JDBC URL
 * @param accessKey the SEMOSS access key (JDBC user)
 * @param secretKey the SEMOSS secret key (JDBC password)
 */
public record SemossTarget(String jdbcUrl, String accessKey, String secretKey) {

    /** The environment variable naming the server's JDBC URL. */
    public static final String URL_VARIABLE = "SEMOSS_URL";
    /** The environment variable holding the access key. */
    public static final String ACCESS_KEY_VARIABLE = "SEMOSS_ACCESS_KEY";
    /** The environment variable holding the secret key. */
    public static final String SECRET_KEY_VARIABLE = "SEMOSS_SECRET_KEY";

    /** Checks that the URL is present; the keys may be null for URLs that carry no login. */
    public SemossTarget {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /**
     * A real server named by the command line ({@code <url> [<access key> <secret key>]}) or, when there are no
     * arguments, by the {@code SEMOSS_URL}, {@code SEMOSS_ACCESS_KEY} and {@code SEMOSS_SECRET_KEY} variables; empty
     * when neither names a URL (the examples then start the embedded emulator).
     */
    public static Optional<SemossTarget> fromArgumentsOrEnvironment(String[] args, Map<String, String> environment) {
        if (args.length > 0) {
            return Optional.of(new SemossTarget(args[0], args.length > 1 ? args[1] : null,
                    args.length > 2 ? args[2] : null));
        }
        String url = environment.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new SemossTarget(url.trim(), environment.get(ACCESS_KEY_VARIABLE),
                environment.get(SECRET_KEY_VARIABLE)));
    }

    /** Opens a connection through {@link DriverManager}: access key as user, secret key as password. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, accessKey, secretKey);
    }

    /**
     * The driver's unpooled {@link SemossDataSource} for this target, for libraries that want a DataSource (see
     * {@link HikariExample} for a pooled one).
     */
    public DataSource dataSource() {
        SemossDataSource dataSource = new SemossDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(accessKey);
        dataSource.setPassword(secretKey);
        return dataSource;
    }

    /** The URL and the access key; the secret key is never shown. */
    @Override
    public String toString() {
        return "SemossTarget[" + jdbcUrl + ", accessKey=" + (accessKey == null ? "none" : mask(accessKey)) + "]";
    }

    private static String mask(String key) {
        return key.length() <= 4 ? "****" : key.substring(0, 4) + "****";
    }
}
