package org.eregistrations.config.catalogue;

import java.util.List;

/**
 * A step of Part B: it becomes pending once the steps in {@code after} are approved (steps with the same
 * predecessors run in parallel), and is worked by officers with {@code role} at {@code institution}. An
 * {@code assignable} step is taken by one officer, who alone decides it. When it is approved, it issues the
 * certificates in {@code issues} that the file gets.
 */
public record ProcessingStep(
        String id,
        Labels name,
        List<String> after,
        String role,
        String institution,
        String applicable,
        List<String> forRegistrations,
        boolean assignable,
        List<String> issues,
        int line) {
    public ProcessingStep {
        after = List.copyOf(after);
        forRegistrations = List.copyOf(forRegistrations);
        issues = List.copyOf(issues);
    }
}
