package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
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
        }
    }
}
