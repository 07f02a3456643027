package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class LangGraphExampleTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void graphResumesFromItsStoredCheckpointAfterARestart(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(2)) {
            LangGraphExample.Result result = LangGraphExample.run(pool, semoss.out);
            semoss.printed();

            assertEquals("send_reply", result.nextNodeAfterFirstRun());
            assertEquals(3, result.storedCheckpoints(), "start, classify and draft_reply");
            // Resumed, not restarted: the first two nodes did not run again.
            assertEquals(Map.of("classify", 1, "draft_reply", 1, "send_reply", 1), result.nodeRuns());
            assertEquals(List.of("classify", "draft_reply", "send_reply"), result.finalSteps());
        }
    }
}
