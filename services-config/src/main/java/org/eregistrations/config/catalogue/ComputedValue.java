package org.eregistrations.config.catalogue;

/** A value a rule computes ({@code insertLogical(new Computed("fullName", ...))}), with the label the pages show. */
public record ComputedValue(String name, Labels label, int line) {}
