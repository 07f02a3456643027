package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class ShedLockExampleTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void twoNodesRunEachDaysReportExactlyOnce(ScratchDatabase.Backend backend) throws Exception {
        int days = 60;
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(4)) {
            ShedLockExample.Result result = ShedLockExample.run(pool, days, semoss.out);
            semoss.printed();

            assertEquals(days, result.runsPerDay().size(), "every day's report ran");
            result.runsPerDay().forEach((day, runs) -> assertEquals(1, runs, day + " ran " + runs + " times"));
            assertEquals(days, result.runsPerNode().values().stream().mapToInt(Integer::intValue).sum());
            assertEquals(days, result.lockRows());
            assertEquals(days, semoss.countDirectly("SELECT COUNT(*) FROM example_shedlock"));
        }
    }
}
