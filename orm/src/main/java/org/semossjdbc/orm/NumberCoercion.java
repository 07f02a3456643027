package org.semossjdbc.orm;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Converts between Java number types only when the value survives exactly (a caller's 18L for an int column). */
final class NumberCoercion {
    private NumberCoercion() {
    }

    /** The value as {@code target}, or null when it is not a number or would lose digits. */
    static Object convert(Object value, Class<?> target) {
        if (!(value instanceof Number number) || value instanceof Double || value instanceof Float) {
            return value instanceof Number n && (target == Double.class || target == BigDecimal.class)
                    ? floating(n, target) : null;
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
        } catch (ArithmeticException lossy) {
            return null;
        }
        return null;
    }

    private static Object floating(Number number, Class<?> target) {
        double value = number.doubleValue();
        return target == Double.class ? (Object) value : BigDecimal.valueOf(value);
    }
}
