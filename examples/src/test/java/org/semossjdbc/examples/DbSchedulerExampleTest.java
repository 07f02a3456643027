package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class DbSchedulerExampleTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void twoSchedulersRunEachExecutionExactlyOnce(ScratchDatabase.Backend backend) throws Exception {
        int executions = 60;
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(8)) {
            DbSchedulerExample.Result result = DbSchedulerExample.run(pool, executions, semoss.out);
            semoss.printed();

            assertEquals(executions, result.runsPerInstance().size(), "every execution ran");
            result.runsPerInstance().forEach((instance, runs) ->
                    assertEquals(1, runs, instance + " ran " + runs + " times"));
            assertEquals(executions, result.runsPerNode().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(0, result.leftInTable(), "completed one-time executions are deleted");
            assertEquals(0, semoss.countDirectly("SELECT COUNT(*) FROM example_scheduled_tasks"));

            // Every run was preceded by a claim; claims beyond one per execution lost the race to the other node,
            // and only an exact update count of 0 told them so.
            long claims = semoss.executedSql().stream()
                    .filter(sql -> sql.toLowerCase(Locale.ROOT).contains("set picked = true, picked_by"))
                    .count();
            System.out.printf("%d claim UPDATEs for %d executions: %d lost to the other node%n", claims,
                    executions, claims - executions);
            assertTrue(claims >= executions, "fewer claims than executions: " + claims);
        }
    }
}
