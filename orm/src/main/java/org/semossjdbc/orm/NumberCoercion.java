package org.semossjdbc.orm;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Converts between Java number types only when the value survives exactly (a caller's 18L for an int column). */
final class NumberCoercion {
    private NumberCoercion() {
    }

    /** The value as {@code target}, or null when it is not a number or would lose digits. */
    static Object convert(Object value, Class<?> target) {
        if (!(value instanceof Number number)) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            // Binary fractions go to the floating and decimal types only; an integer column would need rounding.
            if (target == Double.class) {
                return number.doubleValue();
            }
            if (target == Float.class && value instanceof Float) {
                return value;
            }
            return target == BigDecimal.class ? new BigDecimal(number.toString()) : null;
        }
        BigDecimal exact = value instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        try {
            if (target == Integer.class) {
                return exact.intValueExact();
            }
            if (target == Long.class) {
                return exact.longValueExact();
            }
            if (target == Short.class) {
                return exact.shortValueExact();
            }
            if (target == Byte.class) {
                return exact.byteValueExact();
            }
            if (target == BigDecimal.class) {
                return exact;
            }
            if (target == BigInteger.class) {
                return exact.toBigIntegerExact();
            }
            if (target == Double.class && exact.compareTo(BigDecimal.valueOf(exact.doubleValue())) == 0) {
                return exact.doubleValue();
            }
            if (target == Float.class && exact.compareTo(new BigDecimal(Float.toString(exact.floatValue()))) == 0) {
                return exact.floatValue();
            }
        } catch (ArithmeticException lossy) {
            return null;
        }
        return null;
    }
}
