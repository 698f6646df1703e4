package org.eregistrations.config.catalogue;

import java.util.List;

/**
 * A data form or submission form section. It applies always, only for the registrations listed in {@code
 * forRegistrations}, or as rules decide ({@code applicable: rules}).
 */
public record FormSection(
        String id, Labels name, String applicable, List<String> forRegistrations, List<FormField> fields, int line) {
    public FormSection {
        forRegistrations = List.copyOf(forRegistrations);
        fields = List.copyOf(fields);
    }
}
