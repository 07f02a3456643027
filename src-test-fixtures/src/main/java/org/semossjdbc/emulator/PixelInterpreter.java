package org.semossjdbc.emulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.semossjdbc.emulator.pixel.PixelNode;
import org.semossjdbc.emulator.pixel.PixelStatement;

/**
 * Runs parsed statements in order, one entry each. A failing statement gives an ERROR entry and does not stop the
 * later ones (033); successful non-META statements enter the recipe and take the next pixelId, META and failed
 * ones do not (023, 033, 155-161).
 */
final class PixelInterpreter {

    private final PixelContext context;
    private final Reactors reactors;

    PixelInterpreter(PixelContext context) {
        this.context = context;
        this.reactors = new Reactors(context);
    }

    List<PixelEntry> run(List<PixelStatement> statements) {
        List<PixelEntry> entries = new ArrayList<>();
        for (PixelStatement statement : statements) {
            entries.add(runOne(statement));
        }
        return entries;
    }

    private PixelEntry runOne(PixelStatement statement) {
        long start = System.nanoTime();
        Insight insight = context.insight();
        try {
            ReactorResult result = toResult(evaluate(statement.body(), null));
            context.runtime().pausePerPixel(statement.body());
            String pixelId = statement.meta() ? "meta_unstored" : insight.addToRecipe(statement.rendered());
            return new PixelEntry(pixelId, statement.rendered(), statement.meta(), millisSince(start),
                    result.output(), result.operationType(), result.additionalOutput());
        } catch (PixelError error) {
            String pixelId = statement.meta() ? "meta_unstored" : insight.currentPixelId();
            return new PixelEntry(pixelId, statement.rendered(), statement.meta(), millisSince(start),
                    error.getMessage(), List.of("ERROR"), null);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static ReactorResult toResult(Object value) {
        if (value instanceof ReactorResult result) {
            return result;
        }
        return ReactorResult.of(value, "OPERATION");
    }

    /** Evaluates a node; {@code piped} is the previous pipe stage's value (null outside pipes). */
    Object evaluate(PixelNode node, Object piped) throws PixelError {
        if (node instanceof PixelNode.NumberLiteral number) {
            return Arithmetic.parse(number.text());
        }
        if (node instanceof PixelNode.StringLiteral string) {
            return string.value();
        }
        if (node instanceof PixelNode.BooleanLiteral bool) {
            return bool.value();
        }
        if (node instanceof PixelNode.NullLiteral) {
            return null;
        }
        if (node instanceof PixelNode.ListLiteral list) {
            List<Object> items = new ArrayList<>();
            for (PixelNode item : list.items()) {
                items.add(plain(evaluate(item, null)));
            }
            return items;
        }
        if (node instanceof PixelNode.MapLiteral map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            for (Map.Entry<String, PixelNode> entry : map.entries().entrySet()) {
                entries.put(entry.getKey(), plain(evaluate(entry.getValue(), null)));
            }
            return entries;
        }
        if (node instanceof PixelNode.Variable variable) {
            Map<String, Object> variables = context.insight().variables();
            if (!variables.containsKey(variable.name())) {
                throw new PixelError("Undefined variable : " + variable.name());
            }
            return variables.get(variable.name());
        }
        if (node instanceof PixelNode.Assignment assignment) {
            Object value = plain(evaluate(assignment.value(), null));
            context.insight().variables().put(assignment.name(), value);
            return value;
        }
        if (node instanceof PixelNode.Binary binary) {
            return Arithmetic.apply(binary.operator(), plain(evaluate(binary.left(), null)),
                    plain(evaluate(binary.right(), null)));
        }
        if (node instanceof PixelNode.Negate negate) {
            return Arithmetic.negate(plain(evaluate(negate.operand(), null)));
        }
        if (node instanceof PixelNode.Pipe pipe) {
            Object value = null;
            for (PixelNode stage : pipe.stages()) {
                value = evaluate(stage, value);
            }
            return value;
        }
        PixelNode.ReactorCall call = (PixelNode.ReactorCall) node;
        List<Object> positional = new ArrayList<>();
        for (PixelNode argument : call.positional()) {
            positional.add(plain(evaluate(argument, null)));
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Map.Entry<String, PixelNode> entry : call.keywords().entrySet()) {
            keywords.put(entry.getKey(), plain(evaluate(entry.getValue(), null)));
        }
        return reactors.run(new ReactorArguments(call.name(), positional, keywords), piped);
    }

    /** A reactor result used as an argument or operand contributes its output value. */
    private static Object plain(Object value) {
        return value instanceof ReactorResult result ? result.output() : value;
    }
}
