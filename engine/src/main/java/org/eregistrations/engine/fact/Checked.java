package org.eregistrations.engine.fact;

import java.util.Objects;

/** The investor checked an optional registration in the guide's registrations box. */
public record Checked(String registration) {
    public Checked {
        Objects.requireNonNull(registration, "registration must not be null");
    }
}
