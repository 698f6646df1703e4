package org.eregistrations.config.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern of a certificate's numbers: literal text with {@code {yyyy}} (the year of issue) and exactly one
 * {@code {seq:N}} (the certificate's sequence, zero-padded to N digits):
 *
 * <pre>{@code
 * NumberPattern.parse("NIT-{yyyy}-{seq:6}").orElseThrow().format(2026, 42); // "NIT-2026-000042"
 * }</pre>
 */
public record NumberPattern(String text, List<String> parts, boolean hasYear) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern SEQUENCE = Pattern.compile("seq:([1-9][0-9]?)");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9 ./_-]*");
    private static final String YEAR = "yyyy";
    private static final int MAX_DIGITS = 18;

    public NumberPattern {
        parts = List.copyOf(parts);
    }

    /** The pattern a text declares; empty when {@link #problem} finds one. */
    public static Optional<NumberPattern> parse(String text) {
        return problem(text).isPresent() ? Optional.empty() : Optional.of(read(text));
    }

    /** What is wrong with a pattern, in words for its configurator; empty when it is a pattern. */
    public static Optional<String> problem(String text) {
        if (text == null || text.isBlank() || text.length() > 60) {
            return Optional.of("a number pattern must have 1 to 60 characters");
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int sequences = 0;
        int end = 0;
        while (placeholder.find()) {
            if (!LITERAL.matcher(text.substring(end, placeholder.start())).matches()) {
                return Optional.of(literalProblem());
            }
            String name = placeholder.group(1);
            Matcher sequence = SEQUENCE.matcher(name);
            if (sequence.matches()) {
                if (Integer.parseInt(sequence.group(1)) > MAX_DIGITS) {
                    return Optional.of("{" + name + "}: a sequence has at most " + MAX_DIGITS + " digits");
                }
                sequences++;
            } else if (!name.equals(YEAR)) {
                return Optional.of("unknown placeholder {" + name + "}; expected {yyyy} or {seq:N}");
            }
            end = placeholder.end();
        }
        if (!LITERAL.matcher(text.substring(end)).matches()) {
            return Optional.of(literalProblem());
        }
        return sequences == 1
                ? Optional.empty()
                : Optional.of("a number pattern needs exactly one {seq:N}, this one has " + sequences);
    }

    private static String literalProblem() {
        return "besides {yyyy} and {seq:N}, a number pattern may hold only letters, digits, space, '.', '/', '_' and '-'";
    }

    private static NumberPattern read(String text) {
        List<String> parts = new ArrayList<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int end = 0;
        while (placeholder.find()) {
            parts.add(text.substring(end, placeholder.start()));
            parts.add(placeholder.group());
            end = placeholder.end();
        }
        parts.add(text.substring(end));
        return new NumberPattern(text, parts, parts.contains("{" + YEAR + "}"));
    }

    /** The number with this year and this value of the sequence. */
    public String format(int year, long sequence) {
        StringBuilder number = new StringBuilder();
        for (String part : parts) {
            Matcher digits = SEQUENCE.matcher(part.length() > 2 ? part.substring(1, part.length() - 1) : "");
            if (part.equals("{" + YEAR + "}")) {
                number.append(String.format("%04d", year));
            } else if (part.startsWith("{") && digits.matches()) {
                number.append(String.format("%0" + digits.group(1) + "d", sequence));
            } else {
                number.append(part);
            }
        }
        return number.toString();
    }
}
