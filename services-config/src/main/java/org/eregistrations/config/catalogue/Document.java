package org.eregistrations.config.catalogue;

/** A kind of document an investor may provide to satisfy a requirement that offers a choice. */
public record Document(String id, Labels name, int line) {}
