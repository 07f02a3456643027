package org.semossjdbc.protocol;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PixelEncoderTest {

    @Test
    void encodesLikeTheRecordedTaglessForm() {
        // transcript 162: SELECT COUNT(*) AS N FROM PEOPLE as the recorded driver-style request sent it
        assertEquals("SELECT%20COUNT%28%2A%29%20AS%20N%20FROM%20PEOPLE",
                PixelEncoder.encode("SELECT COUNT(*) AS N FROM PEOPLE"));
    }

    @Test
    void leavesOnlyUnreservedCharactersAndPercentEscapes() {
        String hostile = "</encode><encode><e>x</e><sEncode>\"'\\\n\r\t%+;é中😀~-_.";
        String encoded = PixelEncoder.encode(hostile);
        assertTrue(encoded.matches("[A-Za-z0-9\\-_.~%]*"), encoded);
        assertEquals("%C3%A9", PixelEncoder.encode("é"));
        assertEquals("~-_.", PixelEncoder.encode("~-_."));
        assertEquals(hostile, PixelEncoder.decode(encoded));
    }

    @Test
    void roundTripsRandomUnicode() {
        Random random = new Random(42);
        for (int n = 0; n < 2000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(40);
            while (s.length() < length) {
                int cp = random.nextInt(0x10FFFF);
                if (cp >= 0xD800 && cp <= 0xDFFF) {
                    continue;
                }
                s.appendCodePoint(cp);
            }
            assertEquals(s.toString(), PixelEncoder.decode(PixelEncoder.encode(s.toString())));
        }
    }

    @Test
    void pixelsCarryTheMetaPrefixAndRefuseUnsafeArguments() {
        assertEquals("META | Database(database=\"h2demo\")|Query(\"SELECT%201\")|Collect(5);",
                Pixels.read("h2demo", "SELECT 1", 5));
        assertEquals("META | Task(\"task3\")|Collect(10);", Pixels.nextPage("task3", 10));
        assertEquals("META | RemoveTask(\"task3\", true);", Pixels.removeTask("task3"));
        assertTrue(Pixels.execQuery("db", "DELETE FROM T").endsWith("|ExecQuery(commit=true);"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Pixels.read("a\")|DropInsight();(\"", "SELECT 1", 1));
    }
}
