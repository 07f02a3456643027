package org.semossjdbc.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.semossjdbc.protocol.PixelEncoder;
import org.semossjdbc.protocol.RequestSize;

/**
 * Request sizing is measured on the body the transport really sends: {@link FormEncoding} (and {@link RequestSize},
 * built on it) must give the exact length of the body OkHttp's {@code FormBody} writes, for every ASCII character,
 * multi-byte characters and random text.
 */
class FormEncodingTest {

    private static long sentLength(Map<String, String> form) throws IOException {
        return HttpTransport.formBody(form).contentLength();
    }

    private static List<String> corpus() {
        List<String> texts = new ArrayList<>();
        for (char c = 0; c < 0x80; c++) {
            texts.add(String.valueOf(c));
        }
        texts.addAll(List.of("", " ", "   two  spaces ", "é", "€", "日本語", "😀", "a+b=c&d", "100%", "~*-._",
                "SELECT 'x y' FROM \"T\" WHERE a <> 1;"));
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                int kind = random.nextInt(10);
                text.appendCodePoint(kind < 7 ? 0x20 + random.nextInt(0x5F) : kind < 9 ? 0xA0 + random.nextInt(0x700)
                        : 0x1F600 + random.nextInt(0x40));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void aFieldCostsWhatFormBodyWrites() throws IOException {
        for (String text : corpus()) {
            assertEquals(sentLength(Map.of("x", text)) - 2, FormEncoding.length(text), () -> "for " + escape(text));
        }
    }

    @Test
    void aSpaceIsThreeBytesBecauseFormBodyWritesPercent20() throws IOException {
        Map<String, String> form = Map.of("expression", " ".repeat(1000));
        assertEquals(sentLength(form), RequestSize.ofForm(form));
        assertEquals("expression=".length() + 3000, RequestSize.ofForm(form));
    }

    @Test
    void aWholeRunPixelFormIsMeasuredExactly() throws IOException {
        for (String sql : corpus()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("expression", "Database(database=[\"e-1\"]) | Query(\"" + PixelEncoder.encode(sql)
                    + "\") | ExecQuery();");
            form.put("insightId", "new");
            assertEquals(sentLength(form), RequestSize.ofForm(form), () -> "for " + escape(sql));
        }
    }

    @Test
    void sqlCostsWhatItsPixelEncodingCostsInTheForm() throws IOException {
        for (String sql : corpus()) {
            assertEquals(sentLength(Map.of("x", PixelEncoder.encode(sql))) - 2, RequestSize.ofSql(sql),
                    () -> "for " + escape(sql));
        }
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : String.valueOf((char) c)));
        return out.toString();
    }
}
