package org.semossjdbc.emulator.pixel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server's codec, including the recorded quirks of decoding untagged text (118-121). */
class UrlCodecTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SELECT 1|SELECT%201",
        "a+b|a%2Bb",
        "100% %41|100%25%20%2541",
        "é 中 😀|%C3%A9%20%E4%B8%AD%20%F0%9F%98%80",
        "~!*()'|%7E%21*%28%29%27",
        "`x</encode>y`|x%3C%2Fencode%3Ey",
    })
    void encodesLikeUrlEncoderWithSpacesAsPercent20(String text, String encoded) {
        assertEquals(encoded, UrlCodec.encode(text));
        assertEquals(text, UrlCodec.decode(encoded));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`INSERT INTO T VALUES (23, 'a+b')`|`INSERT INTO T VALUES (23, 'a b')`",
        "INSERT+INTO+T+VALUES+%2822%2C+%27a%2Bb+c%27%29|`INSERT INTO T VALUES (22, 'a+b c')`",
        "%7e|~",
    })
    void decodesUntaggedTextTheServerWay(String sent, String decoded) {
        assertEquals(decoded, UrlCodec.decode(sent));
    }

    @org.junit.jupiter.api.Test
    void barePercentFailsWithTheJdkMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> UrlCodec.decode("INSERT INTO T VALUES (24, '100%')"));
        assertEquals("URLDecoder: Illegal hex characters in escape (%) pattern - Error at index 0 in: \"')\"",
                error.getMessage());
    }
}
