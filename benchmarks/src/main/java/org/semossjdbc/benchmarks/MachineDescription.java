package org.semossjdbc.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the results were measured on, for the header of RESULTS.md. */
final class MachineDescription {

    private MachineDescription() {
    }

    /** CPU model, cores, memory, OS, JVM. */
    static String describe() {
        Runtime runtime = Runtime.getRuntime();
        return cpuModel() + ", " + runtime.availableProcessors() + " cores visible to the JVM, " + memory() + "; "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "; " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version");
    }

    /** The 1-minute load average, or "unknown". */
    static String loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        double load = os.getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", load);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: the architecture below still says something.
        }
        return "CPU model unknown";
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.0f GiB RAM", kib / (1024.0 * 1024.0));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Unknown memory is reported as such.
        }
        return "RAM unknown";
    }
}
