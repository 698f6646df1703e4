package org.eregistrations.engine.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.kie.api.runtime.rule.FactHandle;

/** Keeps the derived facts of a session as they come and go, so reading them never scans the whole working memory. */
final class DerivedFacts implements RuleRuntimeEventListener {
    private final Map<FactHandle, Object> facts = new HashMap<>();

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        keep(event.getFactHandle(), event.getObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        facts.remove(event.getFactHandle());
        keep(event.getFactHandle(), event.getObject());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        facts.remove(event.getFactHandle());
    }

    List<Object> current() {
        return new ArrayList<>(facts.values());
    }

    private void keep(FactHandle handle, Object fact) {
        if (fact instanceof Applicable
                || fact instanceof Mandatory
                || fact instanceof Requested
                || fact instanceof Resolved
                || fact instanceof Amount
                || fact instanceof Payable
                || fact instanceof Computed
                || fact instanceof Missing) {
            facts.put(handle, fact);
        }
    }
}
