package org.eregistrations.config.catalogue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eregistrations.config.yaml.YamlMap;

/**
 * Reads the {@code min} and {@code max} of a question or field, checked against its type at their line: they bound a
 * number, an amount or a whole number, the length of a text and the entries of a list, and nothing else; a text's,
 * list's or whole number's bounds are whole numbers, and {@code min} is not above {@code max}.
 */
final class Bounds {
    private static final Set<FieldType> BOUNDED =
            EnumSet.of(FieldType.TEXT, FieldType.NUMBER, FieldType.INTEGER, FieldType.MONEY, FieldType.LIST);
    private static final Set<FieldType> WHOLE = EnumSet.of(FieldType.TEXT, FieldType.INTEGER, FieldType.LIST);

    private Bounds() {}

    static BigDecimal min(YamlMap item, String what, FieldType type) {
        return bound(item, what, type, "min").orElse(null);
    }

    static BigDecimal max(YamlMap item, String what, FieldType type) {
        Optional<BigDecimal> max = bound(item, what, type, "max");
        Optional<BigDecimal> min = item.string("min").flatMap(Bounds::quietly);
        if (max.isPresent() && min.isPresent() && min.get().compareTo(max.get()) > 0) {
            item.problems()
                    .error(
                            item.file(),
                            item.line("max"),
                            what + ": max " + max.get().toPlainString() + " is below min "
                                    + min.get().toPlainString());
        }
        return max.orElse(null);
    }

    /** The number, when it is one; a wrong one is reported where it is read. */
    private static Optional<BigDecimal> quietly(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> bound(YamlMap item, String what, FieldType type, String key) {
        if (!item.has(key)) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = item.decimal(key);
        if (value.isEmpty()) {
            return value;
        }
        if (!BOUNDED.contains(type)) {
            item.problems()
                    .error(
                            item.file(),
                            item.line(key),
                            what + ": '" + key + "' applies to text, number, integer, money and list, not "
                                    + type.yamlName());
            return Optional.empty();
        }
        if (WHOLE.contains(type) && value.get().stripTrailingZeros().scale() > 0) {
            item.problems()
                    .error(
                            item.file(),
                            item.line(key),
                            what + ": '" + key + "' of " + (type == FieldType.INTEGER ? "an " : "a ") + type.yamlName()
                                    + " must be a whole number");
            return Optional.empty();
        }
        return value;
    }
}
