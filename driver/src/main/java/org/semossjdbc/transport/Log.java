package org.semossjdbc.transport;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The driver's tiny logging facade: SLF4J when the application has it on the class path with a provider bound,
 * java.util.logging otherwise (SLF4J is an optional dependency, so its classes may be missing at run time; an
 * slf4j-api jar without a provider would silently drop every message, so JUL is used then too).
 *
 * <p>Public so that the protocol and jdbc layers log through the same facade.
 *
 * <p>Callers pass only what is safe to print: methods, paths, statuses, durations, cookie names. Never header values,
 * bodies, passwords, tokens or cookie values.
 */
public final class Log {

    private static final boolean SLF4J_PRESENT = slf4jPresent();

    private final String name;
    private final Object delegate;

    private Log(String name) {
        this.name = name;
        this.delegate = SLF4J_PRESENT ? Slf4j.logger(name) : Logger.getLogger(name);
    }

    /** A logger named after {@code type}. */
    public static Log of(Class<?> type) {
        return new Log(type.getName());
    }

    /** Whether DEBUG (JUL FINE) messages are written. */
    public boolean isDebugEnabled() {
        return SLF4J_PRESENT ? Slf4j.isDebugEnabled(delegate) : ((Logger) delegate).isLoggable(Level.FINE);
    }

    /** Whether TRACE (JUL FINEST) messages are written. */
    public boolean isTraceEnabled() {
        return SLF4J_PRESENT ? Slf4j.isTraceEnabled(delegate) : ((Logger) delegate).isLoggable(Level.FINEST);
    }

    /** Logs at DEBUG (JUL FINE); {@code {}} placeholders are replaced by the arguments in order. */
    public void debug(String pattern, Object... args) {
        if (isDebugEnabled()) {
            write(Level.FINE, format(pattern, args));
        }
    }

    /** Logs at TRACE (JUL FINEST). */
    public void trace(String pattern, Object... args) {
        if (isTraceEnabled()) {
            write(Level.FINEST, format(pattern, args));
        }
    }

    private void write(Level level, String message) {
        if (SLF4J_PRESENT) {
            Slf4j.log(delegate, level, message);
        } else {
            ((Logger) delegate).logp(level, name, null, message);
        }
    }

    static String format(String pattern, Object... args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int argument = 0;
        int from = 0;
        int at;
        while ((at = pattern.indexOf("{}", from)) >= 0) {
            out.append(pattern, from, at);
            out.append(argument < args.length ? String.valueOf(args[argument++]) : "{}");
            from = at + 2;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }

    /** Whether messages go to SLF4J (else java.util.logging). */
    static boolean usesSlf4j() {
        return SLF4J_PRESENT;
    }

    private static boolean slf4jPresent() {
        try {
            Class.forName("org.slf4j.LoggerFactory", false, Log.class.getClassLoader());
            return Slf4j.hasProvider();
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Kept in its own class so SLF4J types are only loaded when SLF4J is present. */
    private static final class Slf4j {
        static boolean hasProvider() {
            return !(org.slf4j.LoggerFactory.getILoggerFactory() instanceof org.slf4j.helpers.NOPLoggerFactory);
        }

        static Object logger(String name) {
            return org.slf4j.LoggerFactory.getLogger(name);
        }

        static boolean isDebugEnabled(Object logger) {
            return ((org.slf4j.Logger) logger).isDebugEnabled();
        }

        static boolean isTraceEnabled(Object logger) {
            return ((org.slf4j.Logger) logger).isTraceEnabled();
        }

        static void log(Object logger, Level level, String message) {
            if (level == Level.FINEST) {
                ((org.slf4j.Logger) logger).trace(message);
            } else {
                ((org.slf4j.Logger) logger).debug(message);
            }
        }
    }
}
