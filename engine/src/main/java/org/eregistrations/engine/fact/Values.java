package org.eregistrations.engine.fact;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/** Normalises file values so that equal values are equal facts, and reads them as the type a rule asks for. */
final class Values {
    private Values() {}

    static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (value instanceof Double || value instanceof Float) {
            return stripped(BigDecimal.valueOf(((Number) value).doubleValue()));
        }
        if (value instanceof BigDecimal decimal) {
            return stripped(decimal);
        }
        if (value instanceof Boolean || value instanceof String || value instanceof LocalDate) {
            return value;
        }
        throw new IllegalArgumentException(
                "unsupported value type " + value.getClass().getName());
    }

    private static BigDecimal stripped(BigDecimal decimal) {
        BigDecimal plain = decimal.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    static Boolean flag(Object value) {
        return value instanceof Boolean b ? b : null;
    }

    static BigDecimal number(Object value) {
        return value instanceof BigDecimal n ? n : null;
    }

    static String text(Object value) {
        return value instanceof BigDecimal n ? n.toPlainString() : value.toString();
    }
}
