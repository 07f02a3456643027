package org.semossjdbc.emulator.fidelity;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semossjdbc.emulator.fidelity.ReplayPlan.Kind;
import org.semossjdbc.emulator.fidelity.ReplayPlan.Step;
import org.semossjdbc.emulator.fidelity.Transcript.RecordedRequest;

/**
 * Replays one part's transcripts, in order, against its {@link ReplayEnvironment}, and compares each answer
 * with the recording. Holds the replay's state: placeholder bindings and one cookie jar per recording client.
 *
 * <p>Clients: a request carrying {@code <basic access:secret>} came from alice's client; any other request
 * without a plan line came from a throw-away client ("anonymous"). A request that carries the session cookie
 * continues its client's session: the cookie from the latest response that set one for that client. Which
 * client sent the cookie-only requests (010-016, 026, 096, 097, 147, 148, 151, 162-164) the plan says, from the
 * files' titles and notes.
 */
final class Replayer {

    static final String COOKIE_NAME = "monolith";
    private static final String ANONYMOUS = "anonymous";
    private static final Pattern SESSION_COOKIE = Pattern.compile("(\\w+)=<session cookie>");

    private final ReplayEnvironment environment;
    private final ReplayPlan plan;
    private final JsonComparator bodies;
    private final HeaderComparator headers;
    private final Placeholders placeholders = new Placeholders();
    private final ConnectionDetailsRewrite connectionDetails;
    private final CookieJars jars = new CookieJars(COOKIE_NAME);
    private final ReplayHttp http;

    Replayer(ReplayEnvironment environment, ReplayPlan plan, NormalizationRules rules) {
        this.environment = environment;
        this.plan = plan;
        this.bodies = new JsonComparator(rules);
        this.headers = new HeaderComparator(rules);
        this.connectionDetails = new ConnectionDetailsRewrite(rules);
        this.http = new ReplayHttp("http://127.0.0.1:" + environment.emulator().port());
        placeholders.bind("<engine-id>", environment.emulator().engineId("h2demo"));
        bindExternalDatabases(rules);
    }

    /**
     * The recorded PostgreSQL and MariaDB databases were both named {@code semossdb} on 127.0.0.1 with user
     * {@code semoss}; this run's are scratch databases (declared rewrites, see the normalization file).
     */
    private void bindExternalDatabases(NormalizationRules rules) {
        rules.rewrite("database-name");
        if (environment.postgres() != null) {
            connectionDetails.target("POSTGRES", "127.0.0.1", "5432", "semoss", environment.postgres().jdbcUrl());
        }
        if (environment.mariadb() != null) {
            connectionDetails.target("MARIA_DB", "127.0.0.1", "3306", "semoss", environment.mariadb().jdbcUrl());
            connectionDetails.target("MYSQL", "127.0.0.1", "3306", "semoss", environment.mariadb().jdbcUrl());
            placeholders.bind("semossdb", environment.mariadb().name());
            placeholders.bindReverseOnly("semossdb", environment.postgres().name());
        } else if (environment.postgres() != null) {
            placeholders.bind("semossdb", environment.postgres().name());
        }
    }

    /** Runs the plan's steps for this transcript, sends it, and returns every difference from the recording. */
    List<Difference> replay(Transcript transcript) {
        for (Step step : plan.before(transcript.number())) {
            run(step);
        }
        String client = clientOf(transcript);
        Map<String, String> requestHeaders = requestHeaders(transcript, client);
        String body = requestBody(transcript);
        String path = placeholders.toReal(transcript.request().path());
        List<Difference> differences = new ArrayList<>();
        ActualResponse actual = plan.single(Kind.PARALLEL, transcript.number())
                .map(step -> sendInParallel(step, transcript, path, requestHeaders, differences))
                .orElseGet(() -> http.send(transcript.request().method(), path, requestHeaders, body));
        jars.adopt(client, actual.header("set-cookie"));
        differences.addAll(headers.compare(transcript.number(), transcript.response(), actual));
        differences.addAll(compareBodies(transcript, actual));
        return differences;
    }

    private List<Difference> compareBodies(Transcript transcript, ActualResponse actual) {
        JsonNode recorded = transcript.response().jsonBody();
        if (recorded == null) {
            String text = transcript.response().textBody() == null ? "" : transcript.response().textBody();
            return bodies.compareText(transcript.number(), text, placeholders.toPlaceholders(actual.body()));
        }
        JsonNode parsed;
        try {
            parsed = Json.parse(actual.body());
        } catch (IllegalArgumentException e) {
            return List.of(new Difference("$", "body is not JSON", Json.brief(recorded),
                    "\"" + actual.body().substring(0, Math.min(200, actual.body().length())) + "\""));
        }
        placeholders.learn(recorded, parsed);
        JsonNode normalized = Json.mapStrings(parsed,
                s -> connectionDetails.toRecorded(placeholders.toPlaceholders(s)));
        return bodies.compare(transcript.number(), recorded, normalized);
    }

    private String clientOf(Transcript transcript) {
        return plan.single(Kind.CLIENT, transcript.number()).map(s -> s.argument(0))
                .orElse("<basic access:secret>".equals(transcript.request().header("Authorization"))
                        ? Credentials.ALICE : ANONYMOUS);
    }

    private Map<String, String> requestHeaders(Transcript transcript, String client) {
        Map<String, String> real = new LinkedHashMap<>();
        transcript.request().headers().forEach((name, value) -> {
            if (name.equalsIgnoreCase("Authorization")) {
                real.put(name, Credentials.authorization(value));
            } else if (name.equalsIgnoreCase("Cookie")) {
                real.put(name, cookie(transcript, client, value));
            } else {
                real.put(name, value);
            }
        });
        plan.single(Kind.SESSION, transcript.number()).ifPresent(step -> real.put("Cookie", COOKIE_NAME + "="
                + jars.session(step.argument(0)).orElseThrow(() -> new IllegalStateException(
                        transcript.label() + ": client '" + step.argument(0) + "' has no session yet"))));
        return real;
    }

    private String cookie(Transcript transcript, String client, String recorded) {
        Matcher cookie = SESSION_COOKIE.matcher(recorded);
        if (!cookie.matches()) {
            return recorded;
        }
        String source = plan.single(Kind.COOKIE, transcript.number()).map(s -> s.argument(0))
                .orElse("client:" + client);
        if (source.equals("made-up")) {
            // the shape of a Tomcat session id, but no session has it
            return cookie.group(1) + "=" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        }
        String owner = source.substring("client:".length());
        return cookie.group(1) + "=" + jars.session(owner).orElseThrow(() -> new IllegalStateException(
                transcript.label() + " sends a session cookie but client '" + owner + "' has no session yet"));
    }

    private String requestBody(Transcript transcript) {
        RecordedRequest request = transcript.request();
        if (request.form() != null) {
            Map<String, String> fields = new LinkedHashMap<>();
            boolean auth = request.path().contains("/api/auth/");
            request.form().forEach((name, value) -> fields.put(name, auth && name.equals("password")
                    && value.equals("<password>") ? Credentials.JDBCUSER_PASSWORD : realValue(value)));
            return RequestBodies.form(fields);
        }
        if (RequestBodies.isDescribed(request.rawBody())) {
            return RequestBodies.rebuild(request.rawBody(),
                    "database=\"" + placeholders.real("<engine-id>").orElseThrow() + "\"");
        }
        return request.rawBody();
    }

    private String realValue(String recorded) {
        return placeholders.toReal(connectionDetails.toReal(recorded));
    }

    private ActualResponse sendInParallel(Step step, Transcript transcript, String path, Map<String, String> headers,
                                          List<Difference> differences) {
        int count = Integer.parseInt(step.argument(0));
        String literal = step.argument(1);
        Matcher number = Pattern.compile("^\\d+").matcher(literal);
        if (!number.find()) {
            throw new IllegalArgumentException("parallel literal must start with the recorded k: " + literal);
        }
        int recordedK = Integer.parseInt(number.group());
        String expression = transcript.request().form().get("expression");
        List<CompletableFuture<ActualResponse>> calls = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Map<String, String> fields = new LinkedHashMap<>(transcript.request().form());
            fields.put("expression", realValue(expression.replace(literal, k + literal.substring(number.end()))));
            fields.put("insightId", realValue(fields.get("insightId")));
            calls.add(http.sendAsync("POST", path, headers, RequestBodies.form(fields)));
        }
        List<ActualResponse> answers = calls.stream().map(CompletableFuture::join).toList();
        Set<String> pixelIds = new HashSet<>();
        Set<String> taskIds = new HashSet<>();
        for (int k = 0; k < count; k++) {
            ActualResponse answer = answers.get(k);
            try {
                JsonNode entry = Json.parse(answer.body()).path("pixelReturn").path(0);
                pixelIds.add(entry.path("pixelId").asText());
                taskIds.add(entry.path("output").path("taskId").asText());
                checkOwnData(k, entry.path("output").path("data"), differences);
            } catch (IllegalArgumentException e) {
                differences.add(new Difference("parallel call k=" + k, "body is not JSON", "JSON", answer.body()));
            }
        }
        // The notes record that all simultaneous calls got their own pixelId and taskId.
        if (pixelIds.size() != count || taskIds.size() != count) {
            differences.add(new Difference("parallel calls", "distinct pixelId/taskId", count + " distinct each",
                    pixelIds + " / " + taskIds));
        }
        return answers.get(recordedK);
    }

    /** The notes: every simultaneous call got its own data, i.e. its own k in the column labelled K. */
    private static void checkOwnData(int k, JsonNode data, List<Difference> differences) {
        int column = -1;
        for (int i = 0; i < data.path("headers").size(); i++) {
            if (data.path("headers").get(i).asText().equals("K")) {
                column = i;
            }
        }
        JsonNode rows = data.path("values");
        boolean own = column >= 0 && rows.size() > 0;
        for (JsonNode row : rows) {
            own &= row.path(column).isIntegralNumber() && row.path(column).asInt() == k;
        }
        if (!own) {
            differences.add(new Difference("parallel call k=" + k, "own data (column K = " + k + " in every row)",
                    "k=" + k, Json.brief(data)));
        }
    }

    private void run(Step step) {
        switch (step.kind()) {
            case SQL -> environment.executeOnOwn(step.argument(0));
            case PIXEL -> runPixel(step);
            case LOGIN -> {
                String client = step.argument(0);
                ActualResponse answer = http.send("POST", "/Monolith/api/auth/login",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        RequestBodies.form(Map.of("username", step.argument(1),
                                "password", Credentials.JDBCUSER_PASSWORD, "disableRedirect", "true")));
                expectOk(step, answer);
                jars.adopt(client, answer.header("set-cookie"));
            }
            case FORM -> {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String pair : step.argument(2).split("&")) {
                    fields.put(pair.substring(0, pair.indexOf('=')), realValue(pair.substring(pair.indexOf('=') + 1)));
                }
                ActualResponse answer = http.send("POST", step.argument(1), clientHeaders(step.argument(0)),
                        RequestBodies.form(fields));
                expectOk(step, answer);
                jars.adopt(step.argument(0), answer.header("set-cookie"));
            }
            default -> throw new IllegalStateException("not a step to run: " + step);
        }
    }

    private void runPixel(Step step) {
        String client = step.argument(0);
        String insight = step.argument(1);
        String bindTo = insight.startsWith("new=") ? insight.substring(4) : null;
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("expression", realValue(step.argument(2)));
        fields.put("insightId", bindTo != null ? "new" : realValue(insight));
        ActualResponse answer = http.send("POST", "/Monolith/api/engine/runPixel", clientHeaders(client),
                RequestBodies.form(fields));
        expectOk(step, answer);
        jars.adopt(client, answer.header("set-cookie"));
        if (bindTo != null) {
            placeholders.bind(bindTo, Json.parse(answer.body()).path("insightID").asText());
        }
    }

    /** alice authenticates with her key pair (and keeps her session); others with their session cookie alone. */
    private Map<String, String> clientHeaders(String client) {
        Map<String, String> result = new LinkedHashMap<>();
        result.put("Content-Type", "application/x-www-form-urlencoded");
        if (client.equals(Credentials.ALICE)) {
            result.put("Authorization", Credentials.authorization("<basic access:secret>"));
        }
        jars.session(client).ifPresent(session -> result.put("Cookie", COOKIE_NAME + "=" + session));
        return result;
    }

    private static void expectOk(Step step, ActualResponse answer) {
        if (answer.status() != 200) {
            throw new IllegalStateException("unrecorded step (replay-plan line " + step.line() + ", " + step.kind()
                    + ") got HTTP " + answer.status() + ": " + answer.body().substring(0,
                    Math.min(300, answer.body().length())));
        }
    }
}
