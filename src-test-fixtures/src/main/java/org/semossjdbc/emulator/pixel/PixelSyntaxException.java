package org.semossjdbc.emulator.pixel;

/**
 * A grammar error. {@link #getMessage()} is the server's text: {@code [line,col] expecting: ... Error in syntax
 * around <about ten characters either side>}.
 */
public final class PixelSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Builds the server-style message for an unexpected token at {@code offset} of {@code text}. */
    PixelSyntaxException(String text, int offset, int line, int column, String expecting) {
        super("[" + line + "," + column + "] expecting: " + expecting + ". Error in syntax around "
                + text.substring(Math.max(0, offset - 9), Math.min(text.length(), offset + 11)));
    }
}
