package org.semossjdbc.emulator;

/** A statement failed at run time; the message (possibly null) becomes the entry's {@code output}. */
final class PixelError extends Exception {

    private static final long serialVersionUID = 1L;

    PixelError(String message) {
        super(message, null, false, false);
    }
}
