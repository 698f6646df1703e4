package org.eregistrations.engine.ruleset;

import org.eregistrations.engine.derivation.FileValues;
import org.kie.api.runtime.KieSession;

/**
 * A session holding the facts of the file it derived last: each derivation inserts and deletes only the input facts
 * that differ ({@link InputFacts}), and reads out only the derived facts that came or went. Not safe for use by several
 * threads at once.
 */
final class FileSession {
    private final RuleSet ruleSet;
    private final KieSession session;
    private final DerivedFacts derived = new DerivedFacts();
    private final Readout readout;
    private final InputFacts inputs;

    FileSession(RuleSet ruleSet, KieSession session) {
        this.ruleSet = ruleSet;
        this.session = session;
        this.readout = new Readout(ruleSet);
        this.inputs = new InputFacts(session);
        session.addEventListener(derived);
    }

    /** Brings the session to these values by difference, fires, and reads out what changed. */
    LiveDerivation.Update update(FileValues values) {
        inputs.bringTo(values);
        ruleSet.fire(session);
        derived.drainChanges(readout::take);
        return readout.read(values);
    }

    void dispose() {
        session.dispose();
    }
}
