package org.semossjdbc.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import liquibase.command.CommandScope;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.EmulatedEngines;
import org.semossjdbc.testing.ScratchDatabase.Backend;

/**
 * Liquibase's commands, as its command line and build plugins run them, given a {@code jdbc:semoss:} URL, a user and a
 * password, and nothing else.
 */
class LiquibaseByUrlTest {

    private static final String CHANGELOG = "db/changelog/changelog.yaml";

    @RegisterExtension
    static final EmulatedEngines engines = new EmulatedEngines();

    @ParameterizedTest
    @EnumSource(Backend.class)
    void updateStatusValidateReleaseLocksAndANoOpUpdate(Backend backend) throws Exception {
        assumeTrue(backend.isAvailable(), backend + " is not configured: run Maven with -Pservices");

        assertTrue(run(backend, "status").contains("3 changesets have not been applied"));

        run(backend, "update");
        assertEquals(List.of("Lima", "Quito"),
                engines.queryDirectly(backend, "SELECT name FROM liquibase_city ORDER BY id"));
        assertEquals(List.of("0"), engines.queryDirectly(backend, "SELECT COUNT(population) FROM liquibase_city"),
                "changeset 3's column exists");
        assertEquals(List.of("1", "2", "3"),
                engines.queryDirectly(backend, "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"));
        assertEquals(List.of("0"), lockedRows(backend), "update released its lock");

        assertTrue(run(backend, "status").contains("is up to date"));
        run(backend, "validate");

        // a run that died while holding the lock leaves it taken; releaseLocks frees it
        try (Connection connection = engines.database(backend).connect();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, "
                    + "LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'a run that died' WHERE ID = 1");
        }
        assertEquals(List.of("1"), lockedRows(backend));
        run(backend, "releaseLocks");
        assertEquals(List.of("0"), lockedRows(backend));

        run(backend, "update");
        assertEquals(List.of("1", "2", "3"),
                engines.queryDirectly(backend, "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED"),
                "the second update ran nothing");
        assertEquals(List.of("Lima", "Quito"),
                engines.queryDirectly(backend, "SELECT name FROM liquibase_city ORDER BY id"));
    }

    private static List<String> lockedRows(Backend backend) throws Exception {
        return engines.queryDirectly(backend, "SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED = TRUE");
    }

    /** Runs one command by URL and returns what it printed. */
    private static String run(Backend backend, String command) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        CommandScope scope = new CommandScope(command)
                .addArgumentValue("url", engines.jdbcUrl(backend))
                .addArgumentValue("username", engines.user())
                .addArgumentValue("password", engines.password())
                .setOutput(output);
        if (!command.equals("releaseLocks")) {
            scope.addArgumentValue("changelogFile", CHANGELOG);
        }
        scope.execute();
        String printed = output.toString(StandardCharsets.UTF_8);
        System.out.println(backend + " " + command + ": " + printed);
        return printed;
    }
}
