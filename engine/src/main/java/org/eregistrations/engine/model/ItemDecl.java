package org.eregistrations.engine.model;

import java.util.Objects;
import org.eregistrations.engine.fact.Kind;

/**
 * Catalogue fact: a member of a namespace's map. When {@code always} is true the core derives it applicable unless a
 * rule says {@code NotApplicable}; otherwise it applies only through a registration or a service rule.
 */
public record ItemDecl(Kind kind, String id, boolean always) {
    public ItemDecl {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }
}
