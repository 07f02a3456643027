package org.semossjdbc.benchmarks;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JFR execution-sampling recording around one suite, summarised as the hottest methods overall and the hottest
 * methods of the driver's own packages (the emulator runs in the same JVM; its frames are counted apart).
 */
final class Profiler {

    private static final int TOP = 20;
    private final Recording recording;

    private Profiler(Recording recording) {
        this.recording = recording;
    }

    /** Starts a recording with JFR's "profile" settings (20 ms Java sampling). */
    static Profiler start() throws IOException, ParseException {
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return new Profiler(recording);
    }

    /** Stops the recording and returns a Markdown section for {@code title}. */
    String stopAndSummarise(String title) {
        try {
            recording.stop();
            Path file = Files.createTempFile("semoss-bench", ".jfr");
            try {
                recording.dump(file);
                return summarise(title, RecordingFile.readAllEvents(file));
            } finally {
                Files.deleteIfExists(file);
                recording.close();
            }
        } catch (IOException e) {
            return "## " + title + "\n\nno profile: " + e.getMessage() + "\n\n";
        }
    }

    /** Summarises a recording another JVM wrote (the large-read probes), then deletes the file. */
    static String summariseFile(String title, Path file) {
        try {
            return summarise(title, RecordingFile.readAllEvents(file));
        } catch (IOException e) {
            return "## " + title + "\n\nno profile: " + e.getMessage() + "\n\n";
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A temporary file left behind is harmless.
            }
        }
    }

    private static String summarise(String title, List<RecordedEvent> events) {
        Map<String, Integer> topFrames = new HashMap<>();
        Map<String, Integer> driverFrames = new HashMap<>();
        int samples = 0;
        int driverSamples = 0;
        for (RecordedEvent event : events) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack.getFrames().isEmpty()) {
                continue;
            }
            samples++;
            topFrames.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (isDriver(type)) {
                    driverSamples++;
                    driverFrames.merge(name(frame), 1, Integer::sum);
                    break;
                }
            }
        }
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append(samples).append(" execution samples; ").append(driverSamples)
                .append(" with a driver frame (org.semossjdbc.jdbc/protocol/transport/sql) on the stack.\n\n");
        table(out, "Hottest top frames (all threads, emulator included)", topFrames, samples);
        table(out, "Innermost driver frame of each driver sample", driverFrames, samples);
        return out.toString();
    }

    private static boolean isDriver(String type) {
        return type.startsWith("org.semossjdbc.jdbc.") || type.startsWith("org.semossjdbc.protocol.")
                || type.startsWith("org.semossjdbc.transport.") || type.startsWith("org.semossjdbc.sql.");
    }

    private static void table(StringBuilder out, String heading, Map<String, Integer> counts, int samples) {
        out.append("| ").append(heading).append(" | samples | share |\n|---|---:|---:|\n");
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(TOP)
                .forEach(entry -> out.append("| `").append(entry.getKey()).append("` | ").append(entry.getValue())
                        .append(" | ").append(Format.number(100.0 * entry.getValue() / Math.max(1, samples)))
                        .append("% |\n"));
        out.append('\n');
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
