package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Getters, getObject types and metadata over what each backend really sends. */
class ResultSetTypesIT {

    private static String ddl(Backend backend) {
        String bool = backend == Backend.MARIADB ? "BIT(1)" : "BOOLEAN";
        String ts = backend == Backend.MARIADB ? "DATETIME" : "TIMESTAMP";
        return "CREATE TABLE ty (id INT PRIMARY KEY, c_int INT, c_big BIGINT, c_small SMALLINT, c_dec DECIMAL(10,2), "
                + "c_dbl DOUBLE PRECISION, c_bool " + bool + ", c_date DATE, c_ts " + ts + ", c_text VARCHAR(50))";
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void gettersConvertWhatTheServerSends(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("sessionTimeZone=UTC"); Statement s = c.createStatement()) {
            s.executeUpdate(ddl(backend));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ty VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                p.setInt(1, 1);
                p.setInt(2, Integer.MIN_VALUE);
                p.setLong(3, Long.MAX_VALUE);
                p.setShort(4, (short) -32768);
                p.setBigDecimal(5, new BigDecimal("12345678.91"));
                p.setDouble(6, Math.PI);
                p.setBoolean(7, true);
                p.setObject(8, LocalDate.of(2024, 2, 29));
                p.setObject(9, LocalDateTime.of(2024, 2, 29, 13, 45, 56));
                p.setString(10, "hello");
                assertEquals(1, p.executeUpdate());
                p.setInt(1, 2);
                for (int i = 2; i <= 10; i++) {
                    p.setNull(i, Types.VARCHAR);
                }
                assertEquals(1, p.executeUpdate());
            }
            try (ResultSet rs = s.executeQuery("SELECT * FROM ty ORDER BY id")) {
                ResultSetMetaData md = rs.getMetaData();
                assertEquals(10, md.getColumnCount());
                assertEquals(Types.BIGINT, md.getColumnType(2), "INT is reported as BIGINT");
                assertEquals(Types.DOUBLE, md.getColumnType(6));
                assertEquals(Types.DATE, md.getColumnType(8));
                assertEquals(Types.TIMESTAMP, md.getColumnType(9));
                assertEquals(Types.VARCHAR, md.getColumnType(10));
                assertEquals("c_text", md.getColumnLabel(10).toLowerCase());

                assertTrue(rs.next());
                assertEquals(Integer.MIN_VALUE, rs.getInt("C_INT"));
                assertEquals(Long.valueOf(Integer.MIN_VALUE), rs.getObject(2));
                assertEquals(Long.MAX_VALUE, rs.getLong(3));
                assertEquals("9223372036854775807", rs.getString(3), "BIGINT is exact");
                assertEquals(-32768, rs.getInt(4), "SMALLINT arrives as a string");
                assertEquals((short) -32768, rs.getShort(4));
                assertEquals(new BigDecimal("12345678.91"), rs.getBigDecimal(5));
                assertEquals("12345678.91", rs.getString(5));
                assertEquals(Math.PI, rs.getDouble(6));
                assertTrue(rs.getBoolean(7));
                assertEquals(LocalDate.of(2024, 2, 29), rs.getObject(8, LocalDate.class));
                assertEquals(Date.valueOf("2024-02-29").toLocalDate(), rs.getDate(8).toLocalDate());
                assertEquals(LocalDateTime.of(2024, 2, 29, 13, 45, 56), rs.getObject(9, LocalDateTime.class));
                assertEquals(Instant.parse("2024-02-29T13:45:56Z"), rs.getTimestamp(9).toInstant(),
                        "local values read in the session zone (UTC)");
                Calendar tokyo = Calendar.getInstance(TimeZone.getTimeZone("Asia/Tokyo"));
                assertEquals(Instant.parse("2024-02-29T04:45:56Z"), rs.getTimestamp(9, tokyo).toInstant());
                assertEquals(OffsetDateTime.parse("2024-02-29T13:45:56Z"), rs.getObject(9, OffsetDateTime.class));
                assertEquals("hello", rs.getString("c_TEXT"));
                assertFalse(rs.wasNull());
                assertThrows(SQLException.class, () -> rs.getInt(10));

                assertTrue(rs.next());
                assertEquals(0, rs.getInt(2));
                assertTrue(rs.wasNull());
                assertNull(rs.getObject(3));
                assertNull(rs.getBigDecimal(5));
                assertNull(rs.getTimestamp(9));
                assertFalse(rs.getBoolean(7));
                assertTrue(rs.wasNull());
                assertFalse(rs.next());
            }
        }
    }

    /**
     * SEMOSS sends DECIMAL as a double (-0.0001 as -1.0E-4): every getter gives the shortest decimal that reads back
     * as it, in plain notation, scale never negative. DOUBLE columns are labelled the same and read back exactly.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void decimalsReadBackAsTheirShortestPlainDecimal(Backend backend) throws SQLException {
        String[] decimals = {"-0.0001", "0.00001", "100.00", "100000000000000000000", "12345678.91", "0"};
        String[] expected = {"-0.0001", "0.00001", "100", "100000000000000000000", "12345678.91", "0"};
        double[] doubles = {1.0E300, 1.0E-5, Math.PI, 0.1 + 0.2, -2.5E-10, 0};
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE dec_t (id INT PRIMARY KEY, c_dec DECIMAL(38,10), c_dbl DOUBLE PRECISION)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO dec_t VALUES (?, ?, ?)")) {
                for (int i = 0; i < decimals.length; i++) {
                    p.setInt(1, i);
                    p.setBigDecimal(2, new BigDecimal(decimals[i]));
                    p.setDouble(3, doubles[i]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (ResultSet rs = s.executeQuery("SELECT c_dec, c_dbl FROM dec_t ORDER BY id")) {
                for (int i = 0; i < decimals.length; i++) {
                    assertTrue(rs.next());
                    String row = "DECIMAL " + decimals[i];
                    assertEquals(new BigDecimal(expected[i]), rs.getBigDecimal(1), row + " (scale included)");
                    assertEquals(expected[i], rs.getString(1), row);
                    assertEquals(expected[i], rs.getObject(1, String.class), row);
                    assertEquals(new BigDecimal(expected[i]), rs.getObject(1, BigDecimal.class), row);
                    assertEquals(Double.valueOf(expected[i]), rs.getObject(1), row + ": getObject is the Double sent");

                    String dbl = "DOUBLE " + doubles[i];
                    assertEquals(doubles[i], rs.getDouble(2), dbl);
                    assertEquals(doubles[i], rs.getObject(2), dbl);
                    assertFalse(rs.getString(2).contains("E"), dbl + " as " + rs.getString(2));
                    assertEquals(doubles[i], Double.parseDouble(rs.getString(2)), dbl + " as " + rs.getString(2));
                }
                assertFalse(rs.next());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void timestampsWithACalendarWriteTheInstantInItsZone(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect("sessionTimeZone=UTC"); Statement s = c.createStatement()) {
            s.executeUpdate(ddl(backend));
            Timestamp instant = Timestamp.from(Instant.parse("2024-06-01T10:00:00Z"));
            Calendar newYork = Calendar.getInstance(TimeZone.getTimeZone("America/New_York"));
            try (PreparedStatement p = c.prepareStatement("INSERT INTO ty (id, c_ts) VALUES (?, ?)")) {
                p.setInt(1, 1);
                p.setTimestamp(2, instant, newYork);
                p.executeUpdate();
                p.setInt(1, 2);
                p.setTimestamp(2, instant);
                p.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT c_ts FROM ty ORDER BY id")) {
                rs.next();
                assertEquals(LocalDateTime.of(2024, 6, 1, 6, 0), rs.getObject(1, LocalDateTime.class));
                assertEquals(instant.toInstant(), rs.getTimestamp(1, newYork).toInstant());
                rs.next();
                assertEquals(LocalDateTime.of(2024, 6, 1, 10, 0), rs.getObject(1, LocalDateTime.class));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void missingParametersAre07001AndClearParametersClears(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect();
             PreparedStatement p = c.prepareStatement("SELECT ? AS a, ? AS b")) {
            assertEquals(2, p.getParameterMetaData().getParameterCount());
            p.setInt(1, 1);
            assertEquals("07001", assertThrows(SQLException.class, p::executeQuery).getSQLState());
            p.setString(2, "x");
            try (ResultSet rs = p.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("x", rs.getString("B"));
            }
            p.clearParameters();
            assertEquals("07001", assertThrows(SQLException.class, p::executeQuery).getSQLState());
        }
    }
}
