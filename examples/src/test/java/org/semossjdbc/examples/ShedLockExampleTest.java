package org.semossjdbc.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
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

            // The losing node's INSERT is a duplicate key, which ShedLock expects as an integrity violation.
            try (Connection connection = pool.getConnection();
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO " + ShedLockExample.TABLE
                         + " (name, lock_until, locked_at, locked_by) VALUES (?, ?, ?, 'test')")) {
                insert.setString(1, result.runsPerDay().keySet().iterator().next());
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                SQLException duplicate = assertThrows(SQLException.class, insert::executeUpdate);
                assertEquals("23505", duplicate.getSQLState(), duplicate.getMessage());
                assertInstanceOf(SQLIntegrityConstraintViolationException.class, duplicate);
            }
        }
    }
}
