package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class QuartzExampleTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void jobFiresAndItsTriggerSurvivesASchedulerRestart(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(3)) {
            QuartzExample.Result result = QuartzExample.run(pool, 3, 2, semoss.out);
            semoss.printed();

            assertEquals(3, result.firesBeforeRestart());
            assertTrue(result.triggerFoundAfterRestart(), "the new scheduler must find the stored trigger");
            assertEquals(2, result.firesAfterRestart());
            // The counter lives in the job's JobDataMap in SEMOSS: it continues across the restart, one per fire.
            assertEquals(List.of(1, 2, 3, 4, 5), result.persistedCounts());
            String prefix = QuartzExample.TABLE_PREFIX;
            assertEquals(1, semoss.countDirectly("SELECT COUNT(*) FROM " + prefix + "TRIGGERS WHERE TRIGGER_NAME = '"
                    + QuartzExample.TRIGGER.getName() + "'"), "the trigger row is in the engine's database");
            assertEquals(1, semoss.countDirectly("SELECT COUNT(*) FROM " + prefix + "JOB_DETAILS WHERE JOB_NAME = '"
                    + QuartzExample.JOB.getName() + "'"));
        }
    }
}
