package org.eregistrations.engine.fact;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Derived by a service rule: the amount of a cost, computed from the file's values; it replaces the amount the
 * catalogue declares.
 */
public record Amount(String cost, BigDecimal amount) {
    public Amount {
        Objects.requireNonNull(cost, "cost must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
        amount = (BigDecimal) Values.normalize(amount);
    }

    /** An amount given as a whole number, for rules: {@code new Amount("registrationFee", 25)}. */
    public Amount(String cost, long amount) {
        this(cost, BigDecimal.valueOf(amount));
    }
}
