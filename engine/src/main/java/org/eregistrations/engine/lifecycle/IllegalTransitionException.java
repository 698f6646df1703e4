package org.eregistrations.engine.lifecycle;

/** A decision that the file's current state does not allow, e.g. approving a step that is not pending. */
public class IllegalTransitionException extends RuntimeException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
