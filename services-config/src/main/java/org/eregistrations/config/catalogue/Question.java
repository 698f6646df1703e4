package org.eregistrations.config.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A guide question (a determinant); asked when some rule reads its answer. An asked question must be answered unless
 * it says {@code required: false}; {@code min}/{@code max} bound a number (or a text's length), as for a form field.
 */
public record Question(
        String id,
        Labels label,
        FieldType type,
        List<Option> options,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        int line) {
    public Question {
        options = List.copyOf(options);
    }

    /** The question as a field, so its answers are checked against the same constraints as a form field's values. */
    public FormField asField() {
        return new FormField(id, label, type, required, min, max, null, options, null, List.of(), List.of(), line);
    }
}
