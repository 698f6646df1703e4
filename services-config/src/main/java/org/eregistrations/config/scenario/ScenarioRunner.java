package org.eregistrations.config.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.eregistrations.config.bundle.ServiceBundle;
import org.eregistrations.config.yaml.Problems;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivationException;
import org.eregistrations.engine.ruleset.RuleSet;

/**
 * Runs a bundle's scenarios against a compiled ruleset. A scenario whose rules fail to derive (a loop, a conflict)
 * fails with that message.
 */
public final class ScenarioRunner {
    private ScenarioRunner() {}

    /** Reads every scenario of a bundle; problems in the files go to {@code problems}. */
    public static List<Scenario> scenarios(ServiceBundle bundle, Problems problems) {
        ScenarioReader reader = new ScenarioReader(bundle.catalogue(), problems);
        List<Scenario> scenarios = new ArrayList<>();
        bundle.scenarios().forEach(file -> scenarios.addAll(reader.read(file.path(), file.root())));
        return scenarios;
    }

    /**
     * Runs the scenarios one after the other; an interrupted thread stops before the next one, so an activation that
     * ran past its deadline does not go on for nothing.
     */
    public static List<ScenarioResult> run(List<Scenario> scenarios, RuleSet ruleSet) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException(
                        "interrupted after " + results.size() + " of " + scenarios.size() + " scenarios");
            }
            results.add(run(scenario, ruleSet));
        }
        return List.copyOf(results);
    }

    public static ScenarioResult run(Scenario scenario, RuleSet ruleSet) {
        Derivation derivation;
        try {
            derivation = ruleSet.derive(scenario.given());
        } catch (DerivationException e) {
            return new ScenarioResult(scenario, List.of(scenario.location() + ": " + e.getMessage()));
        }
        List<String> failures = new ArrayList<>();
        for (Expectation expectation : scenario.expectations()) {
            expectation
                    .check(derivation)
                    .ifPresent(failure -> failures.add(scenario.file() + ":" + expectation.line() + ": " + failure));
        }
        return new ScenarioResult(scenario, failures);
    }
}
