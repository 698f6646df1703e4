package org.eregistrations.engine.ruleset;

import org.eregistrations.engine.fact.Kind;

/** A member a rule's consequence names literally, e.g. {@code new Applicable(Kind.CERTIFICATE, "niti")}. */
public record DerivedRef(String factType, Kind kind, String id) {}
