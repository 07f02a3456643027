package org.semossjdbc.jdbc;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decimal a DECIMAL column reads back as, when SEMOSS sent it as a double. */
class ShortestDecimalTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvFileSource(resources = "/jdbc/shortest-decimals.tsv", delimiterString = "\t")
    void readsBackAsTheCorpusSays(String sent, String expected) {
        double value = Double.parseDouble(sent);
        assertEquals(expected, ShortestDecimal.toPlainString(value));
        assertEquals(new BigDecimal(expected), ShortestDecimal.toBigDecimal(value), "scale included");
    }

    @Test
    void extremesStayPlainAndExact() {
        assertEquals("1" + "0".repeat(300), ShortestDecimal.toPlainString(1.0E300));
        assertEquals("17976931348623157" + "0".repeat(292), ShortestDecimal.toPlainString(Double.MAX_VALUE));
        assertEquals("0." + "0".repeat(307) + "22250738585072014", ShortestDecimal.toPlainString(Double.MIN_NORMAL));
        // Java's choice for the smallest subnormal: two digits where one (5E-324) would do.
        assertEquals("-0." + "0".repeat(323) + "49", ShortestDecimal.toPlainString(-Double.MIN_VALUE));
        assertEquals(new BigDecimal("1E+300").setScale(0), ShortestDecimal.toBigDecimal(1.0E300));
        assertEquals(new BigDecimal("4.9E-324"), ShortestDecimal.toBigDecimal(Double.MIN_VALUE));
        assertThrows(IllegalArgumentException.class, () -> ShortestDecimal.toBigDecimal(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> ShortestDecimal.toPlainString(Double.NEGATIVE_INFINITY));
    }

    /** Every g of the table, made incrementally, against its definition: (g - 1) 2^r <= 10^-k < g 2^r. */
    @Test
    void powerTableMeetsItsDefinition() {
        for (int k = ShortestDecimal.PowersOfTen.MIN_K; k <= ShortestDecimal.PowersOfTen.MAX_K; k++) {
            int index = 2 * (k - ShortestDecimal.PowersOfTen.MIN_K);
            BigInteger g = BigInteger.valueOf(ShortestDecimal.PowersOfTen.G[index]).shiftLeft(63)
                    .or(BigInteger.valueOf(ShortestDecimal.PowersOfTen.G[index + 1]));
            int r = ShortestDecimal.floorLog2Pow10(-k) - 125;
            // Compare 10^-k with g 2^r as integers: multiply both sides by 10^k (k > 0) and 2^-r (r < 0).
            BigInteger tenSide = k <= 0 ? BigInteger.TEN.pow(-k) : BigInteger.ONE;
            BigInteger gFactor = k <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(k);
            BigInteger left = r < 0 ? tenSide.shiftLeft(-r) : tenSide;
            BigInteger rightG = r < 0 ? g.multiply(gFactor) : g.multiply(gFactor).shiftLeft(r);
            BigInteger rightGMinus1 = r < 0 ? g.subtract(BigInteger.ONE).multiply(gFactor)
                    : g.subtract(BigInteger.ONE).multiply(gFactor).shiftLeft(r);
            assertTrue(rightGMinus1.compareTo(left) <= 0 && left.compareTo(rightG) < 0, "k = " + k);
            assertTrue(g.bitLength() == 126, "k = " + k);
        }
    }

    /**
     * For random doubles of every magnitude and for short decimals (what DECIMAL columns hold): the text is plain,
     * equals the BigDecimal (scale at least 0), reads back as the same double, has no digit fewer that would, and is
     * the closest of its length.
     */
    @Test
    void randomValuesReadBackAndAreShortest() {
        SplittableRandom random = new SplittableRandom(20_261_121);
        for (int i = 0; i < 10_000; i++) {
            double anyDouble = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(anyDouble)) {
                assertShortest(anyDouble);
            }
            long digits = random.nextLong(1, 1_000_000_000_000L);
            assertShortest(Double.parseDouble((random.nextBoolean() ? "-" : "") + digits + "E"
                    + random.nextInt(-40, 30)));
            assertShortest(Double.parseDouble(random.nextInt(0, 1_000_000) + "." + random.nextInt(0, 100)));
        }
        for (int exponent = -1074; exponent <= 1023; exponent++) {
            double power = Math.scalb(1.0, exponent);
            assertShortest(power);
            assertShortest(Math.nextDown(power));
            assertShortest(Math.nextUp(power));
        }
    }

    private static void assertShortest(double value) {
        String text = ShortestDecimal.toPlainString(value);
        BigDecimal decimal = ShortestDecimal.toBigDecimal(value);
        String context = Double.toString(value) + " gave " + text;
        assertFalse(text.contains("E") || text.contains("e"), context);
        assertTrue(decimal.scale() >= 0, context);
        assertEquals(decimal.signum() == 0 ? "0" : decimal.toPlainString(), text.equals("-0") ? "0" : text, context);
        assertEquals(value, Double.parseDouble(text), context);
        int precision = decimal.stripTrailingZeros().precision();
        // Java's rule keeps two digits where one would do (4.9E-324, not 5E-324); only subnormals are that coarse.
        if (precision > 2 || precision == 2 && Math.abs(value) >= Double.MIN_NORMAL) {
            // No decimal of one digit fewer reads back as the value: the two around this one are enough to try.
            MathContext shorter = new MathContext(precision - 1, RoundingMode.FLOOR);
            BigDecimal below = decimal.round(shorter);
            BigDecimal above = decimal.round(new MathContext(precision - 1, RoundingMode.CEILING));
            assertTrue(below.doubleValue() != value && above.doubleValue() != value, context + ", shorter exists");
        }
        // Of the decimals of this length that read back as the value, none is closer to it.
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-decimal.stripTrailingZeros().scale());
        for (BigDecimal neighbour : new BigDecimal[] {decimal.subtract(unit), decimal.add(unit)}) {
            if (neighbour.doubleValue() == value) {
                BigDecimal exact = new BigDecimal(value);
                assertTrue(neighbour.subtract(exact).abs().compareTo(decimal.subtract(exact).abs()) >= 0,
                        context + ", closer: " + neighbour);
            }
        }
    }
}
