package org.eregistrations.engine.fact;

import java.util.Objects;

/** Derived: a computed property, a value a pure rule derives from other values (the seed's {@code fullName}). */
public record Computed(String name, Object value) {
    public Computed {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(value, "value must not be null");
        value = Values.normalize(value);
    }
}
