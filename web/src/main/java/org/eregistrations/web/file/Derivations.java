package org.eregistrations.web.file;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eregistrations.engine.derivation.Derivation;
import org.eregistrations.engine.derivation.FileValues;
import org.eregistrations.engine.ruleset.RuleSet;

/**
 * The rules' work for a file, timed per service: {@code eregistrations.derivations} with {@code kind} {@code live} (a
 * file's live session fed what changed) or {@code stateless} (a pooled session given every value).
 */
@ApplicationScoped
public class Derivations {
    static final String LIVE = "live";
    static final String STATELESS = "stateless";

    private final MeterRegistry metrics;

    Derivations(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** The values derived in a pooled stateless session. */
    Derivation stateless(RuleSet ruleSet, FileValues values) {
        return timed(STATELESS, ruleSet, () -> ruleSet.derive(values));
    }

    Derivation timed(String kind, RuleSet ruleSet, Supplier<Derivation> derivation) {
        return Timer.builder("eregistrations.derivations")
                .description("Derivations of files by the rules, by kind and service")
                .tag("kind", kind)
                .tag("service", ruleSet.serviceId())
                .register(metrics)
                .record(derivation);
    }
}
