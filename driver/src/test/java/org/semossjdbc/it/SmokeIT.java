package org.semossjdbc.it;

import org.junit.jupiter.api.Test;
import org.semossjdbc.testing.ScratchDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SmokeIT {
    @Test
    void roundTrip() throws Exception {
        try (EmulatorSetup setup = EmulatorSetup.start(ScratchDatabase.Backend.H2);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            assertEquals(0, s.executeUpdate("CREATE TABLE T (ID INT PRIMARY KEY, NAME VARCHAR(20))"));
            assertEquals(3, s.executeUpdate("INSERT INTO T VALUES (1,'a'),(2,'b'),(3,'c')"));
            assertEquals(2, s.executeUpdate("UPDATE T SET NAME = 'x' WHERE ID < 3"));
            try (ResultSet rs = s.executeQuery("SELECT ID, NAME FROM T ORDER BY ID")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals("x", rs.getString("name"));
                assertTrue(rs.next());
                assertTrue(rs.next());
                assertFalse(rs.next());
            }
        }
    }
}
