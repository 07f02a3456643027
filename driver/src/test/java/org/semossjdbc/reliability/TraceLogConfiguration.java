package org.semossjdbc.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;

/**
 * The java.util.logging set-up of the driver module's whole test run ({@code java.util.logging.config.class}, from
 * the POM's {@code argLine}): the driver's and OkHttp's loggers at TRACE (FINEST) into {@link TraceFileHandler}, so
 * that {@code SecretsInTraceLogAfterRunIT} can check every line the run produced; the console keeps INFO as before.
 */
public final class TraceLogConfiguration {

    public TraceLogConfiguration() {
        String configuration = String.join("\n",
                "handlers=java.util.logging.ConsoleHandler",
                ".level=INFO",
                "java.util.logging.ConsoleHandler.level=INFO",
                "org.semossjdbc.level=FINEST",
                "org.semossjdbc.handlers=" + TraceFileHandler.class.getName(),
                "okhttp3.level=FINEST",
                "okhttp3.handlers=" + TraceFileHandler.class.getName(),
                // The emulator is the server: its logs are not the driver's, and at FINEST they would only cost time.
                "org.semossjdbc.emulator.level=INFO",
                "org.semossjdbc.testing.level=INFO",
                "");
        try {
            LogManager.getLogManager().readConfiguration(
                    new ByteArrayInputStream(configuration.getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
