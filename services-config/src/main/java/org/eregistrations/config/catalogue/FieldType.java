package org.eregistrations.config.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The types of a question or form field, with the name the catalogue uses for each. */
public enum FieldType {
    TEXT("text"),
    NUMBER("number"),
    INTEGER("integer"),
    MONEY("money"),
    DATE("date"),
    YES_NO("yesNo"),
    CHOICE("choice"),
    EMAIL("email"),
    LIST("list");

    private final String yamlName;

    FieldType(String yamlName) {
        this.yamlName = yamlName;
    }

    /** Every type's catalogue name, for messages: {@code text, number, integer, …}. */
    public static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(FieldType::yamlName).toList());
    }

    public String yamlName() {
        return yamlName;
    }

    public static Optional<FieldType> named(String name) {
        return Arrays.stream(values())
                .filter(type -> type.yamlName.equals(name))
                .findFirst();
    }
}
