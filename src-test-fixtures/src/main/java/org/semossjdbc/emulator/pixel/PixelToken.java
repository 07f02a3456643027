package org.semossjdbc.emulator.pixel;

/**
 * One lexical token of a pixel expression.
 *
 * @param kind what the token is
 * @param text the token exactly as written (strings keep their quotes and backslashes), used for the echo
 * @param value the decoded value: a string's content with escapes removed, else the text
 * @param offset zero-based position in the preprocessed expression
 * @param line one-based line
 * @param column one-based column
 */
public record PixelToken(Kind kind, String text, String value, int offset, int line, int column) {

    /** Token kinds. */
    public enum Kind {
        /** Integer or decimal literal (a leading minus is a separate token, as the echo {@code - 1} shows). */
        NUMBER,
        /** Double- or single-quoted string. */
        STRING,
        /** Identifier: variable, reactor name, keyword argument, {@code true}, {@code false}, {@code null}. */
        IDENTIFIER,
        /** One punctuation character. */
        SYMBOL,
        /** End of input. */
        END
    }

    /** Whether this is the symbol {@code c}. */
    public boolean isSymbol(char c) {
        return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }
}
