package org.semossjdbc.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.sql.SQLException;

/**
 * What {@link SemossBlob} and {@link SemossClob} share: JDBC's 1-based positions, and the streams their
 * {@code set*Stream(pos)} methods return, which write through the LOB's own positioned setter so that one place
 * checks and grows the value.
 */
final class LobStreams {

    /** A LOB's positioned setter: writes {@code length} units of {@code chunk} from {@code offset} at {@code pos}. */
    @FunctionalInterface
    interface PositionedWrite<T> {
        /** Returns how many units it wrote. */
        int write(long pos, T chunk, int offset, int length) throws SQLException;
    }

    private LobStreams() {
    }

    /** The 0-based index of 1-based {@code pos} in a value of {@code length} units; one past the end is allowed. */
    static int start(long pos, int length) throws SQLException {
        if (pos < 1 || pos > length + 1L) {
            throw new SQLException("Position " + pos + " lies outside 1.." + (length + 1), "22023");
        }
        return (int) pos - 1;
    }

    /** A stream whose bytes go to the LOB from {@code pos} on, each write after the previous one. */
    static OutputStream outputStream(long pos, PositionedWrite<byte[]> sink) {
        long[] next = {pos};
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    next[0] += sink.write(next[0], b, off, len);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }
        };
    }

    /** A writer whose characters go to the LOB from {@code pos} on, each write after the previous one. */
    static Writer writer(long pos, PositionedWrite<char[]> sink) {
        long[] next = {pos};
        return new Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                try {
                    next[0] += sink.write(next[0], chars, off, len);
                } catch (SQLException e) {
                    throw new IOException(e.getMessage(), e);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }
}
