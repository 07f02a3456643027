package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The in-memory LOBs keep JDBC's 1-based positions, grow on writes past the end, and refuse use after free(). */
class SemossLobTest {

    @Test
    void clobReadsWritesAndSearchesByOneBasedPositions() throws Exception {
        SemossClob clob = new SemossClob("hello world");
        assertEquals(11, clob.length());
        assertEquals("world", clob.getSubString(7, 5));
        assertEquals("world", clob.getSubString(7, 100), "a length past the end stops at the end");
        assertEquals("", clob.getSubString(12, 3), "position length + 1 is the empty tail");
        assertEquals(7, clob.position("world", 1));
        assertEquals(-1, clob.position("world", 8));
        assertEquals(7, clob.position(new SemossClob("wor"), 2));
        assertEquals(5, clob.setString(7, "there", 0, 5));
        assertEquals("hello there", clob.value());
        clob.setString(15, "!");
        assertEquals("hello there   !", clob.value(), "a gap past the end is filled with spaces");
        clob.truncate(5);
        assertEquals("hello", clob.value());
        try (Writer writer = clob.setCharacterStream(6)) {
            writer.write(", friend");
        }
        assertEquals("hello, friend", clob.value());
        try (OutputStream out = clob.setAsciiStream(1)) {
            out.write("J".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("Jello, friend", clob.value());
        java.io.StringWriter part = new java.io.StringWriter();
        clob.getCharacterStream(8, 6).transferTo(part);
        assertEquals("friend", part.toString());
        assertEquals("Jello, friend", new String(clob.getAsciiStream().readAllBytes(), StandardCharsets.US_ASCII));
        assertEquals("22023", assertThrows(SQLException.class, () -> clob.getSubString(0, 1)).getSQLState());
        assertEquals("22023", assertThrows(SQLException.class, () -> clob.getCharacterStream(10, 10)).getSQLState());
        assertEquals("22023", assertThrows(SQLException.class, () -> clob.truncate(99)).getSQLState());
        clob.free();
        assertEquals("HY010", assertThrows(SQLException.class, clob::length).getSQLState());
        clob.free();
    }

    @Test
    void blobReadsWritesAndSearchesByOneBasedPositions() throws Exception {
        SemossBlob blob = new SemossBlob(new byte[] {1, 2, 3, 4});
        assertEquals(4, blob.length());
        assertArrayEquals(new byte[] {2, 3}, blob.getBytes(2, 2));
        assertArrayEquals(new byte[] {4}, blob.getBytes(4, 9));
        assertEquals(3, blob.position(new byte[] {3, 4}, 1));
        assertEquals(-1, blob.position(new byte[] {3, 4}, 4));
        assertEquals(2, blob.position(new SemossBlob(new byte[] {2}), 1));
        blob.setBytes(7, new byte[] {9});
        assertArrayEquals(new byte[] {1, 2, 3, 4, 0, 0, 9}, blob.value(), "a gap past the end is filled with zeros");
        blob.truncate(2);
        try (OutputStream out = blob.setBinaryStream(3)) {
            out.write(new byte[] {7, 8});
            out.write(6);
        }
        assertArrayEquals(new byte[] {1, 2, 7, 8, 6}, blob.value());
        assertArrayEquals(new byte[] {7, 8}, blob.getBinaryStream(3, 2).readAllBytes());
        assertArrayEquals(new byte[] {1, 2, 7, 8, 6}, blob.getBinaryStream().readAllBytes());
        byte[] source = {5, 5};
        SemossBlob copy = new SemossBlob(source);
        source[0] = 0;
        assertArrayEquals(new byte[] {5, 5}, copy.value(), "the Blob holds its own copy");
        assertEquals("22023", assertThrows(SQLException.class, () -> blob.getBytes(7, 1)).getSQLState());
        assertEquals("22023", assertThrows(SQLException.class, () -> blob.setBytes(0, new byte[1])).getSQLState());
        blob.free();
        assertEquals("HY010", assertThrows(SQLException.class, () -> blob.getBytes(1, 1)).getSQLState());
    }
}
