package org.semossjdbc.sql.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.TreeMap;
import org.semossjdbc.sql.Dialect;

/**
 * A backend's answers to the {@link java.sql.DatabaseMetaData} methods that describe its SQL language: keywords,
 * function lists, identifier quoting and case, limits, and the {@code supportsX} flags about grammar (joins,
 * subqueries, unions, catalogs/schemas in statements). Keyed by the method name, e.g.
 * {@code flag("supportsFullOuterJoins")}, {@code limit("getMaxColumnNameLength")}.
 *
 * <p>Answers about transactions, result sets, generated keys, batches and procedures are left out on purpose: through
 * SEMOSS they depend on the protocol, not the backend, and belong to the jdbc layer.
 *
 * <p>The values are those of the backend's native driver (the one SEMOSS bundles), which the tests check against it,
 * except: the function lists hold the JDBC (Open Group) names the backend runs natively with the JDBC meaning (so
 * PostgreSQL's base-10 {@code LOG} is not listed), and a few answers where mariadb-java-client 1.1.9 is wrong (its
 * product name, NULL ordering, schemas in privilege definitions).
 */
public final class DialectFeatures {

    private final Dialect dialect;
    private final Map<String, String> answers;

    private DialectFeatures(Dialect dialect, Map<String, String> answers) {
        this.dialect = dialect;
        this.answers = answers;
    }

    /**
     * The answers for {@code dialect}.
     *
     * @throws IllegalArgumentException for {@link Dialect#GENERIC}, whose answers are unknown
     */
    public static DialectFeatures forDialect(Dialect dialect) {
        String name = switch (dialect) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MARIADB -> "mariadb";
            default -> throw new IllegalArgumentException("no feature answers for dialect " + dialect);
        };
        String resource = "features-" + name + ".properties";
        Properties properties = new Properties();
        try (InputStream in = DialectFeatures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> answers = new TreeMap<>();
        properties.forEach((key, value) -> answers.put((String) key, (String) value));
        return new DialectFeatures(dialect, Collections.unmodifiableMap(answers));
    }

    /** The dialect these answers describe. */
    public Dialect dialect() {
        return dialect;
    }

    /** Every answer, keyed by {@code DatabaseMetaData} method name; values as text. */
    public Map<String, String> answers() {
        return answers;
    }

    /** The answer of a boolean method such as {@code supportsUnion}. */
    public boolean flag(String method) {
        return Boolean.parseBoolean(answer(method));
    }

    /** The answer of an int method such as {@code getMaxTableNameLength} (0 = no known limit). */
    public int limit(String method) {
        return Integer.parseInt(answer(method));
    }

    /**
     * The answer of any method this class covers.
     *
     * @throws NoSuchElementException for a method it does not cover (those are the jdbc layer's)
     */
    public String answer(String method) {
        String value = answers.get(method);
        if (value == null) {
            throw new NoSuchElementException("no " + dialect + " answer for " + method);
        }
        return value;
    }

    /** {@code getIdentifierQuoteString()}: {@code "} on H2 and PostgreSQL, a backtick on MariaDB. */
    public String identifierQuoteString() {
        return answer("getIdentifierQuoteString");
    }

    /** {@code getSearchStringEscape()}: a backslash on every backend, as {@link CatalogQueries} expects. */
    public String searchStringEscape() {
        return answer("getSearchStringEscape");
    }

    /** {@code getSQLKeywords()}: the backend's keywords that are not SQL:2003 keywords, comma-separated. */
    public String sqlKeywords() {
        return answer("getSQLKeywords");
    }

    /** {@code getNumericFunctions()}: Open Group names, comma-separated. */
    public String numericFunctions() {
        return answer("getNumericFunctions");
    }

    /** {@code getStringFunctions()}: Open Group names, comma-separated. */
    public String stringFunctions() {
        return answer("getStringFunctions");
    }

    /** {@code getSystemFunctions()}: Open Group names, comma-separated (empty on PostgreSQL). */
    public String systemFunctions() {
        return answer("getSystemFunctions");
    }

    /** {@code getTimeDateFunctions()}: Open Group names, comma-separated. */
    public String timeDateFunctions() {
        return answer("getTimeDateFunctions");
    }

    /** {@code getDatabaseProductName()}: {@code H2}, {@code PostgreSQL} or {@code MariaDB}. */
    public String productName() {
        return answer("getDatabaseProductName");
    }
}
