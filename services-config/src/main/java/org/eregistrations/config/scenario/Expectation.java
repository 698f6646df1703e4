package org.eregistrations.config.scenario;

import java.util.Optional;
import org.eregistrations.engine.derivation.Derivation;

/** One expected part of a derivation, checked by {@link #check(Derivation)}. */
public interface Expectation {
    /** The key the scenario file used, e.g. {@code certificates.applicable}. */
    String key();

    int line();

    /** What differs, worded for the configurator, or empty when the derivation meets the expectation. */
    Optional<String> check(Derivation derivation);
}
