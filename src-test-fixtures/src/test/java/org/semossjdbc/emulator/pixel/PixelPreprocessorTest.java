package org.semossjdbc.emulator.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The recorded corner cases of the block pass (110-112, 123). */
class PixelPreprocessorTest {

    private static String sqlReaching(String pixel) {
        String text = PixelPreprocessor.preprocess(pixel).text();
        String argument = text.substring(text.indexOf('"') + 1, text.lastIndexOf('"'));
        return UrlCodec.decode(argument);
    }

    @Test
    void closingTagInTheDataEndsTheBlockEarly() {
        String pixel = "Query(\"<encode>INSERT INTO ENC_T VALUES (9, 'x</encode>y')</encode>\");";
        assertEquals("INSERT INTO ENC_T VALUES (9, 'xy')</encode>", sqlReaching(pixel));
        PreprocessedPixel preprocessed = PixelPreprocessor.preprocess(pixel);
        assertEquals(pixel, preprocessed.restoreBlocks(preprocessed.text()), "the echo shows the original");
    }

    @Test
    void openingTagInTheDataStartsTheBlockThatWins() {
        assertEquals("<encode>INSERT INTO ENC_T VALUES (10, 'xy')",
                sqlReaching("Query(\"<encode>INSERT INTO ENC_T VALUES (10, 'x<encode>y')</encode>\");"));
    }

    @Test
    void eTagsInsideEncodeSurviveAndSencodeTagsVanish() {
        assertEquals("INSERT INTO ENC_T VALUES (11, 'x<e>y</e>z q')",
                sqlReaching("Query(\"<encode>INSERT INTO ENC_T VALUES (11, 'x<e>y</e>z <sEncode>q</sEncode>')</encode>\");"));
    }

    @Test
    void sencodeIsNotRecordedSoTheEchoShowsItEncoded() {
        PreprocessedPixel preprocessed = PixelPreprocessor.preprocess("Query(\"<sEncode>a</encode>b</sEncode>\");");
        assertEquals("Query(\"a%3C%2Fencode%3Eb\");", preprocessed.restoreBlocks(preprocessed.text()));
    }
}
