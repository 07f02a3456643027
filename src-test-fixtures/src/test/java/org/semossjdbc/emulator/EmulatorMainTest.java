package org.semossjdbc.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The standalone contract: one stdout line per engine once listening, logs on stderr, exit 2 on bad arguments. */
class EmulatorMainTest {

    private static final Pattern URL = Pattern.compile(
            "jdbc:semoss:http://127\\.0\\.0\\.1:(\\d+)/Monolith/api\\?database=([0-9a-f-]{36})");

    private static Process launch(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EmulatorMain.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void printsOneJdbcUrlPerEngineAndServesThem() throws Exception {
        Process process = launch("--port", "0", "--engine", "first=jdbc:h2:mem:cli_a;DB_CLOSE_DELAY=-1",
                "--engine", "second=jdbc:h2:mem:cli_b;DB_CLOSE_DELAY=-1", "--user", "KEY:SECRET:EDIT");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Matcher first = URL.matcher(out.readLine());
            Matcher second = URL.matcher(out.readLine());
            assertTrue(first.matches());
            assertTrue(second.matches());
            assertEquals(first.group(1), second.group(1));
            String auth = "Basic " + Base64.getEncoder().encodeToString("KEY:SECRET".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + first.group(1) + "/Monolith/api/engine/runPixel"))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("expression=MyEngines()%3B&insightId=new")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("\"database_id\":\"" + second.group(2) + "\""), response.body());
            assertTrue(response.body().contains("\"user_permission\":2"), response.body());
            assertFalse(out.ready(), "nothing else on stdout");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void defaultsToOneDemoEngineAndTheDocumentedKeyPair() throws Exception {
        Process process = launch("--port", "0");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            Matcher line = URL.matcher(out.readLine());
            assertTrue(line.matches());
            String auth = "Basic " + Base64.getEncoder().encodeToString((EmulatorMain.DEFAULT_ACCESS_KEY + ":"
                    + EmulatorMain.DEFAULT_SECRET_KEY).getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + line.group(1) + "/Monolith/api/engine/runPixel"))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "expression=Database(database%3D%22demo%22)%7CQuery(%22SELECT%201%20AS%20A%22)%7CCollect(1)%3B"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(response.body().contains("\"values\":[[1]]"), response.body());
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A URL printed by one run, with {@code database=<engine id>}, still works after a restart. */
    @Test
    void engineIdsAreTheSameAfterARestart() throws Exception {
        String[] args = {"--port", "0", "--engine", "sales=jdbc:h2:mem:cli_restart;DB_CLOSE_DELAY=-1",
            "--engine", "hr=jdbc:h2:mem:cli_restart_hr;DB_CLOSE_DELAY=-1"};
        List<String> before = printedUrls(args, null);
        List<String> after = printedUrls(args, before.get(0));
        assertEquals(engine(before.get(0)), engine(after.get(0)));
        assertEquals(engine(before.get(1)), engine(after.get(1)));
        assertFalse(engine(before.get(0)).equals(engine(before.get(1))), "each engine has an id of its own");
        List<String> renamed = printedUrls(new String[] {"--port", "0", "--engine",
            "sales2=jdbc:h2:mem:cli_restart;DB_CLOSE_DELAY=-1"}, null);
        assertFalse(engine(renamed.get(0)).equals(engine(before.get(0))), "the id follows the name");
    }

    private static String engine(String url) {
        Matcher matcher = URL.matcher(url);
        assertTrue(matcher.matches(), url);
        return matcher.group(2);
    }

    /**
     * Starts the emulator, returns the URLs it printed and stops it. With {@code query}, first runs a query on the
     * engine that URL names (its id), on the new run's port.
     */
    private static List<String> printedUrls(String[] args, String query) throws Exception {
        Process process = launch(args);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            List<String> urls = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--engine")) {
                    urls.add(out.readLine());
                }
            }
            if (query != null) {
                Matcher now = URL.matcher(urls.get(0));
                assertTrue(now.matches(), urls.get(0));
                String auth = "Basic " + Base64.getEncoder().encodeToString((EmulatorMain.DEFAULT_ACCESS_KEY + ":"
                        + EmulatorMain.DEFAULT_SECRET_KEY).getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + now.group(1) + "/Monolith/api/engine/runPixel"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("expression=Database(database%3D%22" + engine(query)
                                + "%22)%7CQuery(%22SELECT%201%20AS%20A%22)%7CCollect(1)%3B")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(response.body().contains("\"values\":[[1]]"), "the old id still names the engine: "
                        + response.body());
            }
            return urls;
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void badArgumentsExitWithStatusTwoAndAMessageOnStderr() throws Exception {
        for (String[] args : List.of(new String[] {"--port", "nope"}, new String[] {"--engine", "x"},
                new String[] {"--user", "KEY:SECRET:ADMIN"}, new String[] {"--bogus", "1"},
                new String[] {"--engine", "x=jdbc:oracle:thin:@h:1:s"})) {
            Process process = launch(args);
            assertTrue(process.waitFor(30, TimeUnit.SECONDS));
            assertEquals(2, process.exitValue(), String.join(" ", args));
            assertEquals("", new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
                    .startsWith("semoss-emulator: "));
        }
    }
}
