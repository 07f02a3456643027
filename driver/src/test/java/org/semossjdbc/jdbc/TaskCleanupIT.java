package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.semossjdbc.emulator.EmulatorHooks;
import org.semossjdbc.emulator.SemossEmulator;
import org.semossjdbc.testing.EmulatedSemoss;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A connection that runs many queries leaves no tasks behind: closed, exhausted and abandoned result sets all have
 * their tasks removed, without a round trip of their own, and META pixels keep the insight's recipe empty.
 */
class TaskCleanupIT {
    @RegisterExtension
    final EmulatedSemoss semoss = EmulatedSemoss.on(ScratchDatabase.Backend.H2).engine("demo")
            .accessKeyUser("alice", "AK", "SK", SemossEmulator.Permission.OWNER).build();

    @Test
    void thousandQueriesLeaveNoTasksNoInsightsAndNoRecipe() throws Exception {
        EmulatorHooks hooks = semoss.semoss().hooks();
        int insightsBefore = hooks.openInsights();
        Connection c = DriverManager.getConnection(semoss.url(), "AK", "SK");
        try (Statement setup = c.createStatement()) {
            setup.executeUpdate("CREATE TABLE T (ID INT PRIMARY KEY)");
            setup.executeUpdate("INSERT INTO T SELECT X FROM SYSTEM_RANGE(1, 20)");
        }
        hooks.resetCounters();
        for (int i = 0; i < 1000; i++) {
            Statement s = c.createStatement();
            s.setFetchSize(5);
            ResultSet rs = s.executeQuery("SELECT ID FROM T ORDER BY ID");
            switch (i % 3) {
                case 0 -> {                        // read to the end, never closed
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    assertEquals(20, n);
                }
                case 1 -> {                        // part-read, closed
                    rs.next();
                    rs.close();
                    s.close();
                }
                default -> rs.next();             // part-read and abandoned with its statement
            }
            if (i % 100 == 99) {
                System.gc();
            }
        }
        // Requests: one per query plus paging, never one per removal.
        long perQuery = hooks.runPixelCount();
        assertTrue(perQuery < 1000 + 334 * 4 + 20, "no round trip of its own per RemoveTask: " + perQuery);
        for (int attempt = 0; attempt < 20 && hooks.openTasks("demo") > 400; attempt++) {
            System.gc();
            Thread.sleep(50);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T")) {
            rs.next();
        }
        int openBeforeClose = hooks.openTasks("demo");
        assertTrue(openBeforeClose < 400, "abandoned result sets are released by the Cleaner: " + openBeforeClose);
        String insight = ((SemossConnection) c).engine().insightId();
        assertEquals(0, hooks.recipeSize(insight), "META pixels never enter the recipe");
        c.close();
        assertEquals(0, hooks.openTasks("demo"));
        assertEquals(insightsBefore, hooks.openInsights());
    }

    @Test
    void maxRowsStopsFetchingAndReleasesTheTask() throws SQLException {
        try (Connection c = DriverManager.getConnection(semoss.url(), "AK", "SK");
             Statement s = c.createStatement()) {
            s.setMaxRows(7);
            s.setFetchSize(3);
            int n = 0;
            try (ResultSet rs = s.executeQuery("SELECT X FROM SYSTEM_RANGE(1, 1000)")) {
                while (rs.next()) {
                    n++;
                    assertEquals(n, rs.getInt(1));
                }
            }
            assertEquals(7, n);
            s.setMaxRows(0);
            try (ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next();
            }
            assertTrue(semoss.semoss().hooks().openTasks("demo") <= 1, "the capped task was removed");
        }
    }
}
