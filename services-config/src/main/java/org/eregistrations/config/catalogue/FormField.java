package org.eregistrations.config.catalogue;

import java.math.BigDecimal;
import java.util.List;

/**
 * A field of a form section with its type and constraints. A {@code list} field (e.g. shareholders) holds entries of
 * its own {@code fields}; {@code whenField}/{@code whenValues} show the field only while another field has one of
 * those values.
 */
public record FormField(
        String name,
        Labels label,
        FieldType type,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        List<Option> options,
        String whenField,
        List<String> whenValues,
        List<FormField> fields,
        int line) {
    public FormField {
        options = List.copyOf(options);
        whenValues = List.copyOf(whenValues);
        fields = List.copyOf(fields);
    }
}
