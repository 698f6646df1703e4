package org.eregistrations.engine.fact;

import java.util.Objects;

/** For a requirement that offers a choice, the document the investor chose to provide. */
public record Chosen(String requirement, String document) {
    public Chosen {
        Objects.requireNonNull(requirement, "requirement must not be null");
        Objects.requireNonNull(document, "document must not be null");
    }
}
