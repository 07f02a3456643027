package org.semossjdbc.liquibase;

import liquibase.database.AbstractJdbcDatabase;
import liquibase.database.DatabaseConnection;
import org.semossjdbc.jdbc.SemossDriver;

/**
 * Lets Liquibase find the driver from a {@code jdbc:semoss:} URL ({@code liquibase --url=jdbc:semoss:...}, the Maven
 * and Gradle plugins, {@code CommandScope} with a {@code url} argument), where Liquibase would otherwise stop with
 * "Driver class was not specified and could not be determined from the url".
 *
 * <p>Liquibase asks every registered database type for the default driver of a URL; this one answers for
 * {@code jdbc:semoss:} URLs. It never claims a connection: the driver reports the product of the engine behind SEMOSS
 * (H2, PostgreSQL or MariaDB), so Liquibase's own type for that product writes the SQL, exactly as it does when it is
 * given a {@link javax.sql.DataSource}.
 */
public final class SemossDatabase extends AbstractJdbcDatabase {

    private static final SemossDriver DRIVER = new SemossDriver();

    /** Created by Liquibase's service registry (the {@code java.util.ServiceLoader} entry of this module). */
    public SemossDatabase() {
        // stateless
    }

    /** {@code org.semossjdbc.jdbc.SemossDriver} for {@code jdbc:semoss:} URLs, null for any other URL. */
    @Override
    public String getDefaultDriver(String url) {
        return DRIVER.acceptsURL(url) ? SemossDriver.class.getName() : null;
    }

    /** False for every connection: the type for the engine's product handles it. */
    @Override
    public boolean isCorrectDatabaseImplementation(DatabaseConnection connection) {
        return false;
    }

    /** {@code semoss}, unique among Liquibase's database short names. */
    @Override
    public String getShortName() {
        return "semoss";
    }

    /** {@code SEMOSS}; a connection never reports it, since the driver reports the engine's product. */
    @Override
    protected String getDefaultDatabaseProductName() {
        return "SEMOSS";
    }

    /** Below every built-in type, so it is never preferred for anything it might be asked. */
    @Override
    public int getPriority() {
        return PRIORITY_DEFAULT - 1;
    }

    /** None: SEMOSS is reached through the HTTPS URL in the JDBC URL. */
    @Override
    public Integer getDefaultPort() {
        return null;
    }

    /** Not asked: the engine's type answers for connected work. */
    @Override
    public boolean supportsInitiallyDeferrableColumns() {
        return false;
    }

    /** Not asked: the engine's type answers for connected work. */
    @Override
    public boolean supportsTablespaces() {
        return false;
    }
}
