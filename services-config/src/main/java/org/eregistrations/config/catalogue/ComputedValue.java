package org.eregistrations.config.catalogue;

/**
 * A value a rule computes ({@code insertLogical(new Computed("fullName", ...))}), with the label the pages show and,
 * when declared, its type ({@code text}, {@code number}, {@code integer}, {@code money}, {@code date},
 * {@code yesNo}): every scenario checks that the rules derive a value of that type. Without a type it is unchecked.
 */
public record ComputedValue(String name, Labels label, FieldType type, int line) {}
