package org.semossjdbc.emulator.pixel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's {@code PixelPreProcessor.preProcessPixel}: trims the expression, replaces every
 * {@code <sEncode>} block by its encoding (not recorded), then every {@code <encode>} block and every {@code <e>}
 * block (recorded, so that the echo shows the original). Markers are case-sensitive; a marker without a partner
 * stays in the text, and an end marker inside the data closes its block early (transcripts 110, 111).
 */
public final class PixelPreprocessor {

    private static final Pattern SENCODE = Pattern.compile("<sEncode>(.+?)</sEncode>", Pattern.DOTALL);

    private PixelPreprocessor() {
    }

    /** Rewrites {@code expression} the way the server does before lexing. */
    public static PreprocessedPixel preprocess(String expression) {
        String text = expression.trim();
        Matcher matcher = SENCODE.matcher(text);
        StringBuilder rewritten = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(rewritten, Matcher.quoteReplacement(UrlCodec.encode(matcher.group(1))));
        }
        matcher.appendTail(rewritten);
        text = rewritten.toString();
        List<PreprocessedPixel.EncodeBlock> blocks = new ArrayList<>();
        text = replaceBlocks(text, "<encode>", "</encode>", blocks);
        text = replaceBlocks(text, "<e>", "</e>", blocks);
        return new PreprocessedPixel(text, List.copyOf(blocks));
    }

    /**
     * Pairs each start marker with the first end marker after it; a start marker followed by another start before
     * that end is skipped, so the innermost pair wins (transcript 111: the data's {@code <encode>} takes the
     * closing tag and the outer marker reaches the database). Every occurrence of each block is replaced with one
     * {@link String#replace}, as the server does.
     */
    private static String replaceBlocks(String text, String start, String end,
                                        List<PreprocessedPixel.EncodeBlock> blocks) {
        List<int[]> pairs = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf(start, from);
            if (open < 0) {
                break;
            }
            int close = text.indexOf(end, open + start.length());
            if (close < 0) {
                break;
            }
            int nextOpen = text.indexOf(start, open + start.length());
            if (nextOpen >= 0 && nextOpen < close) {
                from = nextOpen;
                continue;
            }
            pairs.add(new int[] {open, close});
            from = close + end.length();
        }
        String result = text;
        for (int[] pair : pairs) {
            String block = text.substring(pair[0], pair[1] + end.length());
            String content = text.substring(pair[0] + start.length(), pair[1]);
            String encoded = UrlCodec.encode(content);
            blocks.add(new PreprocessedPixel.EncodeBlock(block, encoded));
            result = result.replace(block, encoded);
        }
        return result;
    }
}
