package org.semossjdbc.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures, while open, every java.util.logging record of the driver ({@code org.semossjdbc}, emulator excluded) and
 * of OkHttp at FINEST, the driver's TRACE: no SLF4J provider is on the test class path, so the driver logs through
 * java.util.logging.
 */
final class DriverLogCapture extends Handler implements AutoCloseable {
    private static final String[] LOGGERS = {"org.semossjdbc", "okhttp3"};

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previous = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    DriverLogCapture() {
        setLevel(Level.ALL);
        for (String name : LOGGERS) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger);
            previous.add(logger.getLevel());
            logger.setLevel(Level.FINEST);
            logger.addHandler(this);
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        String name = String.valueOf(record.getLoggerName());
        if (name.startsWith("org.semossjdbc.emulator") || name.startsWith("org.semossjdbc.testing")) {
            return; // the server's own logs are not the driver's
        }
        StringBuilder line = new StringBuilder(name).append(' ').append(record.getMessage());
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                line.append(' ').append(parameter);
            }
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append('\n').append(trace);
        }
        lines.add(line.toString());
    }

    /** Every captured line, with parameters and stack traces. */
    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(this);
            loggers.get(i).setLevel(previous.get(i));
        }
    }
}
