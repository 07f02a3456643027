package org.semossjdbc.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.flywaydb.core.internal.database.DatabaseTypeRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SemossDatabaseTypeTest {

    private final SemossDatabaseType type = new SemossDatabaseType();

    @ParameterizedTest
    @CsvSource({
        "jdbc:semoss:https://semoss.example.com/Monolith/api?database=sales, true",
        "JDBC:SEMOSS:http://127.0.0.1:8080/Monolith/api?database=sales,     true",
        "jdbc:postgresql://127.0.0.1:5432/sales,                            false",
        "jdbc:h2:mem:sales,                                                 false",
        "jdbc:tc:postgresql:16:///sales,                                    false",
    })
    void claimsExactlyTheUrlsTheDriverAccepts(String url, boolean claimed) {
        assertEquals(claimed, type.handlesJDBCUrl(url));
    }

    @Test
    void flywaysRegisterFindsItForSemossUrlsAndItNamesTheDriver() {
        var found = DatabaseTypeRegister.getDatabaseTypeForUrl(
                "jdbc:semoss:https://semoss.example.com/Monolith/api?database=sales", null);

        assertInstanceOf(SemossDatabaseType.class, found);
        assertEquals("org.semossjdbc.jdbc.SemossDriver", found.getDriverClass("jdbc:semoss:x", null));
    }

    @Test
    void neverHandlesAConnectionSoTheEnginesOwnTypeRunsTheMigrations() {
        for (String product : new String[] {"H2", "PostgreSQL", "MariaDB", "SEMOSS"}) {
            assertFalse(type.handlesDatabaseProductNameAndVersion(product, "1.0", null), product);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "jdbc:semoss:https://h/Monolith/api?database=d&password=s3cret&x=1"
                + " | jdbc:semoss:https://h/Monolith/api?database=d&password=********&x=1",
        "jdbc:semoss:https://h/api?token=abc.def&trustStorePassword=pw&proxyPassword=pp"
                + " | jdbc:semoss:https://h/api?token=********&trustStorePassword=********&proxyPassword=********",
        "jdbc:semoss:https://me:hunter2@h/api?database=d | jdbc:semoss:https://me:********@h/api?database=d",
        "jdbc:semoss:https://h/api?database=d | jdbc:semoss:https://h/api?database=d",
    })
    void flywayMasksEverySecretTheUrlCanCarry(String url, String shown) {
        assertEquals(shown, DatabaseTypeRegister.redactJdbcUrl(url));
    }
}
