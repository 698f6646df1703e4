package org.eregistrations.config.catalogue;

/**
 * A value a rule computes ({@code insertLogical(new Computed("fullName", ...))}), with the label the pages show and,
 * when declared, its type ({@code text}, {@code number}, {@code integer}, {@code money}, {@code date},
 * {@code yesNo}): every scenario checks that the rules derive a value of that type, and the pages show it as one (an
 * amount in the service's currency, yes or no). Without a type it is unchecked and shown as it is.
 */
public record ComputedValue(String name, Labels label, FieldType type, int line) {}
