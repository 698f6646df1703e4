package org.eregistrations.config.catalogue;

import java.util.List;

/**
 * A step of Part B: it becomes pending once the steps in {@code after} are approved (steps with the same
 * predecessors run in parallel), and is worked by officers with one of its {@code roles} at {@code institution}. An
 * {@code assignable} step is taken by one officer, who alone decides it; at a {@code roundRobin} step (assignable too)
 * new work is given to the officers who hold its role in turn. At a {@code revision} step the officer marks
 * each document, receipt and data section of the file valid or invalid before deciding: it is approved only when
 * everything is valid, and sent back only when everything is reviewed and something is invalid. A step's
 * {@code fields} are a form the officer fills in to approve it (typed and checked like data form fields); a
 * {@code frontDesk} step adds a checklist — each document's original seen, each certificate handed over — all ticked
 * to approve it (the registration delivered). When it is approved, it issues the
 * certificates in {@code issues} that the file gets.
 */
public record ProcessingStep(
        String id,
        Labels name,
        List<String> after,
        List<String> roles,
        String institution,
        String applicable,
        List<String> forRegistrations,
        boolean assignable,
        boolean roundRobin,
        boolean revision,
        boolean frontDesk,
        List<FormField> fields,
        List<String> issues,
        int line) {
    public ProcessingStep {
        after = List.copyOf(after);
        roles = List.copyOf(roles);
        forRegistrations = List.copyOf(forRegistrations);
        fields = List.copyOf(fields);
        issues = List.copyOf(issues);
    }
}
