package org.eregistrations.config.catalogue;

/**
 * An officer role that works processing steps ({@code roles.<id>} of the catalogue), with the label the user
 * administration page shows when it gives the role to an officer.
 */
public record Role(String id, Labels label, int line) {}
