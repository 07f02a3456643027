package org.semossjdbc.reliability;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/**
 * Writes every driver and OkHttp log record of the test run, one per line with its exception chain, to the file named
 * by {@value #PROPERTY} (buffered: a flush per record would slow the run). One instance per logger it is attached to,
 * so the lines of both go to one shared writer.
 */
public final class TraceFileHandler extends Handler {

    static final String PROPERTY = "semoss.trace.log";

    private static final Object LOCK = new Object();
    private static Writer shared;

    private final Formatter messages = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    public TraceFileHandler() {
        setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
        String name = String.valueOf(record.getLoggerName());
        if (name.startsWith("org.semossjdbc.emulator") || name.startsWith("org.semossjdbc.testing")) {
            return;
        }
        StringBuilder line = new StringBuilder(160).append(record.getLevel()).append(' ').append(name).append(' ')
                .append(messages.formatMessage(record));
        for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
            line.append(" | ").append(thrown);
        }
        synchronized (LOCK) {
            Writer out = writer();
            if (out == null) {
                return;
            }
            try {
                out.write(line.toString().replace('\n', ' ').replace('\r', ' '));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Writer writer() {
        if (shared == null) {
            String path = System.getProperty(PROPERTY);
            if (path == null || path.isBlank()) {
                return null;
            }
            try {
                Path file = Path.of(path);
                Files.createDirectories(file.toAbsolutePath().getParent());
                shared = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), 1 << 16);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    @Override
    public void flush() {
        synchronized (LOCK) {
            if (shared != null) {
                try {
                    shared.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @Override
    public void close() {
        flush();
    }
}
