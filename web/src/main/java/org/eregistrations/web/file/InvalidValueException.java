package org.eregistrations.web.file;

/** A value that cannot be written to a path: an unknown path, or a value of the wrong type or out of range. */
public class InvalidValueException extends RuntimeException {
    private final String path;

    public InvalidValueException(String path, String reason) {
        super(reason);
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The same problem, named at a path. */
    public InvalidValueException at(String otherPath) {
        return new InvalidValueException(otherPath, getMessage());
    }
}
