package org.eregistrations.config.catalogue;

import java.util.List;

/**
 * A step of Part B: it becomes pending once the steps in {@code after} are approved (steps with the same
 * predecessors run in parallel), and is worked by officers with {@code role} at {@code institution}.
 */
public record ProcessingStep(
        String id,
        Labels name,
        List<String> after,
        String role,
        String institution,
        String applicable,
        List<String> forRegistrations,
        int line) {
    public ProcessingStep {
        after = List.copyOf(after);
        forRegistrations = List.copyOf(forRegistrations);
    }
}
