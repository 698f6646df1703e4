package org.eregistrations.config.bundle;

import java.util.Set;
import java.util.stream.Collectors;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.config.catalogue.Role;
import org.eregistrations.config.yaml.Problems;

/**
 * Checks the officer roles of a catalogue: once it declares {@code roles}, every processing step's role is one of
 * them (a misspelt role would otherwise be a role no officer holds, and the step's files would wait for ever), and a
 * declared role that works no step is worth a warning.
 */
final class RoleChecks {
    private static final String FILE = BundleLoader.CATALOGUE_FILE;

    private RoleChecks() {}

    static void validate(Catalogue catalogue, Problems problems) {
        if (catalogue.roles().isEmpty()) {
            return;
        }
        Set<String> declared = catalogue.roles().stream().map(Role::id).collect(Collectors.toSet());
        for (ProcessingStep step : catalogue.processingSteps()) {
            for (String role : step.roles()) {
                if (!declared.contains(role)) {
                    problems.error(
                            FILE,
                            step.line(),
                            "processing step '" + step.id() + "' is worked by role '" + role
                                    + "', which roles does not declare; declared: "
                                    + String.join(
                                            ", ",
                                            catalogue.roles().stream()
                                                    .map(Role::id)
                                                    .toList()));
                }
            }
        }
        for (Role role : catalogue.roles()) {
            if (catalogue.processingSteps().stream()
                    .noneMatch(step -> step.roles().contains(role.id()))) {
                problems.warning(FILE, role.line(), "role '" + role.id() + "' works no processing step");
            }
        }
    }
}
