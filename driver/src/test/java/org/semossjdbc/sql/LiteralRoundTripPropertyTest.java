package org.semossjdbc.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Property: for random Unicode text, the rendered literal lexes (in the same dialect) as exactly one string token
 * whose decoded value is the input, and a marker after it is still found, so no value can end its literal early.
 */
class LiteralRoundTripPropertyTest {
    private static final int SAMPLES = 10_000;
    /** Characters that matter to some lexer somewhere: quotes, escapes, comment and marker starts. */
    private static final String NASTY = "'\"`\\?;:-/*$#{}()E\n\r\t\u0000x";

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyStringComesBackExactly(Dialect dialect) {
        LiteralRenderer renderer = new LiteralRenderer(dialect, ZoneOffset.UTC);
        Random random = new Random(20240229L + dialect.ordinal());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String value = randomText(random, dialect != Dialect.POSTGRESQL);
            String literal = renderer.string(value);
            String sql = "SELECT " + literal + ", ?";
            List<Token> tokens = SqlLexer.significant(SqlLexer.tokenize(sql, dialect));
            // SELECT [E] 'literal' , ?
            int stringIndex = tokens.size() == 4 ? 1 : 2;
            Token string = tokens.get(stringIndex);
            boolean escapes = SqlLexer.backslashEscapes(sql, tokens.subList(0, stringIndex), dialect);
            String decoded = string.is(Token.Kind.STRING) ? SqlLexer.decodeString(sql, string, escapes) : null;
            int markers = ParsedStatement.parse(sql, dialect).parameterCount();
            boolean shapeOk = (tokens.size() == 4 || tokens.size() == 5 && dialect == Dialect.POSTGRESQL
                    && tokens.get(1).text(sql).equals("E")) && markers == 1;
            if (!shapeOk || !value.equals(decoded)) {
                failures.add(Corpus.escape(value) + " -> " + Corpus.escape(literal));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())), dialect + ": literals that do not round-trip");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void unpairedSurrogatesAreRefused(Dialect dialect) {
        LiteralRenderer renderer = new LiteralRenderer(dialect, ZoneOffset.UTC);
        assertThrows(IllegalArgumentException.class, () -> renderer.string("ok\uDBFF"));
    }

    static String randomText(Random random, boolean allowNul) {
        int length = random.nextInt(24);
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            int pick = random.nextInt(10);
            if (pick < 5) {
                char c = NASTY.charAt(random.nextInt(NASTY.length()));
                if (c != 0 || allowNul) {
                    out.append(c);
                }
            } else if (pick < 7) {
                out.append((char) (' ' + random.nextInt(95)));
            } else if (pick < 9) {
                int cp;
                do {
                    cp = 0x80 + random.nextInt(0xFFFF - 0x80);
                } while (Character.isSurrogate((char) cp));
                out.append((char) cp);
            } else {
                out.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
            }
        }
        return out.toString();
    }
}
