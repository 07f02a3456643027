package org.semossjdbc.orm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** Caller values convert to a column's type only without loss, one case per line of {@code number-coercion.tsv}. */
class NumberCoercionTest {

    @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
    @CsvFileSource(resources = "/number-coercion.tsv", delimiter = '\t')
    void converts(String sourceType, String value, String targetType, String expected) {
        Object converted = NumberCoercion.convert(parse(sourceType, value), type(targetType));
        if (expected.equals("ERROR")) {
            assertNull(converted, "must refuse: " + converted);
        } else {
            assertEquals(type(targetType), converted.getClass());
            assertEquals(expected, converted.toString());
        }
    }

    private static Object parse(String type, String value) {
        return switch (type) {
            case "Integer" -> Integer.valueOf(value);
            case "Long" -> Long.valueOf(value);
            case "Double" -> Double.valueOf(value);
            case "BigDecimal" -> new BigDecimal(value);
            case "String" -> value;
            default -> throw new IllegalArgumentException(type);
        };
    }

    private static Class<?> type(String name) {
        return switch (name) {
            case "Integer" -> Integer.class;
            case "Long" -> Long.class;
            case "Short" -> Short.class;
            case "Byte" -> Byte.class;
            case "Double" -> Double.class;
            case "Float" -> Float.class;
            case "BigDecimal" -> BigDecimal.class;
            case "BigInteger" -> BigInteger.class;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
