package org.eregistrations.config.scenario;

import java.util.ArrayList;
import java.util.List;
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

    public static List<ScenarioResult> run(List<Scenario> scenarios, RuleSet ruleSet) {
        return scenarios.stream().map(scenario -> run(scenario, ruleSet)).toList();
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
