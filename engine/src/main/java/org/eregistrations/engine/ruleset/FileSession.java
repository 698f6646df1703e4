package org.eregistrations.engine.ruleset;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eregistrations.engine.derivation.FileValues;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A session holding the facts of the file it derived last: each derivation inserts
 * and deletes only the input facts that differ, and reads out only the derived facts that came or went. Not safe for
 * use by several threads at once.
 */
final class FileSession {
    private final RuleSet ruleSet;
    private final KieSession session;
    private final DerivedFacts derived = new DerivedFacts();
    private final Readout readout;
    private final Map<Object, FactHandle> inputs = new HashMap<>();

    FileSession(RuleSet ruleSet, KieSession session) {
        this.ruleSet = ruleSet;
        this.session = session;
        this.readout = new Readout(ruleSet);
        session.addEventListener(derived);
    }

    /** Brings the session to these values by difference, fires, and reads out what changed. */
    LiveDerivation.Update update(FileValues values) {
        Set<Object> wanted = new LinkedHashSet<>(values.facts());
        for (Iterator<Map.Entry<Object, FactHandle>> it = inputs.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, FactHandle> input = it.next();
            if (!wanted.remove(input.getKey())) {
                session.delete(input.getValue());
                it.remove();
            }
        }
        wanted.forEach(fact -> inputs.put(fact, session.insert(fact)));
        ruleSet.fire(session);
        derived.drainChanges(readout::take);
        return readout.read(values);
    }

    void dispose() {
        session.dispose();
    }
}
