package org.eregistrations.engine.fact;

import java.util.Objects;

/** Derived: a registration the file asks for (mandatory, checked, or the only one of its service). */
public record Requested(String registration) {
    public Requested {
        Objects.requireNonNull(registration, "registration must not be null");
    }
}
