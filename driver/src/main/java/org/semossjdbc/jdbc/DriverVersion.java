package org.semossjdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The driver's version, read once from {@code driver-version.properties}, which the build fills in from the POM: the
 * one owner of {@code getDriverVersion()}, the major and minor versions, the User-Agent and the log lines, so that no
 * copy drifts from the released artifact.
 */
final class DriverVersion {
    private static final String RESOURCE = "driver-version.properties";
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+).*");

    /** The full version, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} when the classes were built without Maven. */
    static final String TEXT = load();
    static final int MAJOR = part(1);
    static final int MINOR = part(2);

    private DriverVersion() {
    }

    private static String load() {
        Properties properties = new Properties();
        try (InputStream in = DriverVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + " from the driver jar", e);
        }
        String version = properties.getProperty("version", "");
        // An IDE that copies resources without Maven's filtering leaves the placeholder: say so instead of lying.
        return version.isBlank() || version.contains("${") ? "unknown" : version.trim();
    }

    private static int part(int group) {
        Matcher matcher = MAJOR_MINOR.matcher(TEXT);
        return matcher.matches() ? Integer.parseInt(matcher.group(group)) : 0;
    }
}
