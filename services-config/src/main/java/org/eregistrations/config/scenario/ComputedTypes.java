package org.eregistrations.config.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.ComputedValue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.engine.derivation.Derivation;

/**
 * Checked in every scenario of a catalogue that types its computed values: each value the rules computed has the
 * type the catalogue declares for it, so a page never shows a text where it shows an amount.
 */
final class ComputedTypes implements Expectation {
    private final Catalogue catalogue;
    private final int line;

    private ComputedTypes(Catalogue catalogue, int line) {
        this.catalogue = catalogue;
        this.line = line;
    }

    /** The check for a scenario at {@code line}, when the catalogue types any computed value. */
    static Optional<Expectation> of(Catalogue catalogue, int line) {
        return catalogue.computed().stream().anyMatch(value -> value.type() != null)
                ? Optional.of(new ComputedTypes(catalogue, line))
                : Optional.empty();
    }

    @Override
    public String key() {
        return "computed";
    }

    @Override
    public int line() {
        return line;
    }

    @Override
    public Optional<String> check(Derivation derivation) {
        List<String> wrong = new ArrayList<>();
        derivation.computed().forEach((name, value) -> catalogue
                .computedValue(name)
                .map(ComputedValue::type)
                .filter(type -> !fits(type, value))
                .ifPresent(type -> wrong.add(
                        name + " is declared " + type.yamlName() + " but the rules derived '" + value + "'")));
        return wrong.isEmpty() ? Optional.empty() : Optional.of("computed: " + String.join("; ", wrong));
    }

    private static boolean fits(FieldType type, Object value) {
        // computed values are normalised by the engine: every number is a BigDecimal
        BigDecimal number = value instanceof BigDecimal decimal ? decimal : null;
        return switch (type) {
            case TEXT -> value instanceof String;
            case NUMBER -> number != null;
            case INTEGER -> number != null && number.stripTrailingZeros().scale() <= 0;
            case MONEY -> number != null && number.stripTrailingZeros().scale() <= 2;
            case DATE -> value instanceof LocalDate;
            case YES_NO -> value instanceof Boolean;
            case CHOICE, EMAIL, LIST -> true;
        };
    }
}
