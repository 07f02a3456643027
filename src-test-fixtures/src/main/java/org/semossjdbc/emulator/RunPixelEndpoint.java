package org.semossjdbc.emulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.semossjdbc.emulator.pixel.PixelParser;
import org.semossjdbc.emulator.pixel.PixelPreprocessor;
import org.semossjdbc.emulator.pixel.PixelStatement;
import org.semossjdbc.emulator.pixel.PixelSyntaxException;
import org.semossjdbc.emulator.pixel.PreprocessedPixel;

/**
 * {@code POST /engine/runPixel} as NameServer runs it: expression check, insight resolution ({@code new}, empty,
 * missing or {@code undefined} = temporary, else the global store), parse (a grammar error runs nothing), run,
 * then the streamed answer, during which lazy reads execute.
 */
final class RunPixelEndpoint {

    private static final String NO_EXPRESSION = "Must pass in 'expression' key containing the pixel to execute";

    private final EmulatorRuntime runtime;

    RunPixelEndpoint(EmulatorRuntime runtime) {
        this.runtime = runtime;
    }

    void handle(ApiRequest request, HttpSession session) throws IOException {
        String expression = request.parameter("expression");
        if (expression == null || expression.trim().isEmpty()) {
            insightNotFound(request, NO_EXPRESSION);
            return;
        }
        String insightId = request.parameter("insightId");
        Insight insight;
        if ("new".equals(insightId)) {
            insight = runtime.createInsight(session);
        } else if (insightId == null || insightId.isEmpty() || "undefined".equals(insightId)) {
            insight = new Insight("TempInsight_" + UUID.randomUUID(), true);
        } else {
            insight = runtime.insight(insightId);
            if (insight == null) {
                insightNotFound(request, "Could not find the insight id");
                return;
            }
            session.insightIds().add(insight.id());
        }
        try {
            respond(request, session, insight, entries(expression, insight, session));
        } finally {
            if (insight.temporary()) {
                insight.drop();
            }
        }
    }

    private List<PixelEntry> entries(String expression, Insight insight, HttpSession session) {
        String text = expression.trim();
        if (!text.endsWith(";")) {
            text = text + ";";
        }
        List<PixelStatement> statements;
        try {
            PreprocessedPixel preprocessed = PixelPreprocessor.preprocess(text);
            statements = PixelParser.parse(preprocessed);
        } catch (PixelSyntaxException e) {
            return List.of(new PixelEntry("meta_unstored", text, true, -1, e.getMessage(),
                    List.of("ERROR", "INVALID_SYNTAX"), null));
        }
        PixelContext context = new PixelContext(runtime, insight, session, session.user());
        return new PixelInterpreter(context).run(statements);
    }

    private void respond(ApiRequest request, HttpSession session, Insight insight, List<PixelEntry> entries)
            throws IOException {
        ServerCosts costs = runtime.costs();
        CostMeter meter = CostMeter.spending(costs.spending());
        PixelResponseWriter writer = new PixelResponseWriter(insight, costs, meter);
        if (runtime.takeDropAfterExecution()) {
            writer.write(OutputStream.nullOutputStream(), entries);
            throw new ApiHandler.DroppedConnection();
        }
        var headers = request.exchange().getResponseHeaders();
        headers.set("Content-Type", ApiResponses.PIXEL_JSON);
        headers.set("Cache-Control", "no-store, no-cache, must-revalidate, max-age=0, post-check=0, pre-check=0");
        headers.set("Pragma", "no-cache");
        request.exchange().sendResponseHeaders(200, 0);
        OutputStream body = request.exchange().getResponseBody();
        if (costs.nanosPerKib() > 0) {
            body = new MeteredOutputStream(body, costs, meter);
        }
        try (OutputStream out = new BufferedOutputStream(body, 16384)) {
            writer.write(out, entries);
        }
    }

    private static void insightNotFound(ApiRequest request, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errorType", "INSIGHT_NOT_FOUND");
        body.put("errorMessage", message);
        ApiResponses.json(request.exchange(), 400, ApiResponses.PIXEL_JSON, body);
    }
}
