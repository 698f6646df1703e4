package org.eregistrations.engine.derivation;

/**
 * The rules of a service could not derive a consistent result for a file: a rule loops, two rules disagree on a value,
 * or a rule derives a member its catalogue lacks. The message names the rules involved with their file and line.
 */
public class DerivationException extends RuntimeException {
    public DerivationException(String message) {
        super(message);
    }
}
