package org.eregistrations.config.catalogue;

import java.math.BigDecimal;

/** A cost; its amount is the declared one unless a rule computes it. */
public record Cost(String id, Labels name, BigDecimal amount, int line) {}
