package org.eregistrations.web.file;

import java.math.BigDecimal;

/** What no value of a file may be, whatever its field: control characters, numbers with more digits than it holds. */
public final class ValueLimits {
    /** Digits of a number before and after the decimal point: more are no amount, count or size a service asks for. */
    public static final int MAX_INTEGER_DIGITS = 15;

    public static final int MAX_DECIMALS = 6;

    private ValueLimits() {}

    /** Whether a text holds a control character other than tab and line breaks (NUL cannot even be stored). */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
    }

    /** Whether a number has more digits than a file holds ({@link #MAX_INTEGER_DIGITS}, {@link #MAX_DECIMALS}). */
    public static boolean outOfRange(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return plain.precision() - plain.scale() > MAX_INTEGER_DIGITS || plain.scale() > MAX_DECIMALS;
    }
}
