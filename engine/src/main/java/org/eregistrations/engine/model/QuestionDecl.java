package org.eregistrations.engine.model;

import java.util.Objects;

/**
 * Catalogue fact: a guide question and whether it must be answered. An asked question that is {@code required} (the
 * default) and has no answer is missing; one that is not may stay unanswered.
 */
public record QuestionDecl(String id, boolean required) {
    public QuestionDecl {
        Objects.requireNonNull(id, "id must not be null");
    }
}
