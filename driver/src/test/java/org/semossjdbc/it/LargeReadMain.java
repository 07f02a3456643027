package org.semossjdbc.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Reads a large result to the end and prints the row count and the sum of the first column; run by
 * {@link LargeResultIT} in a JVM with a small heap, so it proves the driver streams rather than buffers.
 * Arguments: URL, user, password, SQL.
 */
public final class LargeReadMain {
    private LargeReadMain() {
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        long rows = 0;
        long sum = 0;
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(args[3])) {
            while (rs.next()) {
                rows++;
                sum += rs.getLong(1);
                rs.getString(2);
            }
        }
        System.out.println("ROWS=" + rows + " SUM=" + sum + " MAXHEAP=" + Runtime.getRuntime().maxMemory());
    }
}
