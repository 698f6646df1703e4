package org.eregistrations.engine.ruleset;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One long-lived session for a file whose guide is open: each {@link #derive(FileValues)} inserts and deletes only
 * the facts that changed since the last call, so Rete does only the work the change causes. Not for use by several
 * threads at once; calls are serialised.
 */
public final class LiveDerivation implements AutoCloseable {
    private final RuleSet ruleSet;
    private final KieSession session;
    private final DerivedFacts derived = new DerivedFacts();
    private final Map<Object, FactHandle> inputs = new HashMap<>();
    private boolean broken;

    LiveDerivation(RuleSet ruleSet, KieSession session) {
        this.ruleSet = ruleSet;
        this.session = session;
        session.addEventListener(derived);
        ruleSet.model().facts().forEach(session::insert);
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Derives every set for these values, applying only the difference to the previous call's values. */
    public synchronized Derivation derive(FileValues values) {
        if (broken) {
            throw new IllegalStateException("this live derivation failed before; open a new one");
        }
        Set<Object> wanted = new LinkedHashSet<>(values.facts());
        for (Iterator<Map.Entry<Object, FactHandle>> it = inputs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, FactHandle> input = it.next();
            if (!wanted.remove(input.getKey())) {
                session.delete(input.getValue());
                it.remove();
            }
        }
        wanted.forEach(fact -> inputs.put(fact, session.insert(fact)));
        try {
            ruleSet.fire(session);
            return Readout.read(ruleSet, derived.current(), values);
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        }
    }

    @Override
    public synchronized void close() {
        session.dispose();
    }
}
