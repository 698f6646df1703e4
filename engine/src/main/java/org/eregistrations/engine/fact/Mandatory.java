package org.eregistrations.engine.fact;

import java.util.Objects;

/** Derived: an applicable registration the investor cannot uncheck. */
public record Mandatory(String registration) {
    public Mandatory {
        Objects.requireNonNull(registration, "registration must not be null");
    }
}
