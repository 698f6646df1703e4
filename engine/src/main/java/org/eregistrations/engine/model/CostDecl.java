package org.eregistrations.engine.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Catalogue fact: a cost with the amount the catalogue declares (used unless a rule derives an {@code Amount}), and
 * whether a payment receipt has to be uploaded for it.
 */
public record CostDecl(String id, BigDecimal amount, boolean receipt) {
    public CostDecl {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(amount, "amount must not be null");
    }
}
