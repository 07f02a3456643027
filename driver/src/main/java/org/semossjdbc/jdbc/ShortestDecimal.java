package org.semossjdbc.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * The shortest decimal that reads back as a given double, as a {@link BigDecimal} or as plain text.
 *
 * <p>SEMOSS sends DECIMAL and NUMERIC columns as doubles, so this decimal is all that is left of the value the
 * database held: {@code 12345678.91}, {@code 0.00001} and {@code 100000000000000000000} are what a DECIMAL held, not
 * {@code 12345678.910000000521540641784667968750}. {@code BigDecimal.valueOf(double)} goes through
 * {@code Double.toString}, which writes {@code 1.0E-5} (read back as {@code 0.000010}) and, before Java 19, sometimes
 * one digit too many ({@code 1.0E23} as {@code 9.999999999999999E22}).
 *
 * <p>The digits are those of {@code Double.toString} on Java 19 and later: Raffaello Giulietti's Schubfach
 * algorithm ("The Schubfach way to render doubles", 2020). Among the decimals that round to the double it picks one
 * of fewest digits, the closest to the double, the even one on a tie; where one digit would do it takes the closest
 * of two, which differs only for the coarsest subnormals ({@code 4.9E-324}, not {@code 5E-324}). The digits take a
 * few multiplications: no strings, no search and no {@code BigInteger}, because the read path converts millions of
 * values.
 */
final class ShortestDecimal {
    private static final int PRECISION = 53;
    private static final int MIN_EXPONENT = -1074;
    private static final long SIGNIFICAND_MASK = (1L << (PRECISION - 1)) - 1;
    private static final long HIDDEN_BIT = 1L << (PRECISION - 1);
    private static final int EXPONENT_MASK = 0x7FF;
    /** Subnormal significands below this carry too few bits for the search below; they are scaled by 10 first. */
    private static final long TINY_SIGNIFICAND = 3;
    private static final long LOW_63_BITS = (1L << 63) - 1;

    /**
     * The longest plain text of a double: {@code -0.} and 323 zeros before the digits {@code 49} of
     * {@code -Double.MIN_VALUE}.
     */
    private static final int LONGEST_TEXT = 328;
    /**
     * Where text is composed before the String copies it: one buffer per thread, as {@code Double.toString} keeps
     * one, so that a value costs the String alone (a byte array holds no reference to the driver's class loader).
     */
    private static final ThreadLocal<byte[]> TEXT_BUFFER = ThreadLocal.withInitial(() -> new byte[LONGEST_TEXT]);

    /** 10^0 to 10^18, the powers that fit in a long. */
    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private ShortestDecimal() {
    }

    /**
     * The shortest decimal of a finite double, with a scale of at least 0: {@code 100.0} gives {@code 100},
     * {@code 1.0E20} gives {@code 100000000000000000000}, {@code -1.0E-4} gives {@code -0.0001}. Both zeros give 0.
     */
    static BigDecimal toBigDecimal(double value) {
        return (BigDecimal) render(value, false);
    }

    /**
     * The same decimal in plain notation, never an exponent: {@code 0.00001}, {@code 100},
     * {@code 100000000000000000000}. Negative zero is {@code -0}, so the text still reads back as the same double.
     */
    static String toPlainString(double value) {
        return (String) render(value, true);
    }

    /**
     * Finds the digits and exponent and renders them in one method, so that the pair never needs an object of its
     * own on the read path.
     */
    private static Object render(double value, boolean text) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number: " + value);
        }
        long bits = Double.doubleToRawLongBits(value);
        boolean negative = bits < 0;
        long fraction = bits & SIGNIFICAND_MASK;
        int biasedExponent = (int) (bits >>> (PRECISION - 1)) & EXPONENT_MASK;
        long digits;
        int exponent;
        if (biasedExponent == 0 && fraction == 0) {
            digits = 0;
            exponent = 0;
        } else if (biasedExponent != 0) {
            // value = significand * 2^q
            int q = biasedExponent + MIN_EXPONENT - 1;
            long significand = HIDDEN_BIT | fraction;
            if (q < 0 && q > -PRECISION && (significand >> -q) << -q == significand) {
                // A whole number below 2^53: its digits are the integer itself.
                digits = significand >> -q;
                exponent = 0;
            } else {
                int k = decimalExponent(q, significand);
                digits = digits(q, significand, k);
                exponent = k;
            }
        } else if (fraction < TINY_SIGNIFICAND) {
            int k = decimalExponent(MIN_EXPONENT, 10 * fraction);
            digits = digits(MIN_EXPONENT, 10 * fraction, k);
            exponent = k - 1;
        } else {
            int k = decimalExponent(MIN_EXPONENT, fraction);
            digits = digits(MIN_EXPONENT, fraction, k);
            exponent = k;
        }
        // The search yields 16 or 17 digits: 12.5 comes out as 1250000000000000 * 10^-14. Strip the zeros in halving
        // steps (at most 17 of them, so 10^8 twice at most, then 10^4, 10^2, 10 once each).
        if (digits != 0) {
            while (digits % 100_000_000 == 0) {
                digits /= 100_000_000;
                exponent += 8;
            }
            if (digits % 10_000 == 0) {
                digits /= 10_000;
                exponent += 4;
            }
            if (digits % 100 == 0) {
                digits /= 100;
                exponent += 2;
            }
            if (digits % 10 == 0) {
                digits /= 10;
                exponent++;
            }
        }
        return text ? plainText(negative, digits, exponent) : bigDecimal(negative, digits, exponent);
    }

    /**
     * The decimal exponent k of the search: floor(log10(2^q)), or floor(log10(3/4 * 2^q)) for a power of two, whose
     * rounding interval is narrower below than above.
     */
    private static int decimalExponent(int q, long significand) {
        return significand != HIDDEN_BIT || q == MIN_EXPONENT ? floorLog10Pow2(q) : floorLog10ThreeQuartersPow2(q);
    }

    /**
     * The significand of the chosen decimal (digits * 10^k), for value = significand * 2^q. Works on the value and
     * the ends of its rounding interval scaled by 4 and by 10^-k (sections 9 and 10 of the paper).
     */
    private static long digits(int q, long significand, int k) {
        int excluded = (int) significand & 1; // round half to even: an odd significand does not own its ends
        long scaled = significand << 2;
        long upper = scaled + 2;
        long lower = significand != HIDDEN_BIT || q == MIN_EXPONENT ? scaled - 2 : scaled - 1;
        int shift = q + floorLog2Pow10(-k) + 2;
        long g1 = PowersOfTen.G[2 * (k - PowersOfTen.MIN_K)];
        long g0 = PowersOfTen.G[2 * (k - PowersOfTen.MIN_K) + 1];
        long v = roundToOdd(g1, g0, scaled << shift);
        long vLower = roundToOdd(g1, g0, lower << shift);
        long vUpper = roundToOdd(g1, g0, upper << shift);

        long s = v >> 2;
        if (s >= 100) {
            // One digit fewer: the multiples of ten around s, when exactly one of them lies in the interval.
            long down = s / 10 * 10;
            long up = down + 10;
            boolean downInside = vLower + excluded <= down << 2;
            boolean upInside = (up << 2) + excluded <= vUpper;
            if (downInside != upInside) {
                return downInside ? down : up;
            }
        }
        long t = s + 1;
        boolean sInside = vLower + excluded <= s << 2;
        boolean tInside = (t << 2) + excluded <= vUpper;
        if (sInside != tInside) {
            return sInside ? s : t;
        }
        // Both lie in the interval: the closer one, the even one on a tie.
        long compare = v - ((s + t) << 1);
        return compare < 0 || compare == 0 && (s & 1) == 0 ? s : t;
    }

    /** (g1 * 2^63 + g0) * cp / 2^127, rounded to odd: the last bit says whether anything was cut off. */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long high = y1 + (z >>> 63);
        return high | ((z & LOW_63_BITS) + LOW_63_BITS) >>> 63;
    }

    /** floor(e * log10(2)), exact over the exponents of doubles (and well beyond). */
    private static int floorLog10Pow2(int e) {
        return (int) (e * 661_971_961_083L >> 41);
    }

    /** floor(e * log10(2) + log10(3/4)), exact over the exponents of doubles. */
    private static int floorLog10ThreeQuartersPow2(int e) {
        return (int) (e * 661_971_961_083L - 274_743_187_321L >> 41);
    }

    /** floor(e * log2(10)), exact for the decimal exponents of doubles (|e| up to 1233). */
    static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    private static BigDecimal bigDecimal(boolean negative, long digits, int exponent) {
        long signed = negative ? -digits : digits;
        if (exponent <= 0) {
            return BigDecimal.valueOf(signed, -exponent);
        }
        if (exponent < POWERS_OF_TEN.length && digits <= Long.MAX_VALUE / POWERS_OF_TEN[exponent]) {
            return BigDecimal.valueOf(signed * POWERS_OF_TEN[exponent]);
        }
        // Above 2^63: 1E+20 is still written with scale 0, as an integer.
        return new BigDecimal(BigInteger.valueOf(signed).multiply(BigInteger.TEN.pow(exponent)));
    }

    private static String plainText(boolean negative, long digits, int exponent) {
        int length = 1;
        while (length < POWERS_OF_TEN.length && digits >= POWERS_OF_TEN[length]) {
            length++;
        }
        int integerDigits = length + exponent; // digits before the point; 0 or fewer means 0.000ddd
        int size = (negative ? 1 : 0) + (exponent >= 0 ? integerDigits
                : integerDigits > 0 ? length + 1 : 2 - integerDigits + length);
        byte[] out = TEXT_BUFFER.get();
        int at = 0;
        if (negative) {
            out[at++] = '-';
        }
        if (exponent >= 0) {
            at = writeDigits(out, at, digits, length);
            while (at < size) {
                out[at++] = '0';
            }
        } else if (integerDigits > 0) {
            writeDigits(out, at + 1, digits, length);
            System.arraycopy(out, at + 1, out, at, integerDigits);
            out[at + integerDigits] = '.';
        } else {
            out[at++] = '0';
            out[at++] = '.';
            for (int i = 0; i < -integerDigits; i++) {
                out[at++] = '0';
            }
            writeDigits(out, at, digits, length);
        }
        return new String(out, 0, size, StandardCharsets.ISO_8859_1);
    }

    /** Writes the {@code length} decimal digits of {@code digits} at {@code at}; returns the index after them. */
    private static int writeDigits(byte[] out, int at, long digits, int length) {
        long rest = digits;
        for (int i = at + length - 1; i >= at; i--) {
            out[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + length;
    }

    /**
     * The 126-bit approximations g = floor(10^-k / 2^r) + 1, scaled so that 2^125 <= g < 2^126, stored as g1 (high
     * 63 bits) and g0 (low 63 bits) for every k the search can need. Computed on first use (a few milliseconds)
     * rather than written out as 1,234 constants.
     */
    static final class PowersOfTen {
        static final int MIN_K = -324;
        static final int MAX_K = 292;
        static final long[] G = table();

        private static long[] table() {
            long[] g = new long[2 * (MAX_K - MIN_K + 1)];
            // 10^-k for k <= 0 is the integer 10^e, made by one multiplication per step.
            BigInteger power = BigInteger.ONE;
            for (int e = 0; e <= -MIN_K; e++) {
                int r = floorLog2Pow10(e) - 125;
                store(g, -e, r >= 0 ? power.shiftRight(r) : power.shiftLeft(-r));
                power = power.multiply(BigInteger.TEN);
            }
            // For k > 0, floor(2^-r / 10^k) = floor(2^B / 10^k) / 2^(B + r): floor(floor(x / a) / b) = floor(x / ab),
            // so one division by ten per step, from 2^B with B above every -r needed.
            int b = 125 - floorLog2Pow10(-MAX_K);
            BigInteger quotient = BigInteger.ONE.shiftLeft(b);
            for (int k = 1; k <= MAX_K; k++) {
                quotient = quotient.divide(BigInteger.TEN);
                int r = floorLog2Pow10(-k) - 125;
                store(g, k, quotient.shiftRight(b + r));
            }
            return g;
        }

        private static void store(long[] g, int k, BigInteger floor) {
            BigInteger value = floor.add(BigInteger.ONE);
            int index = 2 * (k - MIN_K);
            g[index] = value.shiftRight(63).longValueExact();
            g[index + 1] = value.longValue() & LOW_63_BITS;
        }
    }
}
