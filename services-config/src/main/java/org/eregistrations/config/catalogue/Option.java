package org.eregistrations.config.catalogue;

/** One option of a choice question or field. */
public record Option(String id, Labels label) {}
