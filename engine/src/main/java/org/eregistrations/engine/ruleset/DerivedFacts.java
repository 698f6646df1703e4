package org.eregistrations.engine.ruleset;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.eregistrations.engine.fact.Amount;
import org.eregistrations.engine.fact.Applicable;
import org.eregistrations.engine.fact.Computed;
import org.eregistrations.engine.fact.Mandatory;
import org.eregistrations.engine.fact.Missing;
import org.eregistrations.engine.fact.Payable;
import org.eregistrations.engine.fact.Requested;
import org.eregistrations.engine.fact.Resolved;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Follows the derived facts of a session as Drools inserts, updates and deletes them, and tells which of them came or
 * went since it was last asked, so a derivation costs what the change costs. Equal facts count once: a fact is there
 * while at least one handle holds it.
 */
final class DerivedFacts implements RuleRuntimeEventListener {
    private final Map<Object, Integer> handles = new HashMap<>();
    /** The facts touched since the last {@link #drainChanges}, each with whether it was there before. */
    private final Map<Object, Boolean> touched = new LinkedHashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        count(event.getObject(), 1);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        count(event.getOldObject(), -1);
        count(event.getObject(), 1);
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        count(event.getOldObject(), -1);
    }

    /** Hands every fact that came ({@code true}) or went ({@code false}) since the last call to {@code change}. */
    void drainChanges(BiConsumer<Object, Boolean> change) {
        touched.forEach((fact, wasThere) -> {
            boolean isThere = handles.containsKey(fact);
            if (isThere != wasThere) {
                change.accept(fact, isThere);
            }
        });
        touched.clear();
    }

    private void count(Object fact, int by) {
        if (!isDerived(fact)) {
            return;
        }
        int before = handles.getOrDefault(fact, 0);
        touched.putIfAbsent(fact, before > 0);
        if (before + by > 0) {
            handles.put(fact, before + by);
        } else {
            handles.remove(fact);
        }
    }

    private static boolean isDerived(Object fact) {
        return fact instanceof Applicable
                || fact instanceof Mandatory
                || fact instanceof Requested
                || fact instanceof Resolved
                || fact instanceof Amount
                || fact instanceof Payable
                || fact instanceof Computed
                || fact instanceof Missing;
    }
}
