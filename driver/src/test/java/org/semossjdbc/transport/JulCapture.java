package org.semossjdbc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures java.util.logging records of the given loggers (default: the transport package) at FINEST while open. */
final class JulCapture extends Handler implements AutoCloseable {

    private final List<Logger> loggers = new ArrayList<>();
    private final List<Level> previousLevels = new ArrayList<>();
    private final List<LogRecord> records = new ArrayList<>();

    JulCapture() {
        this("org.semossjdbc.transport");
    }

    JulCapture(String... loggerNames) {
        setLevel(Level.ALL);
        for (String name : loggerNames) {
            Logger logger = Logger.getLogger(name);
            loggers.add(logger);
            previousLevels.add(logger.getLevel());
            logger.setLevel(Level.FINEST);
            logger.addHandler(this);
        }
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** Every captured message, with the thrown exception's text when there is one. */
    synchronized List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (LogRecord record : records) {
            messages.add(record.getMessage());
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                messages.add(String.valueOf(thrown));
            }
        }
        return messages;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).removeHandler(this);
            loggers.get(i).setLevel(previousLevels.get(i));
        }
    }
}
