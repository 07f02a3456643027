package org.semossjdbc.flyway;

import java.sql.Connection;
import java.util.List;
import java.util.regex.Pattern;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.database.base.BaseDatabaseType;
import org.flywaydb.core.internal.database.base.Database;
import org.flywaydb.core.internal.jdbc.JdbcConnectionFactory;
import org.flywaydb.core.internal.jdbc.StatementInterceptor;
import org.flywaydb.core.internal.parser.Parser;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.semossjdbc.jdbc.SemossDriver;

/**
 * Flyway's database plugin for {@code jdbc:semoss:} URLs: it claims the URL and names the driver, so
 * {@code Flyway.configure().dataSource(url, user, password)}, the Maven plugin and the command line can connect.
 *
 * <p>It never handles a connection itself. Flyway picks the type that runs the migrations from the connection's
 * {@code DatabaseMetaData}, where the driver reports the engine's own database (H2, PostgreSQL or MariaDB), so the
 * engine's Flyway type takes over: H2 from {@code flyway-core}, PostgreSQL from {@code flyway-database-postgresql},
 * MariaDB from {@code flyway-mysql}. This is how Flyway's own Testcontainers type hands over {@code jdbc:tc:} URLs.
 *
 * <p>Built and tested for the Flyway 11 line: the plugin types live in Flyway's internal packages.
 */
public final class SemossDatabaseType extends BaseDatabaseType {

    private static final SemossDriver DRIVER = new SemossDriver();

    /**
     * The URL properties that carry secrets; Flyway masks their values in its messages. The second pattern masks a
     * password written as user information in the API base URL.
     */
    private static final List<Pattern> CREDENTIALS = List.of(
            Pattern.compile("[?&;](?:password|token|trustStorePassword|proxyPassword)=([^&;]*)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^jdbc:semoss:[a-z]+://[^/:@]*:([^/@]*)@", Pattern.CASE_INSENSITIVE));

    /** Created by Flyway's plugin register (the {@code java.util.ServiceLoader} entry of this module). */
    public SemossDatabaseType() {
        // stateless
    }

    /** {@code SEMOSS}, the name Flyway shows when it lists the type that took a URL. */
    @Override
    public String getName() {
        return "SEMOSS";
    }

    /** {@link java.sql.Types#NULL}, as the engines' own types answer; never consulted, the engine's type runs. */
    @Override
    public int getNullType() {
        return java.sql.Types.NULL;
    }

    /** True for {@code jdbc:semoss:} URLs, exactly the URLs the driver accepts. */
    @Override
    public boolean handlesJDBCUrl(String url) {
        return DRIVER.acceptsURL(url);
    }

    /** The secret-carrying URL properties, masked wherever Flyway prints the URL. */
    @Override
    public List<Pattern> getJDBCCredentialsPatterns() {
        return CREDENTIALS;
    }

    /** {@code org.semossjdbc.jdbc.SemossDriver}. */
    @Override
    public String getDriverClass(String url, ClassLoader classLoader) {
        return SemossDriver.class.getName();
    }

    /**
     * False: a SEMOSS connection reports the product of the engine behind it, and that product's own type handles
     * it.
     */
    @Override
    public boolean handlesDatabaseProductNameAndVersion(String databaseProductName, String databaseProductVersion,
            Connection connection) {
        return false;
    }

    /**
     * Never called: Flyway creates the database from the type that handles the connection's product, the engine's
     * own.
     */
    @Override
    public Database createDatabase(Configuration configuration, JdbcConnectionFactory jdbcConnectionFactory,
            StatementInterceptor statementInterceptor) {
        throw new IllegalStateException("SEMOSS hands connections to the engine's own Flyway database type; "
                + "this type only claims jdbc:semoss: URLs");
    }

    /** Never called, for the reason given at {@link #createDatabase}. */
    @Override
    public Parser createParser(Configuration configuration, ResourceProvider resourceProvider,
            ParsingContext parsingContext) {
        throw new IllegalStateException("SEMOSS hands connections to the engine's own Flyway database type; "
                + "this type only claims jdbc:semoss: URLs");
    }
}
