package org.semossjdbc.emulator.pixel;

import java.util.List;

/**
 * An expression after the server's {@code <sEncode>}, {@code <encode>} and {@code <e>} pass: the text the parser
 * sees, and the {@code <encode>} blocks whose original form the echoed {@code pixelExpression} shows again.
 *
 * @param text the rewritten expression
 * @param encodeBlocks recorded blocks, in the order they were replaced
 */
public record PreprocessedPixel(String text, List<EncodeBlock> encodeBlocks) {

    /** One replaced block: {@code original} is the whole block with its tags, {@code encoded} what replaced it. */
    public record EncodeBlock(String original, String encoded) {
    }

    /** Puts the recorded {@code <encode>} blocks back into a rendered statement, as the server's echo does. */
    public String restoreBlocks(String rendered) {
        String result = rendered;
        for (EncodeBlock block : encodeBlocks) {
            if (!block.encoded().isEmpty()) {
                result = result.replace(block.encoded(), block.original());
            }
        }
        return result;
    }
}
