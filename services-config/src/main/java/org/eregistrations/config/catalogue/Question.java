package org.eregistrations.config.catalogue;

import java.util.List;

/** A guide question (a determinant); asked when some rule reads its answer. */
public record Question(String id, Labels label, FieldType type, List<Option> options, int line) {
    public Question {
        options = List.copyOf(options);
    }
}
