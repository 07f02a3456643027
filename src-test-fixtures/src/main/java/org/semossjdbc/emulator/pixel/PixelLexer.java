package org.semossjdbc.emulator.pixel;

import java.util.ArrayList;
import java.util.List;

/** Splits a preprocessed pixel expression into {@link PixelToken}s. */
final class PixelLexer {

    private static final String SYMBOLS = "()[]{},=|;+-*/%:.<>!";
    private static final String OPERAND_EXPECTED = "'null', number, boolean, id, '.', '+', '-', word, '(', '[', "
            + "'{', 'f$', 'f.', java";

    private final String text;
    private int position;
    private int line = 1;
    private int lineStart;

    private PixelLexer(String text) {
        this.text = text;
    }

    /** Tokenizes the whole text; the last token is {@link PixelToken.Kind#END}. */
    static List<PixelToken> tokenize(String text) throws PixelSyntaxException {
        return new PixelLexer(text).run();
    }

    private List<PixelToken> run() throws PixelSyntaxException {
        List<PixelToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (position >= text.length()) {
                tokens.add(token(PixelToken.Kind.END, position, "", ""));
                return tokens;
            }
            char c = text.charAt(position);
            int start = position;
            if (Character.isDigit(c)) {
                tokens.add(number(start));
            } else if (c == '"' || c == '\'') {
                tokens.add(string(start, c));
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                while (position < text.length() && isIdentifierPart(text.charAt(position))) {
                    position++;
                }
                String word = text.substring(start, position);
                tokens.add(token(PixelToken.Kind.IDENTIFIER, start, word, word));
            } else if (SYMBOLS.indexOf(c) >= 0) {
                position++;
                tokens.add(token(PixelToken.Kind.SYMBOL, start, String.valueOf(c), String.valueOf(c)));
            } else {
                throw new PixelSyntaxException(text, start, line, start - lineStart + 1, OPERAND_EXPECTED);
            }
        }
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            if (text.charAt(position) == '\n') {
                line++;
                lineStart = position + 1;
            }
            position++;
        }
    }

    private PixelToken number(int start) {
        while (position < text.length() && Character.isDigit(text.charAt(position))) {
            position++;
        }
        if (position + 1 < text.length() && text.charAt(position) == '.'
                && Character.isDigit(text.charAt(position + 1))) {
            position++;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                position++;
            }
        }
        if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
            int mark = position;
            position++;
            if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                position++;
            }
            if (position < text.length() && Character.isDigit(text.charAt(position))) {
                while (position < text.length() && Character.isDigit(text.charAt(position))) {
                    position++;
                }
            } else {
                position = mark;
            }
        }
        String number = text.substring(start, position);
        return token(PixelToken.Kind.NUMBER, start, number, number);
    }

    /** A quoted string; a backslash escapes the next character and is itself dropped (transcript 122). */
    private PixelToken string(int start, char quote) throws PixelSyntaxException {
        int startLine = line;
        int startColumn = start - lineStart + 1;
        StringBuilder value = new StringBuilder();
        position++;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\\' && position + 1 < text.length()) {
                value.append(text.charAt(position + 1));
                position += 2;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = position + 1;
            }
            position++;
            if (c == quote) {
                return new PixelToken(PixelToken.Kind.STRING, text.substring(start, position), value.toString(),
                        start, startLine, startColumn);
            }
            value.append(c);
        }
        throw new PixelSyntaxException(text, start, startLine, startColumn, OPERAND_EXPECTED);
    }

    private PixelToken token(PixelToken.Kind kind, int start, String raw, String value) {
        return new PixelToken(kind, raw, value, start, line, start - lineStart + 1);
    }
}
