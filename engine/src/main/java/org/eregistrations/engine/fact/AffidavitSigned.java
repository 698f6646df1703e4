package org.eregistrations.engine.fact;

/** The investor signed the affidavit confirming that all data of the file is true. */
public record AffidavitSigned() {}
