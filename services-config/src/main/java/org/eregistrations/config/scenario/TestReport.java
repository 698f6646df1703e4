package org.eregistrations.config.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eregistrations.config.bundle.CompiledBundle;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.config.yaml.Problems;

/**
 * A bundle validated, compiled and tested against its scenarios: what gates activation on a live instance and what
 * the {@code test} command prints.
 */
public record TestReport(CompiledBundle compiled, List<Problem> problems, List<ScenarioResult> results) {
    private static final String NO_SCENARIO =
            "the bundle has no scenario; scenarios gate activation on a live instance, add one under scenarios/";

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

    /**
     * Why the bundle may not be activated, or empty when it may: the one gate that the instance (for a folder, an
     * upload or a rollback) and {@code service-tool test} both apply. A bundle read from a folder ({@code folderName}
     * not null) must be in a folder named after its service id, so a copied folder never replaces another service; it
     * must pass, and it must have scenarios, since they are what gates activation.
     */
    public Optional<List<String>> refusal(String folderName) {
        Optional<String> misplaced = misplaced(folderName);
        if (misplaced.isPresent()) {
            return Optional.of(List.of(misplaced.get()));
        }
        if (!passed()) {
            return Optional.of(messages());
        }
        if (results.isEmpty()) {
            return Optional.of(List.of(NO_SCENARIO));
        }
        return Optional.empty();
    }

    /** What the gate refuses beyond the problems and failures of the report itself. */
    public List<String> gateMessages(String folderName) {
        List<String> messages = new ArrayList<>();
        misplaced(folderName).ifPresent(messages::add);
        if (passed() && results.isEmpty()) {
            messages.add(NO_SCENARIO);
        }
        return messages;
    }

    private Optional<String> misplaced(String folderName) {
        return compiled.bundle()
                .map(bundle -> bundle.catalogue().id())
                .filter(serviceId -> folderName != null && !folderName.equals(serviceId))
                .map(serviceId -> "folder '" + folderName + "' holds service '" + serviceId
                        + "'; a bundle's folder is named after its service id");
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
