package org.semossjdbc.emulator;

/** Pixel arithmetic on numbers (integers stay integers: {@code 1+1} answers {@code 2}, transcript 003). */
final class Arithmetic {

    private Arithmetic() {
    }

    static Object parse(String literal) {
        if (literal.chars().allMatch(Character::isDigit)) {
            long value = Long.parseLong(literal);
            return value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
        }
        return Double.parseDouble(literal);
    }

    static Object negate(Object value) throws PixelError {
        if (value instanceof Integer number) {
            return -number;
        }
        if (value instanceof Long number) {
            return -number;
        }
        if (value instanceof Number number) {
            return -number.doubleValue();
        }
        throw new PixelError("Cannot negate " + value);
    }

    static Object apply(char operator, Object left, Object right) throws PixelError {
        if (operator == '+' && (left instanceof String || right instanceof String)) {
            return String.valueOf(left) + right;
        }
        if (!(left instanceof Number a) || !(right instanceof Number b)) {
            throw new PixelError("Cannot apply " + operator + " to " + left + " and " + right);
        }
        boolean integral = isIntegral(a) && isIntegral(b);
        if (integral) {
            long x = a.longValue();
            long y = b.longValue();
            switch (operator) {
                case '+' -> {
                    return narrow(x + y);
                }
                case '-' -> {
                    return narrow(x - y);
                }
                case '*' -> {
                    return narrow(x * y);
                }
                case '/' -> {
                    if (y != 0 && x % y == 0) {
                        return narrow(x / y);
                    }
                }
                case '%' -> {
                    if (y != 0) {
                        return narrow(x % y);
                    }
                }
                default -> throw new PixelError("Unknown operator " + operator);
            }
        }
        double x = a.doubleValue();
        double y = b.doubleValue();
        return switch (operator) {
            case '+' -> x + y;
            case '-' -> x - y;
            case '*' -> x * y;
            case '/' -> x / y;
            case '%' -> x % y;
            default -> throw new PixelError("Unknown operator " + operator);
        };
    }

    private static boolean isIntegral(Number number) {
        return number instanceof Integer || number instanceof Long;
    }

    private static Object narrow(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? (Object) (int) value : (Object) value;
    }
}
