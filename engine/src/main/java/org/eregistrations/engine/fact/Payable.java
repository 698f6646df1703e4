package org.eregistrations.engine.fact;

import java.math.BigDecimal;
import java.util.Objects;

/** Derived by the core: an applicable cost whose amount is not zero, so the investor has to pay it. */
public record Payable(String cost, BigDecimal amount) {
    public Payable {
        Objects.requireNonNull(cost, "cost must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
    }
}
