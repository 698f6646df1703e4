package org.eregistrations.engine.model;

import java.util.Objects;

/** Catalogue fact: a registration, whether it is mandatory when applicable, and whether it is its service's only one. */
public record RegistrationDecl(String id, boolean mandatory, boolean sole) {
    public RegistrationDecl {
        Objects.requireNonNull(id, "id must not be null");
    }
}
