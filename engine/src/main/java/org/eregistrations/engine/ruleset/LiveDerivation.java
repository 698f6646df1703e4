package org.eregistrations.engine.ruleset;

import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.DerivationChange;
import org.eregistrations.engine.derivation.FileValues;

/**
 * One long-lived session for a file whose guide is open: each {@link #update(FileValues)} inserts and deletes only the
 * facts that changed since the last call, so Rete does only the work the change causes, and reads out only the derived
 * facts that came or went. Not for use by several threads at once; calls are serialised.
 *
 * <pre>{@code
 * try (LiveDerivation live = ruleSet.openLive()) {
 *     live.derive(values);
 *     LiveDerivation.Update update = live.update(values.toBuilder().answer("isImporter", true).build());
 *     update.change().sets().keySet(); // [REGISTRATIONS_APPLICABLE, ...]: only what the answer changed
 * }
 * }</pre>
 */
public final class LiveDerivation implements AutoCloseable {
    private final RuleSet ruleSet;
    private final FileSession session;
    private boolean broken;

    /** A derivation and what changed since the one before it (the first is measured from {@link Derivation#empty}). */
    public record Update(Derivation derivation, DerivationChange change) {}

    LiveDerivation(RuleSet ruleSet, FileSession session) {
        this.ruleSet = ruleSet;
        this.session = session;
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** Derives every set for these values, applying only the difference to the previous call's values. */
    public Derivation derive(FileValues values) {
        return update(values).derivation();
    }

    /** {@link #derive}, with what changed since the previous call. */
    public synchronized Update update(FileValues values) {
        if (broken) {
            throw new IllegalStateException("this live derivation failed before; open a new one");
        }
        try {
            return session.update(values);
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
