package org.eregistrations.config.bundle;

import java.util.List;
import java.util.Optional;
import org.eregistrations.config.yaml.Problem;
import org.eregistrations.engine.ruleset.RuleSet;

/** The outcome of loading, validating and compiling a bundle: the ruleset when there was no error, and every problem. */
public record CompiledBundle(Optional<ServiceBundle> bundle, Optional<RuleSet> ruleSet, List<Problem> problems) {
    public CompiledBundle {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return ruleSet.isPresent() && problems.stream().noneMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }
}
