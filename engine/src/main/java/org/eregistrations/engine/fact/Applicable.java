package org.eregistrations.engine.fact;

import java.util.Objects;

/**
 * Derived: a member of a namespace applies to this file, e.g. {@code insertLogical(new Applicable(Kind.CERTIFICATE,
 * "niti"))}.
 */
public record Applicable(Kind kind, String id) {
    public Applicable {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }
}
