package org.semossjdbc.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The tests' one log capture: while open, every java.util.logging record of the named loggers at FINEST (the driver's
 * TRACE; with no SLF4J provider on the test class path the driver logs through java.util.logging). Records of the
 * emulator and of these fixtures are left out: the server's own log is not the client's.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.driver()) {
 *     ...
 *     assertFalse(String.join("\n", log.lines()).contains(secret));
 * }
 * }</pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previousLevels = new ArrayList<>();
    private final List<LogRecord> records = new ArrayList<>();

    private LogCapture(String... loggerNames) {
        setLevel(Level.ALL);
        for (String name : loggerNames) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger);
            previousLevels.add(logger.getLevel());
            logger.setLevel(Level.FINEST);
            logger.addHandler(this);
        }
    }

    /** The driver ({@code org.semossjdbc}) and OkHttp, whose records may carry request details. */
    public static LogCapture driver() {
        return of("org.semossjdbc", "okhttp3");
    }

    /** The named loggers and their children. */
    public static LogCapture of(String... loggerNames) {
        return new LogCapture(loggerNames);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        String name = String.valueOf(record.getLoggerName());
        if (!name.startsWith("org.semossjdbc.emulator") && !name.startsWith("org.semossjdbc.testing")) {
            records.add(record);
        }
    }

    /** Each record's message with its parameters, then each exception of its cause chain as an entry of its own. */
    public synchronized List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (LogRecord record : records) {
            messages.add(message(record));
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                messages.add(String.valueOf(thrown));
            }
        }
        return messages;
    }

    /** Each record as one line: logger name, message with parameters, and the full stack trace when there is one. */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (LogRecord record : records) {
            StringBuilder line = new StringBuilder(String.valueOf(record.getLoggerName())).append(' ')
                    .append(message(record));
            if (record.getThrown() != null) {
                StringWriter trace = new StringWriter();
                record.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String message(LogRecord record) {
        StringBuilder message = new StringBuilder(String.valueOf(record.getMessage()));
        if (record.getParameters() != null) {
            for (Object parameter : record.getParameters()) {
                message.append(' ').append(parameter);
            }
        }
        return message.toString();
    }

    @Override
    public void flush() {
    }

    /** Detaches from the loggers and gives them back their levels. */
    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(this);
            loggers.get(i).setLevel(previousLevels.get(i));
        }
    }
}
