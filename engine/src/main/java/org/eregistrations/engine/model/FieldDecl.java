package org.eregistrations.engine.model;

import java.util.List;
import java.util.Objects;
import org.eregistrations.engine.fact.Kind;

/**
 * Catalogue fact: a field of a data or submission form section. A field inside a list names it in {@code list}; a
 * list field itself has {@code listField} and its minimum number of entries in {@code min}. When {@code whenField} is set
 * the field is shown only while that field's value is one of {@code whenValues}.
 */
public record FieldDecl(
        String name,
        Kind formKind,
        String form,
        String list,
        boolean listField,
        boolean required,
        int min,
        String whenField,
        List<String> whenValues) {
    public FieldDecl {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(formKind, "formKind must not be null");
        Objects.requireNonNull(form, "form must not be null");
        if (formKind != Kind.DATA_FORM && formKind != Kind.SUBMISSION_FORM) {
            throw new IllegalArgumentException("formKind must be DATA_FORM or SUBMISSION_FORM");
        }
        whenValues = List.copyOf(whenValues);
    }
}
