package org.eregistrations.config.scenario;

import java.util.ArrayList;
import java.util.List;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;

/**
 * A bundle validated, compiled and tested against its scenarios: what gates activation on a live instance and what
 * the {@code test} command prints.
 */
public record TestReport(CompiledBundle compiled, List<Problem> problems, List<ScenarioResult> results) {
    public TestReport {
        problems = List.copyOf(problems);
        results = List.copyOf(results);
    }

    /** Reads and runs the scenarios of a compiled bundle; without a ruleset only the bundle's problems are kept. */
    public static TestReport of(CompiledBundle compiled) {
        Problems problems = new Problems();
        compiled.problems().forEach(problems::add);
        if (compiled.bundle().isEmpty()) {
            return new TestReport(compiled, problems.all(), List.of());
        }
        List<Scenario> scenarios = ScenarioRunner.scenarios(compiled.bundle().get(), problems);
        if (scenarios.isEmpty() && compiled.bundle().isPresent()) {
            problems.warning("scenarios", 0, "the bundle has no scenario, so nothing checks what its rules derive");
        }
        if (compiled.ruleSet().isEmpty() || problems.hasErrors()) {
            return new TestReport(compiled, problems.all(), List.of());
        }
        return new TestReport(
                compiled,
                problems.all(),
                ScenarioRunner.run(scenarios, compiled.ruleSet().get()));
    }

    public boolean passed() {
        return compiled.ruleSet().isPresent()
                && problems.stream().noneMatch(Problem::isError)
                && results.stream().allMatch(ScenarioResult::passed);
    }

    public List<ScenarioResult> failures() {
        return results.stream().filter(result -> !result.passed()).toList();
    }

    /** Every problem and failing scenario, one message per line, for people and the API. */
    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        problems.forEach(problem -> messages.add(problem.toString()));
        failures()
                .forEach(result -> messages.addAll(result.failures().stream()
                        .map(failure -> "scenario '" + result.scenario().name() + "' failed: " + failure)
                        .toList()));
        return messages;
    }
}
