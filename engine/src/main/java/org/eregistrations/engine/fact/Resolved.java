package org.eregistrations.engine.fact;

import java.util.Objects;

/** Derived: a requirement resolved from the requested registrations; applicable unless a rule says otherwise. */
public record Resolved(String requirement) {
    public Resolved {
        Objects.requireNonNull(requirement, "requirement must not be null");
    }
}
