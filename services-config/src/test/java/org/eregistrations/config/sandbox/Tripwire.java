package org.eregistrations.config.sandbox;

/**
 * A class a hostile bundle imports: loading it sets a system property, so a test can tell whether the rule sandbox let
 * Drools load it. Nothing but such a bundle names it.
 */
public final class Tripwire {
    static final String LOADED = "eregistrations.sandbox.tripwire";
    public static final String NAME = "tripwire";

    static {
        System.setProperty(LOADED, "loaded");
    }

    private Tripwire() {}
}
