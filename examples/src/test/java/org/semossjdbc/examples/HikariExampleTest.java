package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

class HikariExampleTest {

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void everyRowFromEveryThreadIsAccountedFor(ScratchDatabase.Backend backend) throws Exception {
        try (SemossUnderTest semoss = SemossUnderTest.start(backend); HikariDataSource pool = semoss.pool(4)) {
            HikariExample.Result result = HikariExample.run(pool, 4, 25, semoss.out);
            semoss.printed();

            assertEquals(100, result.updateCountSum(), "one update count of 1 per INSERT");
            assertEquals(100, result.rowsInTable());
            assertEquals(List.of(25L, 25L, 25L, 25L), result.rowsPerWorker());
            assertEquals(100, semoss.countDirectly("SELECT COUNT(DISTINCT payload) FROM example_pool_events"));
        }
    }
}
