package org.eregistrations.config.catalogue;

import java.util.List;

/**
 * A registration and what it brings when requested. {@code applicable} is {@code always}, {@code rules} or
 * {@code auto} (decided by whether some rule derives it applicable).
 */
public record Registration(
        String id,
        Labels name,
        boolean mandatory,
        String applicable,
        String institution,
        List<String> certificates,
        List<String> requirements,
        List<String> costs,
        int line) {
    public Registration {
        certificates = List.copyOf(certificates);
        requirements = List.copyOf(requirements);
        costs = List.copyOf(costs);
    }
}
