package org.eregistrations.config.catalogue;

/** A certificate an institution issues at the end of Part B. */
public record Certificate(String id, Labels name, String institution, int line) {}
