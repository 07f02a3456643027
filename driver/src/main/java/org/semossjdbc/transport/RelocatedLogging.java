package org.semossjdbc.transport;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the driver's logging level from reaching the libraries the shaded jar relocates.
 *
 * <p>OkHttp logs through java.util.logging under its class names. The shaded jar relocates it to
 * {@code org.semossjdbc.shaded.okhttp3}, which makes its loggers children of {@code org.semossjdbc}: a user who turns
 * on the driver's logging with {@code org.semossjdbc.level=FINEST} would also get every task of OkHttp's connection
 * pool ({@code Q10001 scheduled after 0 µs: OkHttp ConnectionPool}). So the relocated libraries' parent logger,
 * {@code org.semossjdbc.shaded}, is held at INFO unless the configuration gives it a level of its own, as the plain
 * jar behaves (there OkHttp logs under {@code okhttp3}, which the driver's level does not reach):
 * {@code org.semossjdbc.shaded.level=FINE} turns OkHttp's logging on. Warnings still pass.
 *
 * <p>The driver's own messages go to SLF4J when the application has it ({@link Log}); OkHttp's stay in
 * java.util.logging, whose INFO default drops them. Only an application that bridges java.util.logging to SLF4J and
 * opens JUL's levels (Logback's {@code LevelChangePropagator} copies its level for {@code org.semossjdbc} to the JUL
 * logger of that name) would see them, and this hold keeps them out there too.
 */
final class RelocatedLogging {
    private static final String DRIVER_PACKAGE = "org.semossjdbc";

    private RelocatedLogging() {
    }

    /**
     * Holds the parent logger of a relocated library at INFO when nothing configured its level.
     *
     * @param libraryPackage the package a library's classes have at run time, e.g. {@code OkHttpClient}'s
     * @return the parent logger, which the caller must keep (java.util.logging holds loggers weakly, and a collected
     *         logger forgets the level set here), or null when the library is not relocated under the driver
     */
    static Logger holdRelocatedLibraries(String libraryPackage) {
        if (!libraryPackage.startsWith(DRIVER_PACKAGE + ".")) {
            return null;
        }
        Logger parent = Logger.getLogger(libraryPackage.substring(0, libraryPackage.lastIndexOf('.')));
        try {
            if (parent.getLevel() == null) {
                parent.setLevel(Level.INFO);
            }
        } catch (SecurityException e) {
            // A security manager that forbids logging control: the JVM's owner decides, as for any other logger.
        }
        return parent;
    }
}
