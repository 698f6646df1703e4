package org.eregistrations.engine.ruleset;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.eregistrations.engine.derivation.DerivationException;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/** Names the rules that keep firing once a derivation hits its limit, so a looping rule is found, not just felt. */
final class FiringLimit {
    private static final int DIAGNOSTIC_FIRINGS = 1000;

    private FiringLimit() {}

    static DerivationException exceeded(RuleSet ruleSet, KieSession session, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
            }
        });
        session.fireAllRules(DIAGNOSTIC_FIRINGS);
        Map<String, RuleInfo> rules = ruleSet.rulesByName();
        String looping = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(3)
                .map(entry -> "'" + entry.getKey() + "'"
                        + (rules.containsKey(entry.getKey())
                                ? " (" + rules.get(entry.getKey()).location() + ")"
                                : ""))
                .collect(Collectors.joining(", "));
        return new DerivationException("rules of " + ruleSet + " fired more than " + limit
                + " times without settling; a rule probably loops: " + looping);
    }
}
