package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase;

/**
 * Renders tricky values with {@link LiteralRenderer}, inserts them over plain JDBC Statements into real H2 1.4.200,
 * PostgreSQL and MariaDB databases, and reads them back: the literal must mean exactly the value. PostgreSQL and
 * MariaDB run under {@code -Pservices} and are skipped (visibly) otherwise.
 */
class LiteralBackendTest {
    private static final ZoneId ZONE = ZoneId.of("UTC");

    static Dialect dialectOf(ScratchDatabase.Backend backend) {
        return switch (backend) {
            case H2 -> Dialect.H2;
            case POSTGRES -> Dialect.POSTGRESQL;
            case MARIADB -> Dialect.MARIADB;
        };
    }

    static List<String> trickyStrings(Dialect dialect) {
        List<String> values = new ArrayList<>(List.of("", "plain", "it's", "''", "\\", "\\'", "a\\b\\\\c", "C:\\new\\table",
                "\\0 \\n \\t \\Z \\%", "\"double\"", "`back`", "?", "??", "?|", "-- not a comment", "/* nor this */",
                "# nor this", "$$ dollar $$", "$tag$", ";", "'; DROP TABLE t; --", "\n\r\t", "é 中文 😀 𝄞",
                "</encode><encode><sEncode>", "%41 %% +", "\u0001\u0007\u001f\u007f", "\u2028\u2029\ufeff", "E'x'"));
        if (dialect != Dialect.POSTGRESQL) {
            values.add("nul\u0000inside");
        }
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            values.add(LiteralRoundTripPropertyTest.randomText(random, dialect != Dialect.POSTGRESQL));
        }
        return values;
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void stringsComeBackExactly(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = dialectOf(backend);
        LiteralRenderer renderer = new LiteralRenderer(dialect, ZONE);
        List<String> values = trickyStrings(dialect);
        String type = switch (dialect) {
            case POSTGRESQL -> "TEXT";
            case MARIADB -> "LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";
            default -> "VARCHAR";
        };
        List<String> mismatches = new ArrayList<>();
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_s (id INT PRIMARY KEY, v " + type + ")");
            for (int i = 0; i < values.size(); i++) {
                s.execute("INSERT INTO lit_s (id, v) VALUES (" + i + ", " + renderer.string(values.get(i)) + ")");
            }
            try (ResultSet rs = s.executeQuery("SELECT id, v FROM lit_s ORDER BY id")) {
                while (rs.next()) {
                    String expected = values.get(rs.getInt(1));
                    String actual = rs.getString(2);
                    if (!expected.equals(actual)) {
                        mismatches.add(Corpus.escape(expected) + " came back as " + Corpus.escape(String.valueOf(actual)));
                    }
                }
            }
            assertEquals(List.of(), mismatches);
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void numbersComeBackExactly(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = dialectOf(backend);
        LiteralRenderer r = new LiteralRenderer(dialect, ZONE);
        long[] longs = {0, 1, -1, Long.MAX_VALUE, Long.MIN_VALUE};
        double[] doubles = {0.1, -2.5, 1.0E300, -1.0E-300, Math.PI, 123456789.123456789};
        BigDecimal[] decimals = {new BigDecimal("12345678901234.123456"), new BigDecimal("-0.000001"),
                new BigDecimal("1E+15"), new BigDecimal("0")};
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_n (id INT PRIMARY KEY, l BIGINT, d DOUBLE PRECISION, n DECIMAL(40, 10))");
            List<String> expected = new ArrayList<>();
            List<String> actual = new ArrayList<>();
            for (int i = 0; i < longs.length; i++) {
                s.execute("INSERT INTO lit_n (id, l, d, n) VALUES (" + i + ", " + r.integer(longs[i]) + ", "
                        + r.floating(doubles[i]) + ", " + r.decimal(decimals[i % decimals.length]) + ")");
                expected.add(longs[i] + " " + doubles[i] + " " + decimals[i % decimals.length].setScale(10));
            }
            // "10-?" with a negative value must subtract, not start a comment
            try (ResultSet rs = s.executeQuery(ParsedStatement.parse("SELECT 10-?", dialect).render(new String[] {r.integer(-5)}))) {
                rs.next();
                assertEquals(15, rs.getLong(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT l, d, n FROM lit_n ORDER BY id")) {
                while (rs.next()) {
                    actual.add(rs.getLong(1) + " " + rs.getDouble(2) + " " + rs.getBigDecimal(3));
                }
            }
            assertEquals(expected, actual);
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void extremeDoublesComeBackExactly(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = dialectOf(backend);
        LiteralRenderer r = new LiteralRenderer(dialect, ZONE);
        List<Double> values = new ArrayList<>(List.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1.0 / 3,
                2.0 / 3, 1e-5, 123456.789e10, 9007199254740993.0, 0.30000000000000004));
        values.add(Double.MIN_VALUE);
        Random random = new Random(11);
        for (int i = 0; i < 50; i++) {
            values.add(Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL) * (random.nextBoolean() ? 1 : -1));
        }
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_x (id INT PRIMARY KEY, d DOUBLE PRECISION)");
            for (int i = 0; i < values.size(); i++) {
                s.execute("INSERT INTO lit_x VALUES (" + i + ", " + r.floating(values.get(i)) + ")");
            }
            List<Double> back = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT d FROM lit_x ORDER BY id")) {
                while (rs.next()) {
                    back.add(rs.getDouble(1));
                }
            }
            assertEquals(values, back);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void nanAndInfinitiesComeBackExactly(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        LiteralRenderer r = new LiteralRenderer(dialectOf(backend), ZONE);
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_f (id INT PRIMARY KEY, d DOUBLE PRECISION)");
            s.execute("INSERT INTO lit_f VALUES (1, " + r.floating(Double.NaN) + "), (2, " + r.floating(Double.POSITIVE_INFINITY)
                    + "), (3, " + r.floating(Double.NEGATIVE_INFINITY) + ")");
            List<Double> back = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT d FROM lit_f ORDER BY id")) {
                while (rs.next()) {
                    back.add(rs.getDouble(1));
                }
            }
            assertEquals(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), back);
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void booleansBytesAndUuidsComeBackExactly(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = dialectOf(backend);
        LiteralRenderer r = new LiteralRenderer(dialect, ZONE);
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        String binary = switch (dialect) {
            case POSTGRESQL -> "BYTEA";
            case MARIADB -> "BLOB";
            default -> "VARBINARY";
        };
        String uuidType = dialect == Dialect.MARIADB ? "CHAR(36)" : "UUID";
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_b (id INT PRIMARY KEY, t BOOLEAN, f BOOLEAN, b " + binary + ", e " + binary + ", u " + uuidType + ")");
            s.execute("INSERT INTO lit_b VALUES (1, " + r.bool(true) + ", " + r.bool(false) + ", " + r.bytes(bytes) + ", "
                    + r.bytes(new byte[0]) + ", " + r.uuid(uuid) + ")");
            try (ResultSet rs = s.executeQuery("SELECT t, f, b, e, u FROM lit_b")) {
                rs.next();
                assertEquals("true false " + uuid, rs.getBoolean(1) + " " + rs.getBoolean(2) + " " + rs.getString(5));
                assertArrayEquals(bytes, rs.getBytes(3));
                assertArrayEquals(new byte[0], rs.getBytes(4));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScratchDatabase.Backend.class)
    void datesAndTimesComeBackExactly(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        Dialect dialect = dialectOf(backend);
        LiteralRenderer r = new LiteralRenderer(dialect, ZONE);
        LocalDate date = LocalDate.of(2024, 2, 29);
        LocalTime time = LocalTime.of(23, 59, 58, 123_456_000);
        LocalDateTime timestamp = LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000);
        String types = switch (dialect) {
            case POSTGRESQL -> "d DATE, t TIME(6), ts TIMESTAMP(6)";
            case MARIADB -> "d DATE, t TIME(6), ts DATETIME(6)";
            default -> "d DATE, t TIME(9), ts TIMESTAMP(9)";
        };
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_d (id INT PRIMARY KEY, " + types + ")");
            s.execute("INSERT INTO lit_d VALUES (1, " + r.date(date) + ", " + r.time(time) + ", " + r.timestamp(timestamp) + ")");
            // text forms avoid any zone conversion in the drivers' date getters
            String textCast = dialect == Dialect.MARIADB ? "CHAR" : "VARCHAR(40)";
            try (ResultSet rs = s.executeQuery("SELECT CAST(d AS " + textCast + "), CAST(t AS " + textCast + "), CAST(ts AS "
                    + textCast + ") FROM lit_d")) {
                rs.next();
                assertEquals(date + " " + time + " " + timestamp.toString().replace('T', ' '),
                        rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ScratchDatabase.Backend.class, names = {"H2", "POSTGRES"})
    void offsetTimestampsKeepTheirInstant(ScratchDatabase.Backend backend) throws SQLException {
        assumeTrue(backend.isAvailable(), backend + " is not configured (run with -Pservices)");
        LiteralRenderer r = new LiteralRenderer(dialectOf(backend), ZONE);
        OffsetDateTime value = OffsetDateTime.parse("2024-02-29T13:45:56.123456+05:30");
        try (ScratchDatabase db = ScratchDatabase.create(backend); Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE lit_o (id INT PRIMARY KEY, o TIMESTAMP WITH TIME ZONE)");
            s.execute("INSERT INTO lit_o VALUES (1, " + r.timestampWithOffset(value) + ")");
            try (ResultSet rs = s.executeQuery("SELECT o FROM lit_o")) {
                rs.next();
                assertEquals(value.toInstant(), rs.getObject(1, OffsetDateTime.class).toInstant());
            }
        }
    }
}
