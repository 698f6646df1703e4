package org.eregistrations.config.catalogue;

import java.math.BigDecimal;

/**
 * A cost; its amount is the declared one unless a rule computes it. When it is payable the investor uploads a payment
 * receipt for it, unless the service is paid online or the cost says {@code receipt: false} (e.g. a fee paid at the
 * counter when the certificate is handed over).
 */
public record Cost(String id, Labels name, BigDecimal amount, boolean receipt, int line) {}
