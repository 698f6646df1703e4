package org.eregistrations.web.file;

import java.util.List;

/** Values of a request that cannot be stored, each with its path and reason; nothing of the request was stored. */
public class InvalidChangesException extends RuntimeException {
    private final List<InvalidValueException> problems;

    public InvalidChangesException(List<InvalidValueException> problems) {
        super(problems.size() + " value(s) cannot be stored");
        this.problems = List.copyOf(problems);
    }

    public List<InvalidValueException> problems() {
        return problems;
    }
}
