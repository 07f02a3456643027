package org.semossjdbc.emulator.pixel;

/**
 * One top-level statement.
 *
 * @param meta whether it began with {@code META |}
 * @param body the statement after the prefix
 * @param rendered the server-style echo: tokens joined by spaces, ending in {@code " ;"}, with
 *                 {@code <encode>} blocks shown in their original form
 */
public record PixelStatement(boolean meta, PixelNode body, String rendered) {
}
