package org.semossjdbc.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Blob;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * A binary LOB held in memory: what {@code Connection.createBlob()} returns and what {@code getBlob} wraps (the bytes
 * {@code getBytes} reads). SEMOSS has no server-side locator; the value travels as a binary literal when set as a
 * parameter. Positions are 1-based. Thread-safe (every method holds the instance lock); after {@link #free()} every
 * method but {@code free} throws.
 */
final class SemossBlob implements Blob {
    private byte[] bytes;
    private int length;

    SemossBlob() {
        this(new byte[0]);
    }

    SemossBlob(byte[] value) {
        this.bytes = value.clone();
        this.length = value.length;
    }

    /** The whole value (a copy). */
    synchronized byte[] value() throws SQLException {
        return Arrays.copyOf(open(), length);
    }

    private byte[] open() throws SQLException {
        if (bytes == null) {
            throw new SQLException("This Blob was freed", "HY010");
        }
        return bytes;
    }

    @Override
    public synchronized long length() throws SQLException {
        open();
        return length;
    }

    @Override
    public synchronized byte[] getBytes(long pos, int len) throws SQLException {
        byte[] b = open();
        int from = start(pos);
        if (len < 0) {
            throw new SQLException("Negative length " + len, "22023");
        }
        return Arrays.copyOfRange(b, from, (int) Math.min(length, (long) from + len));
    }

    @Override
    public synchronized InputStream getBinaryStream() throws SQLException {
        return new ByteArrayInputStream(value());
    }

    @Override
    public synchronized InputStream getBinaryStream(long pos, long len) throws SQLException {
        open();
        int from = start(pos);
        if (len < 0 || from + len > length) {
            throw new SQLException("Range " + pos + "+" + len + " lies outside the Blob's " + length + " bytes",
                    "22023");
        }
        return new ByteArrayInputStream(Arrays.copyOfRange(bytes, from, (int) (from + len)));
    }

    @Override
    public synchronized long position(byte[] pattern, long start) throws SQLException {
        byte[] b = open();
        if (pattern == null || start < 1 || start > length + 1L) {
            return -1;
        }
        outer:
        for (int i = (int) start - 1; i + pattern.length <= length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (b[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i + 1L;
        }
        return -1;
    }

    @Override
    public long position(Blob pattern, long start) throws SQLException {
        return position(pattern == null ? null : pattern.getBytes(1, (int) pattern.length()), start);
    }

    @Override
    public synchronized int setBytes(long pos, byte[] value) throws SQLException {
        return setBytes(pos, value, 0, value == null ? 0 : value.length);
    }

    /** Writes over the value from {@code pos}, growing it as needed; a gap past the end is filled with zero bytes. */
    @Override
    public synchronized int setBytes(long pos, byte[] value, int offset, int len) throws SQLException {
        open();
        if (value == null || offset < 0 || len < 0 || offset + len > value.length) {
            throw new SQLException("Invalid bytes, offset " + offset + " or length " + len, "22023");
        }
        if (pos < 1 || pos - 1 > Integer.MAX_VALUE - 8L - len) {
            throw new SQLException("Invalid position " + pos, "22023");
        }
        int from = (int) pos - 1;
        int end = from + len;
        if (end > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(end, (int) Math.min(Integer.MAX_VALUE - 8L, bytes.length * 2L)));
        }
        if (from > length) {
            Arrays.fill(bytes, length, from, (byte) 0);
        }
        System.arraycopy(value, offset, bytes, from, len);
        length = Math.max(length, end);
        return len;
    }

    @Override
    public synchronized OutputStream setBinaryStream(long pos) throws SQLException {
        open();
        return LobStreams.outputStream(pos, this::setBytes);
    }

    @Override
    public synchronized void truncate(long len) throws SQLException {
        open();
        if (len < 0 || len > length) {
            throw new SQLException("Cannot truncate " + length + " bytes to " + len, "22023");
        }
        length = (int) len;
    }

    @Override
    public synchronized void free() {
        bytes = null;
    }

    private int start(long pos) throws SQLException {
        return LobStreams.start(pos, length);
    }

    @Override
    public synchronized String toString() {
        return bytes == null ? "SemossBlob[freed]" : "SemossBlob[" + length + " bytes]";
    }
}
