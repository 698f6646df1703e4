package org.eregistrations.engine.sandbox;

import java.util.ArrayList;
import java.util.List;

/** What the sandbox refused in one file, each at its line and column. */
final class Violations {
    static final String REASON = " is not allowed in rules (rules may only read facts and derive facts)";

    private final String file;
    private final List<Refusal> messages = new ArrayList<>();

    Violations(String file) {
        this.file = file;
    }

    /** Refuses {@code what} (e.g. "the method System.exit") at a position of the file. */
    void refuse(Position at, String what) {
        messages.add(new Refusal(file, at.line(), at.column(), what + REASON));
    }

    /** Text that could not be read at all: refused too, since only what is understood may run. */
    void unreadable(Position at, String what) {
        messages.add(new Refusal(file, at.line(), at.column(), what));
    }

    /** Adds what another check of the same file refused, after what this one refused. */
    void addAll(Violations other) {
        messages.addAll(other.messages);
    }

    List<Refusal> messages() {
        return List.copyOf(messages);
    }

    /** How many refusals there are so far: a check that leaves it unchanged refused nothing. */
    int count() {
        return messages.size();
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }
}
