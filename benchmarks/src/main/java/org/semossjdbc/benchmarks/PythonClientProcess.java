package org.semossjdbc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The official SEMOSS Python client (ai-server-sdk), driven in a Python process for the comparison 2a-2d on a real
 * server. The SDK's sources are not part of this project: {@value #SDK_VARIABLE} (or the system property
 * {@value #SDK_PROPERTY}) names their directory, {@code python/ai-server/src} of {@code SEMOSS/python-sdk}. The
 * script and a stand-in {@code pandas} package come from the benchmark jar; the URL and keys go through the
 * environment, never the command line. Every statement is timed by Python itself ({@code perf_counter_ns}), so the
 * pipe to this process costs nothing measured. Not thread-safe.
 */
final class PythonClientProcess implements AutoCloseable {

    static final String SDK_VARIABLE = "SEMOSS_PYTHON_SDK";
    static final String SDK_PROPERTY = "semoss.python.sdk";
    private static final List<String> RESOURCES = List.of("semoss_bench_client.py", "pandas/__init__.py");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path scripts;
    private final BufferedWriter commands;
    private final BufferedReader answers;

    private PythonClientProcess(Process process, Path scripts) {
        this.process = process;
        this.scripts = scripts;
        this.commands = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** The SDK's source directory, or null when none is configured. */
    static Path sdkSources() {
        String configured = System.getProperty(SDK_PROPERTY, System.getenv(SDK_VARIABLE));
        if (configured == null || configured.isBlank()) {
            return null;
        }
        Path path = Path.of(configured);
        if (!Files.isDirectory(path.resolve("ai_server"))) {
            throw new IllegalArgumentException(SDK_VARIABLE + "=" + configured + " holds no ai_server package");
        }
        return path;
    }

    /**
     * Starts the client, logged in to {@code environment}'s server, and gives it the statements.
     *
     * @param plan {@code select}, {@code update} (SQL), {@code pixel_select}, {@code pixel_update} (the driver's own
     *             pixels for them)
     */
    static PythonClientProcess start(Path sdk, BenchEnvironment environment, Map<String, String> plan)
            throws IOException {
        Path scripts = Files.createTempDirectory("semoss-bench-python");
        for (String resource : RESOURCES) {
            Path target = scripts.resolve(resource);
            Files.createDirectories(target.getParent());
            try (InputStream in = PythonClientProcess.class.getResourceAsStream("/python/" + resource)) {
                if (in == null) {
                    throw new IOException("the benchmark jar lacks python/" + resource);
                }
                Files.copy(in, target);
            }
        }
        ProcessBuilder builder = new ProcessBuilder("python3", "-u", scripts.resolve(RESOURCES.get(0)).toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        Map<String, String> env = builder.environment();
        env.put("PYTHONPATH", sdk + java.io.File.pathSeparator + scripts);
        env.put("SEMOSS_BENCH_BASE", environment.apiBaseUrl());
        env.put("SEMOSS_BENCH_ACCESS_KEY", environment.accessKey());
        env.put("SEMOSS_BENCH_SECRET_KEY", environment.secretKey());
        PythonClientProcess client = new PythonClientProcess(builder.start(), scripts);
        try {
            client.expect("ready");
            Map<String, Object> setup = new java.util.LinkedHashMap<>(plan);
            setup.put("engine", environment.engineId());
            client.send("setup " + JSON.writeValueAsString(setup));
            client.expect("ok");
            return client;
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Runs {@code operation} once and returns the nanoseconds Python measured for it. */
    long run(String operation) throws IOException {
        send("run " + operation + " 1");
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the Python client ended (exit " + exitValue() + ") during " + operation);
        }
        try {
            return Long.parseLong(line.trim());
        } catch (NumberFormatException e) {
            throw new IOException("the Python client answered " + line);
        }
    }

    private void send(String command) throws IOException {
        commands.write(command);
        commands.write('\n');
        commands.flush();
    }

    private void expect(String word) throws IOException {
        String line = answers.readLine();
        if (!word.equals(line)) {
            throw new IOException("the Python client answered " + line + " (exit " + exitValue()
                    + "; its errors are on standard error) where " + word + " was expected");
        }
    }

    private String exitValue() {
        try {
            return process.waitFor(2, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "still running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            send("quit");
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(scripts)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
