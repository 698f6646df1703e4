package org.eregistrations.config.scenario;

import java.util.List;

/** How one scenario went: each failure says what was expected and what was derived. */
public record ScenarioResult(Scenario scenario, List<String> failures) {
    public ScenarioResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    @Override
    public String toString() {
        if (passed()) {
            return "PASS " + scenario.location() + " " + scenario.name();
        }
        return "FAIL " + scenario.location() + " " + scenario.name() + "\n  " + String.join("\n  ", failures);
    }
}
