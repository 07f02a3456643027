package org.semossjdbc.emulator.pixel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recursive-descent parser for the pixel subset database clients use: statements ended by {@code ;}, the
 * {@code META |} prefix, assignments, pipes, reactor calls with positional and keyword arguments, arithmetic,
 * strings, numbers, booleans, {@code null}, lists and maps. Any grammar error rejects the whole expression, as the
 * server's SableCC parser does (transcript 035).
 */
public final class PixelParser {

    private static final String OPERAND = "'null', number, boolean, id, '.', '+', '-', word, '(', '[', '{', "
            + "'f$', 'f.', java";
    private static final String AFTER_OPERAND = "';', '|', '+', '-', '*', '/', '%', '=', '(', ')', ',', ']', '}'";
    private static final String AFTER_ARGUMENT = "'+', '-', '*', '/', '%', '|', ',', ')'";
    private static final String AFTER_LIST_ITEM = "'+', '-', '*', '/', '%', ',', ']'";
    private static final String AFTER_MAP_VALUE = "'+', '-', '*', '/', '%', ',', '}'";
    private static final String MAP_KEY = "'}', number, boolean, id, word";

    private final PreprocessedPixel source;
    private final List<PixelToken> tokens;
    private int index;

    private PixelParser(PreprocessedPixel source, List<PixelToken> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /**
     * Parses a preprocessed expression (which the caller has already trimmed and ended with {@code ;}).
     *
     * @throws PixelSyntaxException with the server-style message on any grammar error
     */
    public static List<PixelStatement> parse(PreprocessedPixel source) throws PixelSyntaxException {
        PixelParser parser = new PixelParser(source, PixelLexer.tokenize(source.text()));
        return parser.script();
    }

    private List<PixelStatement> script() throws PixelSyntaxException {
        List<PixelStatement> statements = new ArrayList<>();
        while (peek().kind() != PixelToken.Kind.END) {
            int first = index;
            boolean meta = false;
            if (peek().kind() == PixelToken.Kind.IDENTIFIER && peek().text().equals("META")
                    && peek(1).isSymbol('|')) {
                meta = true;
                index += 2;
            }
            PixelNode body = statement();
            expectSymbol(';', AFTER_OPERAND);
            statements.add(new PixelStatement(meta, body, render(first, index)));
        }
        return statements;
    }

    private String render(int from, int to) {
        StringBuilder echo = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                echo.append(' ');
            }
            echo.append(tokens.get(i).text());
        }
        return source.restoreBlocks(echo.toString());
    }

    private PixelNode statement() throws PixelSyntaxException {
        if (peek().kind() == PixelToken.Kind.IDENTIFIER && peek(1).isSymbol('=') && !isLiteralWord(peek())) {
            String name = next().text();
            index++;
            return new PixelNode.Assignment(name, pipe());
        }
        return pipe();
    }

    private PixelNode pipe() throws PixelSyntaxException {
        PixelNode first = additive();
        if (!peek().isSymbol('|')) {
            return first;
        }
        List<PixelNode> stages = new ArrayList<>();
        stages.add(first);
        while (peek().isSymbol('|')) {
            index++;
            stages.add(additive());
        }
        return new PixelNode.Pipe(List.copyOf(stages));
    }

    private PixelNode additive() throws PixelSyntaxException {
        PixelNode left = multiplicative();
        while (peek().isSymbol('+') || peek().isSymbol('-')) {
            char operator = next().text().charAt(0);
            left = new PixelNode.Binary(operator, left, multiplicative());
        }
        return left;
    }

    private PixelNode multiplicative() throws PixelSyntaxException {
        PixelNode left = unary();
        while (peek().isSymbol('*') || peek().isSymbol('/') || peek().isSymbol('%')) {
            char operator = next().text().charAt(0);
            left = new PixelNode.Binary(operator, left, unary());
        }
        return left;
    }

    private PixelNode unary() throws PixelSyntaxException {
        if (peek().isSymbol('-')) {
            index++;
            return new PixelNode.Negate(unary());
        }
        if (peek().isSymbol('+')) {
            index++;
            return unary();
        }
        return primary();
    }

    private PixelNode primary() throws PixelSyntaxException {
        PixelToken token = peek();
        switch (token.kind()) {
            case NUMBER -> {
                index++;
                return new PixelNode.NumberLiteral(token.text());
            }
            case STRING -> {
                index++;
                return new PixelNode.StringLiteral(token.value());
            }
            case IDENTIFIER -> {
                index++;
                return identifier(token);
            }
            default -> {
                if (token.isSymbol('(')) {
                    index++;
                    PixelNode inner = pipe();
                    expectSymbol(')', AFTER_ARGUMENT);
                    return inner;
                }
                if (token.isSymbol('[')) {
                    index++;
                    return list();
                }
                if (token.isSymbol('{')) {
                    index++;
                    return map();
                }
                throw error(token, OPERAND);
            }
        }
    }

    private PixelNode identifier(PixelToken token) throws PixelSyntaxException {
        switch (token.text()) {
            case "true", "TRUE", "True" -> {
                return new PixelNode.BooleanLiteral(true);
            }
            case "false", "FALSE", "False" -> {
                return new PixelNode.BooleanLiteral(false);
            }
            case "null", "NULL" -> {
                return new PixelNode.NullLiteral();
            }
            default -> {
                if (!peek().isSymbol('(')) {
                    return new PixelNode.Variable(token.text());
                }
                index++;
                return call(token.text());
            }
        }
    }

    private PixelNode call(String name) throws PixelSyntaxException {
        List<PixelNode> positional = new ArrayList<>();
        Map<String, PixelNode> keywords = new LinkedHashMap<>();
        if (peek().isSymbol(')')) {
            index++;
            return new PixelNode.ReactorCall(name, List.of(), Map.of());
        }
        while (true) {
            if (peek().kind() == PixelToken.Kind.IDENTIFIER && peek(1).isSymbol('=') && !isLiteralWord(peek())) {
                String key = next().text();
                index++;
                keywords.put(key, additive());
            } else {
                positional.add(additive());
            }
            if (peek().isSymbol(',')) {
                index++;
                continue;
            }
            expectSymbol(')', AFTER_ARGUMENT);
            return new PixelNode.ReactorCall(name, List.copyOf(positional), keywords);
        }
    }

    private PixelNode list() throws PixelSyntaxException {
        List<PixelNode> items = new ArrayList<>();
        if (peek().isSymbol(']')) {
            index++;
            return new PixelNode.ListLiteral(List.of());
        }
        while (true) {
            items.add(additive());
            if (peek().isSymbol(',')) {
                index++;
                continue;
            }
            expectSymbol(']', AFTER_LIST_ITEM);
            return new PixelNode.ListLiteral(List.copyOf(items));
        }
    }

    private PixelNode map() throws PixelSyntaxException {
        Map<String, PixelNode> entries = new LinkedHashMap<>();
        if (peek().isSymbol('}')) {
            index++;
            return new PixelNode.MapLiteral(entries);
        }
        while (true) {
            PixelToken key = peek();
            if (key.kind() == PixelToken.Kind.END || key.kind() == PixelToken.Kind.SYMBOL) {
                throw error(key, MAP_KEY);
            }
            index++;
            expectSymbol(':', "':'");
            entries.put(key.value(), additive());
            if (peek().isSymbol(',')) {
                index++;
                continue;
            }
            expectSymbol('}', AFTER_MAP_VALUE);
            return new PixelNode.MapLiteral(entries);
        }
    }

    private static boolean isLiteralWord(PixelToken token) {
        return switch (token.text()) {
            case "true", "false", "null", "TRUE", "FALSE", "NULL", "True", "False" -> true;
            default -> false;
        };
    }

    private void expectSymbol(char symbol, String expecting) throws PixelSyntaxException {
        if (!peek().isSymbol(symbol)) {
            throw error(peek(), expecting);
        }
        index++;
    }

    private PixelSyntaxException error(PixelToken token, String expecting) {
        return new PixelSyntaxException(source.text(), token.offset(), token.line(), token.column(), expecting);
    }

    private PixelToken peek() {
        return tokens.get(index);
    }

    private PixelToken peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    private PixelToken next() {
        return tokens.get(index++);
    }
}
