package org.semossjdbc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.ServiceLoader;
import org.apache.spark.sql.jdbc.JdbcDialect;
import org.apache.spark.sql.jdbc.JdbcDialects;
import org.junit.jupiter.api.Test;

/**
 * How Spark finds the dialects: on Spark 4 by its service loader, with no call at all (this must run before any test
 * calls {@link SemossDialect#register()}: the Spark 4 test module gives each test class its own JVM); on Spark 3.5 only
 * after the one {@link SemossDialect#register()} call the README documents.
 */
class DialectDiscoveryTest {
    private static final String URL = "jdbc:semoss:http://127.0.0.1:9/Monolith/api?database=sales&dialect=";

    @Test
    void sparkFindsTheDialectsAsItsVersionDocuments() {
        if (LocalSpark.needsRegistration()) {
            SemossDialect.unregister();
            assertFalse(JdbcDialects.get(URL + "mariadb") instanceof SemossDialect,
                    "Spark 3.5 found the dialect without registration");
            SemossDialect.register();
        }
        assertSame(SemossH2Dialect.class, JdbcDialects.get(URL + "h2").getClass());
        assertSame(SemossPostgresDialect.class, JdbcDialects.get(URL + "postgresql").getClass());
        assertSame(SemossMariaDbDialect.class, JdbcDialects.get(URL + "mariadb").getClass());
    }

    @Test
    void theServiceFileListsTheThreeDialects() {
        List<Class<?>> loaded = ServiceLoader.load(JdbcDialect.class).stream()
                .map(ServiceLoader.Provider::type).filter(SemossDialect.class::isAssignableFrom)
                .<Class<?>>map(type -> type).toList();
        assertEquals(List.of(SemossH2Dialect.class, SemossPostgresDialect.class, SemossMariaDbDialect.class), loaded);
    }
}
