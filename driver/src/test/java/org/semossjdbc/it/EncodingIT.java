package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Any text survives the trip through the pixel (tag-less percent-encoding, docs/protocol.md, 'Encoding') and the
 * literal renderer.
 */
class EncodingIT {
    /** The texts that break other encodings (transcripts 102-123, 244-246, 348-352). */
    static final List<String> CORPUS = List.of(
            "plain", "", " leading and trailing ", "it's", "''", "\"double\"", "back\\slash", "C:\\new\\table",
            "\\'", "line\nfeed", "crlf\r\nx", "tab\there", "semi;colon; DROP TABLE x;", "100% %41 %20 %% %zz",
            "a+b c", "é 中文 😀", "&=#?/", "\"); DropInsight(); (\"", "\u0001\u0007\u001F~!*()'", "\\u0041",
            "</encode>", "<encode>", "<e>y</e>", "</e>", "<sEncode>q</sEncode>", "</sEncode>", "?", "?? ?|",
            "$1 $$x$$ $tag$", ":name", "{fn ucase('x')}", "{d '2024-01-01'}", "-- not a comment",
            "/* not a comment */", "#hash", "\u00A0nbsp\u2028ls\u2029ps", "\uFEFFbom", "ﬁ ß İ ı");

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theCorpusRoundTripsThroughStatementAndPreparedStatement(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(Sql.textTable(backend, "enc", 500));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO enc (id, v) VALUES (?, ?)")) {
                for (int i = 0; i < CORPUS.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, CORPUS.get(i));
                    assertEquals(1, insert.executeUpdate(), CORPUS.get(i));
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT v FROM enc WHERE id = ? AND v = ?")) {
                for (int i = 0; i < CORPUS.size(); i++) {
                    select.setInt(1, i);
                    select.setString(2, CORPUS.get(i));
                    try (ResultSet rs = select.executeQuery()) {
                        assertTrue(rs.next(), "found by value: " + CORPUS.get(i));
                        assertEquals(CORPUS.get(i), rs.getString(1));
                    }
                }
            }
            // The same texts written by hand into plain SQL (quotes doubled, MariaDB backslashes doubled).
            for (int i = 0; i < CORPUS.size(); i++) {
                String literal = CORPUS.get(i).replace("'", "''");
                if (backend == Backend.MARIADB) {
                    literal = literal.replace("\\", "\\\\");
                }
                s.executeUpdate("UPDATE enc SET v = '" + literal + "' WHERE id = " + i);
            }
            try (ResultSet rs = s.executeQuery("SELECT id, v FROM enc ORDER BY id")) {
                for (String expected : CORPUS) {
                    assertTrue(rs.next());
                    assertEquals(expected, rs.getString("v"));
                }
                assertFalse(rs.next());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tenThousandRandomUnicodeStringsRoundTripExactly(Backend backend) throws SQLException {
        Random random = new Random(20261121L + backend.ordinal());
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            values.add(randomText(random));
        }
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(Sql.textTable(backend, "rnd", 200));
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO rnd (id, v) VALUES (?, ?)")) {
                for (int i = 0; i < values.size(); i++) {
                    insert.setInt(1, i);
                    insert.setString(2, values.get(i));
                    insert.addBatch();
                }
                int[] counts = insert.executeBatch();
                assertEquals(values.size(), counts.length);
                for (int count : counts) {
                    assertTrue(count == 1 || count == Statement.SUCCESS_NO_INFO);
                }
            }
            s.setFetchSize(2500);
            try (ResultSet rs = s.executeQuery("SELECT id, v FROM rnd ORDER BY id")) {
                for (int i = 0; i < values.size(); i++) {
                    assertTrue(rs.next());
                    assertEquals(i, rs.getInt(1));
                    assertEquals(values.get(i), rs.getString(2), "row " + i);
                }
                assertFalse(rs.next());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Backend.class, names = "POSTGRES")
    void aValueTheBackendCannotStoreFailsAtSetTime(Backend backend) throws SQLException {
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect();
             PreparedStatement p = c.prepareStatement("SELECT ?")) {
            SQLException e = assertThrows(SQLException.class, () -> p.setString(1, "nul\u0000byte"));
            assertTrue(e.getSQLState().startsWith("22"), e.getSQLState());
        }
    }

    /** Up to 40 code points from every plane, without NUL (PostgreSQL text cannot hold it) or lone surrogates. */
    static String randomText(Random random) {
        StringBuilder s = new StringBuilder();
        int length = random.nextInt(41);
        while (s.codePointCount(0, s.length()) < length) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> 1 + random.nextInt(0x7F);
                case 1 -> 0x80 + random.nextInt(0x800 - 0x80);
                case 2 -> 0x800 + random.nextInt(0xFFFF - 0x800);
                default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            };
            if ((cp >= 0xD800 && cp <= 0xDFFF)) {
                continue;
            }
            s.appendCodePoint(cp);
        }
        return s.toString();
    }
}
