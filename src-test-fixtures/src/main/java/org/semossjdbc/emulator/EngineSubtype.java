package org.semossjdbc.emulator;

/** The RdbmsTypeEnum label SEMOSS reports as {@code database_subtype} / {@code app_subtype}. */
enum EngineSubtype {
    H2_DB, POSTGRES, MARIA_DB;

    /** The subtype of the database a JDBC URL points at. */
    static EngineSubtype fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:h2:")) {
            return H2_DB;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        if (jdbcUrl.startsWith("jdbc:mariadb:") || jdbcUrl.startsWith("jdbc:mysql:")) {
            return MARIA_DB;
        }
        throw new IllegalArgumentException("Unsupported JDBC URL (use jdbc:h2:, jdbc:postgresql: or jdbc:mariadb:): "
                + jdbcUrl);
    }
}
