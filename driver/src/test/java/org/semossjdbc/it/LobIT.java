package org.semossjdbc.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.semossjdbc.testing.ScratchDatabase.Backend;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LOBs: created in memory, sent as literals by setClob/setNClob/setBlob (also from streams), read back wrapped. */
class LobIT {

    private static String ddl(Backend backend) {
        return switch (backend) {
            case H2 -> "CREATE TABLE lob_t (id INT PRIMARY KEY, c CLOB, n NCLOB, b BLOB)";
            case POSTGRES -> "CREATE TABLE lob_t (id INT PRIMARY KEY, c TEXT, n TEXT, b BYTEA)";
            case MARIADB -> "CREATE TABLE lob_t (id INT PRIMARY KEY, c LONGTEXT, n LONGTEXT, b LONGBLOB)";
        };
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void lobsMadeByTheConnectionRoundTrip(Backend backend) throws SQLException {
        String text = "It's a \"clob\" with é, 中 and a backslash \\ ".repeat(200);
        byte[] bytes = "binary \u00e9\u4e2d text".getBytes(StandardCharsets.UTF_8);
        try (EmulatorSetup setup = EmulatorSetup.start(backend);
             Connection c = setup.connect(); Statement s = c.createStatement()) {
            s.executeUpdate(ddl(backend));
            Clob clob = c.createClob();
            assertEquals(text.length(), clob.setString(1, text));
            NClob nclob = c.createNClob();
            nclob.setString(1, "nclob ü");
            Blob blob = c.createBlob();
            blob.setBytes(1, bytes);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO lob_t VALUES (?, ?, ?, ?)")) {
                p.setInt(1, 1);
                p.setClob(2, clob);
                p.setNClob(3, nclob);
                p.setBlob(4, blob);
                assertEquals(1, p.executeUpdate());
                p.setInt(1, 2);
                p.setClob(2, new StringReader("from a reader"));
                p.setNClob(3, new StringReader("nclob reader"), 5);
                p.setBlob(4, new ByteArrayInputStream(bytes));
                assertEquals(1, p.executeUpdate());
                p.setInt(1, 3);
                p.setClob(2, (Clob) null);
                p.setNClob(3, (NClob) null);
                p.setBlob(4, (Blob) null);
                assertEquals(1, p.executeUpdate());
            }
            try (ResultSet rs = s.executeQuery("SELECT id, c, n, b FROM lob_t ORDER BY id")) {
                assertTrue(rs.next());
                Clob back = rs.getClob(2);
                assertEquals(text.length(), back.length());
                assertEquals(text, back.getSubString(1, (int) back.length()));
                assertEquals("nclob ü", rs.getNClob(3).getSubString(1, 100));
                Blob b = rs.getBlob(4);
                assertArrayEquals(bytes, b.getBytes(1, (int) b.length()));
                assertArrayEquals(bytes, rs.getObject(4, Blob.class).getBinaryStream().readAllBytes());
                assertEquals(text, rs.getObject("c", Clob.class).getSubString(1, text.length()));
                assertTrue(rs.next());
                assertEquals("from a reader", rs.getClob("c").getSubString(1, 100));
                assertEquals("nclob", rs.getNClob("n").getSubString(1, 100));
                assertArrayEquals(bytes, rs.getBlob("b").getBytes(1, 1000));
                assertTrue(rs.next());
                assertNull(rs.getClob(2));
                assertTrue(rs.wasNull());
                assertNull(rs.getNClob(3));
                assertNull(rs.getBlob(4));
                assertFalse(rs.next());
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}
