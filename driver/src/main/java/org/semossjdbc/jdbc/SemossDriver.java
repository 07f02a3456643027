package org.semossjdbc.jdbc;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * The JDBC driver for SEMOSS databases: {@code jdbc:semoss:<API base URL>?database=<engine id or name>}, e.g.
 * {@code jdbc:semoss:https://host/Monolith/api?database=sales}. The JDBC user and password are the SEMOSS access key
 * and secret key (HTTP Basic); {@code authMode=login} uses a native user name and password instead, and
 * {@code authMode=bearer} a bearer token. Every property is listed by {@link #getPropertyInfo} and described in
 * {@link DriverProperty}.
 *
 * <p>Registered with {@link DriverManager} through {@code META-INF/services/java.sql.Driver} and when this class is
 * loaded.
 */
public final class SemossDriver implements Driver {
    static final String NAME = "semoss-jdbc";

    static {
        try {
            DriverManager.registerDriver(new SemossDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Creates a driver; applications normally let {@link DriverManager} do this. */
    public SemossDriver() {
        // stateless: the HTTP client is shared by the transport layer
    }

    /**
     * Logs in to SEMOSS and returns a connection, or null when the URL is not a {@code jdbc:semoss:} URL. Wrong
     * credentials fail here with SQLState 28000; a malformed URL with 08001; a malformed property value with 22023.
     * Unknown properties are ignored with a warning on the connection.
     */
    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        return SemossConnection.open(ConnectionSettings.parse(url, info));
    }

    /** True exactly for URLs that start with {@code jdbc:semoss:}. */
    @Override
    public boolean acceptsURL(String url) {
        return ConnectionSettings.accepts(url);
    }

    /** Every property with its description, default, allowed values and the value the URL and info give it. */
    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        ConnectionSettings settings = null;
        if (acceptsURL(url)) {
            try {
                settings = ConnectionSettings.parse(url, info);
            } catch (SQLException e) {
                // Tools ask while the user is still typing: show the properties anyway.
            }
        }
        DriverProperty[] properties = DriverProperty.values();
        DriverPropertyInfo[] result = new DriverPropertyInfo[properties.length];
        for (int i = 0; i < properties.length; i++) {
            String value = settings == null ? properties[i].defaultValue() : settings.shownValue(properties[i]);
            result[i] = properties[i].toInfo(value);
        }
        return result;
    }

    /** The driver's major version. */
    @Override
    public int getMajorVersion() {
        return DriverVersion.MAJOR;
    }

    /** The driver's minor version. */
    @Override
    public int getMinorVersion() {
        return DriverVersion.MINOR;
    }

    /** False: SEMOSS has no transactions, which JDBC compliance requires. */
    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    /** Not supported: the driver logs through SLF4J or java.util.logging under {@code org.semossjdbc}. */
    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("Use the org.semossjdbc logger", "0A000");
    }
}
