package org.eregistrations.engine.fact;

import java.util.Objects;

/**
 * Derived by a service rule to override a core default: the core does not derive {@code Applicable(kind, id)} while
 * this holds (e.g. the NIT certificate when the investor is an importer, the utility bill when the electricity bill is
 * required).
 */
public record NotApplicable(Kind kind, String id) {
    public NotApplicable {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }
}
