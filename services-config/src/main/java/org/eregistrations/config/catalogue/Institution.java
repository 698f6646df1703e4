package org.eregistrations.config.catalogue;

/** An institution that works processing steps and issues certificates. */
public record Institution(String id, Labels name, int line) {}
