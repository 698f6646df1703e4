package org.eregistrations.web.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.junit.jupiter.api.Test;

/** An officer works a step when they hold one of its roles, at its institution. */
class CallerTest {
    private static ProcessingStep step(List<String> roles) {
        return new ProcessingStep(
                "approval",
                new Labels(Map.of("en", "Approval")),
                List.of(),
                roles,
                "registry",
                "auto",
                List.of(),
                false,
                false,
                false,
                false,
                List.of(),
                List.of(),
                1);
    }

    private static Caller officer(String role, String institution) {
        return new Caller("luis", "session", Set.of(Caller.OFFICER, role), institution);
    }

    @Test
    void anOfficerWithAnyOfTheStepsRolesWorksIt() {
        ProcessingStep step = step(List.of("manager", "deputy"));

        assertThat(officer("manager", "registry").works(step)).isTrue();
        assertThat(officer("deputy", "registry").works(step)).isTrue();
        assertThat(officer("clerk", "registry").works(step)).isFalse();
        assertThat(officer("deputy", "finance").works(step)).isFalse();
        assertThat(new Caller("ana", "s", Set.of("deputy"), null).works(step))
                .as("a step role without being an officer")
                .isFalse();
    }
}
