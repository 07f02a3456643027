package org.semossjdbc.examples;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.semossjdbc.sql.Dialect;

/**
 * The database behind a SEMOSS engine, for the few DDL words that differ (generated keys, binary columns).
 * SEMOSS passes SQL through to its engine, so DDL must be written in the engine's dialect.
 */
public enum EngineDialect {
    /** H2 (the engine a SEMOSS server ships with). */
    H2("BIGINT AUTO_INCREMENT PRIMARY KEY", "VARBINARY(1000000)", "VARCHAR(1048576)"),
    /** PostgreSQL. */
    POSTGRESQL("BIGSERIAL PRIMARY KEY", "BYTEA", "TEXT"),
    /** MariaDB or MySQL. */
    MARIADB("BIGINT AUTO_INCREMENT PRIMARY KEY", "LONGBLOB", "LONGTEXT");

    private final String generatedKey;
    private final String binary;
    private final String longText;

    EngineDialect(String generatedKey, String binary, String longText) {
        this.generatedKey = generatedKey;
        this.binary = binary;
        this.longText = longText;
    }

    /**
     * Reads the dialect from the connection's metadata: the SEMOSS driver names the engine's database in the product
     * version ({@code "4.3.0 (H2)"}); a direct JDBC connection names it in the product name.
     */
    public static EngineDialect of(Connection connection) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        String name = metaData.getDatabaseProductName();
        return switch (Dialect.fromProduct(name, metaData::getDatabaseProductVersion)) {
            case H2 -> H2;
            case POSTGRESQL -> POSTGRESQL;
            case MARIADB -> MARIADB;
            case GENERIC -> throw new SQLException("The examples know H2, PostgreSQL and MariaDB engines, not: "
                    + name + " " + metaData.getDatabaseProductVersion());
        };
    }

    /** A generated BIGINT primary key column type. */
    public String generatedKey() {
        return generatedKey;
    }

    /** A binary column type. */
    public String binary() {
        return binary;
    }

    /** An unbounded text column type. */
    public String longText() {
        return longText;
    }
}
