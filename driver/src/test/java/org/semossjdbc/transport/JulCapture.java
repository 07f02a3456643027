package org.semossjdbc.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Captures java.util.logging records of the transport package at FINEST while open. */
final class JulCapture extends Handler implements AutoCloseable {

    private final Logger logger = Logger.getLogger("org.semossjdbc.transport");
    private final Level previousLevel;
    private final List<LogRecord> records = new ArrayList<>();

    JulCapture() {
        previousLevel = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(Level.FINEST);
        logger.addHandler(this);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        records.add(record);
    }

    /** Every captured message, formatted. */
    synchronized List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (LogRecord record : records) {
            String message = record.getMessage();
            messages.add(message);
            if (record.getThrown() != null) {
                messages.add(String.valueOf(record.getThrown()));
            }
        }
        return messages;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
