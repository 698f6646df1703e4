package org.eregistrations.engine.model;

import java.util.Objects;
import org.eregistrations.engine.fact.Kind;

/**
 * Catalogue fact: a requested registration brings this certificate, requirement, cost, form section or processing
 * step with it.
 */
public record Resolves(String registration, Kind kind, String id) {
    public Resolves {
        Objects.requireNonNull(registration, "registration must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }
}
