package org.eregistrations.config.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a value as the type of its question or field and checks it against the field's constraints, with a reason
 * a person can act on when it does not fit.
 */
public final class ValueTypes {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private ValueTypes() {}

    /** The value as the type wants it: Boolean, BigDecimal, LocalDate or String. */
    public static Object parse(FieldType type, List<Option> options, String raw) {
        String text = raw == null ? "" : raw.trim();
        return switch (type) {
            case YES_NO -> switch (text) {
                case "true", "yes" -> Boolean.TRUE;
                case "false", "no" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("'" + text + "' is not yes or no");
            };
            case NUMBER, MONEY -> number(text);
            case INTEGER -> wholeNumber(text);
            case DATE -> date(text);
            case CHOICE -> option(options, text);
            case EMAIL -> email(text);
            case TEXT -> text;
            case LIST -> throw new IllegalArgumentException("a list holds entries, not a single value");
        };
    }

    /** Why a value does not fit a field's constraints, if it does not. */
    public static Optional<String> problem(FormField field, Object value) {
        if (value instanceof BigDecimal number) {
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                return Optional.of("must be at least " + field.min().toPlainString());
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                return Optional.of("must be at most " + field.max().toPlainString());
            }
            if (field.type() == FieldType.MONEY
                    && Math.max(0, number.stripTrailingZeros().scale()) > 2) {
                return Optional.of("must have at most two decimals");
            }
        }
        if (value instanceof String text && field.type() == FieldType.TEXT) {
            if (field.min() != null && text.length() < field.min().intValue()) {
                return Optional.of("must have at least " + field.min().intValue() + " characters");
            }
            if (field.max() != null && text.length() > field.max().intValue()) {
                return Optional.of("must have at most " + field.max().intValue() + " characters");
            }
            if (field.pattern() != null
                    && !compiled(field.pattern()).matcher(text).matches()) {
                return Optional.of("does not have the expected form");
            }
        }
        return Optional.empty();
    }

    /** A regular expression from a catalogue, or an explanation of why it is not one. */
    public static Optional<String> patternProblem(String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }

    private static Pattern compiled(String pattern) {
        return Pattern.compile(pattern);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    private static BigDecimal wholeNumber(String text) {
        BigDecimal number = number(text);
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number");
        }
        return number.setScale(0);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String option(List<Option> options, String text) {
        if (options.stream().noneMatch(option -> option.id().equals(text))) {
            throw new IllegalArgumentException("'" + text + "' is not one of "
                    + String.join(", ", options.stream().map(Option::id).toList()));
        }
        return text;
    }

    private static String email(String text) {
        if (!EMAIL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an email address");
        }
        return text;
    }
}
