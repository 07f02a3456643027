package org.semossjdbc.flyway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.EmulatedEngines;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/** Flyway configured with a {@code jdbc:semoss:} URL, a user and a password, and nothing else. */
class FlywayByUrlTest {

    @RegisterExtension
    static final EmulatedEngines engines = new EmulatedEngines();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void migratesInfoValidatesAndASecondMigrateDoesNothing(Backend backend) throws Exception {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");
        Flyway flyway = Flyway.configure()
                .dataSource(engines.jdbcUrl(backend), engines.user(), engines.password())
                .load();

        MigrateResult first = flyway.migrate();
        assertTrue(first.success);
        assertEquals(3, first.migrationsExecuted);
        assertEquals(expectedType(backend), first.databaseType, "the engine's own Flyway type runs the migrations");
        assertEquals(List.of("Lima", "Quito DM"),
                engines.queryDirectly(backend, "SELECT name FROM flyway_city ORDER BY id"));
        assertEquals(List.of("0"), engines.queryDirectly(backend,
                "SELECT COUNT(population) FROM flyway_city"), "V3's column exists in the database");

        MigrationInfo[] applied = flyway.info().applied();
        assertEquals(List.of("1", "2", "3"), Arrays.stream(applied).map(m -> m.getVersion().getVersion()).toList());
        assertTrue(Arrays.stream(applied).allMatch(m -> m.getState() == MigrationState.SUCCESS),
                () -> Arrays.toString(applied));
        assertEquals("3", flyway.info().current().getVersion().getVersion());

        ValidateResult validation = flyway.validateWithResult();
        assertTrue(validation.validationSuccessful, () -> String.valueOf(validation.invalidMigrations));

        MigrateResult second = flyway.migrate();
        assertTrue(second.success);
        assertEquals(0, second.migrationsExecuted);
        assertEquals(List.of("Lima", "Quito DM"),
                engines.queryDirectly(backend, "SELECT name FROM flyway_city ORDER BY id"),
                "nothing ran twice");
    }

    private static String expectedType(Backend backend) {
        return switch (backend) {
            case H2 -> "H2";
            case POSTGRES -> "PostgreSQL";
            case MARIADB -> "MariaDB";
        };
    }
}
