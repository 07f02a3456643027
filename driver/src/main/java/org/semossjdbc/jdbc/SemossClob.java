package org.semossjdbc.jdbc;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.NClob;
import java.sql.SQLException;

/**
 * A character LOB held in memory: what {@code Connection.createClob()}/{@code createNClob()} return and what
 * {@code getClob}/{@code getNClob} wrap. SEMOSS moves text as JSON strings, so there is no server-side locator; the
 * value travels as a literal when set as a parameter. Positions are 1-based, as JDBC counts them. Thread-safe (every
 * method holds the instance lock); after {@link #free()} every method but {@code free} throws.
 */
final class SemossClob implements NClob {
    private StringBuilder text;

    SemossClob() {
        this("");
    }

    SemossClob(String value) {
        this.text = new StringBuilder(value);
    }

    /** The whole value. */
    synchronized String value() throws SQLException {
        return open().toString();
    }

    private StringBuilder open() throws SQLException {
        if (text == null) {
            throw new SQLException("This Clob was freed", "HY010");
        }
        return text;
    }

    @Override
    public synchronized long length() throws SQLException {
        return open().length();
    }

    @Override
    public synchronized String getSubString(long pos, int length) throws SQLException {
        StringBuilder t = open();
        int from = LobStreams.start(pos, t.length());
        if (length < 0) {
            throw new SQLException("Negative length " + length, "22023");
        }
        return t.substring(from, (int) Math.min(t.length(), (long) from + length));
    }

    @Override
    public synchronized Reader getCharacterStream() throws SQLException {
        return new StringReader(open().toString());
    }

    @Override
    public synchronized Reader getCharacterStream(long pos, long length) throws SQLException {
        StringBuilder t = open();
        int from = LobStreams.start(pos, t.length());
        if (length < 0 || from + length > t.length()) {
            throw new SQLException("Range " + pos + "+" + length + " lies outside the Clob's " + t.length()
                    + " characters", "22023");
        }
        return new StringReader(t.substring(from, (int) (from + length)));
    }

    /** The characters as US-ASCII bytes (JDBC's contract); characters outside ASCII become '?'. */
    @Override
    public synchronized InputStream getAsciiStream() throws SQLException {
        return new ByteArrayInputStream(open().toString().getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public synchronized long position(String search, long start) throws SQLException {
        StringBuilder t = open();
        if (search == null || start < 1 || start > t.length() + 1L) {
            return -1;
        }
        int at = t.indexOf(search, (int) start - 1);
        return at < 0 ? -1 : at + 1L;
    }

    @Override
    public long position(java.sql.Clob search, long start) throws SQLException {
        return position(search == null ? null : search.getSubString(1, (int) search.length()), start);
    }

    @Override
    public synchronized int setString(long pos, String str) throws SQLException {
        return setString(pos, str, 0, str == null ? 0 : str.length());
    }

    /** Writes over the value from {@code pos}, growing it as needed; a gap past the end is filled with spaces. */
    @Override
    public synchronized int setString(long pos, String str, int offset, int len) throws SQLException {
        StringBuilder t = open();
        if (str == null || offset < 0 || len < 0 || offset + len > str.length()) {
            throw new SQLException("Invalid string, offset " + offset + " or length " + len, "22023");
        }
        if (pos < 1 || pos - 1 > Integer.MAX_VALUE - (long) len) {
            throw new SQLException("Invalid position " + pos, "22023");
        }
        int from = (int) pos - 1;
        while (t.length() < from) {
            t.append(' ');
        }
        int end = from + len;
        t.replace(from, Math.min(end, t.length()), str.substring(offset, offset + len));
        return len;
    }

    @Override
    public synchronized OutputStream setAsciiStream(long pos) throws SQLException {
        open();
        return LobStreams.outputStream(pos,
                (at, bytes, offset, len) -> setString(at, new String(bytes, offset, len, StandardCharsets.US_ASCII)));
    }

    @Override
    public synchronized Writer setCharacterStream(long pos) throws SQLException {
        open();
        return LobStreams.writer(pos, (at, chars, offset, len) -> setString(at, new String(chars, offset, len)));
    }

    @Override
    public synchronized void truncate(long len) throws SQLException {
        StringBuilder t = open();
        if (len < 0 || len > t.length()) {
            throw new SQLException("Cannot truncate " + t.length() + " characters to " + len, "22023");
        }
        t.setLength((int) len);
    }

    @Override
    public synchronized void free() {
        text = null;
    }

    @Override
    public synchronized String toString() {
        return text == null ? "SemossClob[freed]" : "SemossClob[" + text.length() + " chars]";
    }
}
