package org.eregistrations.config.yaml;

import java.util.Objects;

/**
 * Something wrong in a bundle, printed as {@code file:line: message} (or {@code file:line:column: message} where the
 * column is known); errors stop a bundle, warnings do not.
 */
public record Problem(Severity severity, String file, int line, int column, String message) {
    /** How bad a problem is. */
    public enum Severity {
        ERROR,
        WARNING
    }

    public Problem {
        Objects.requireNonNull(severity, "severity must not be null");
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + (column >= 0 ? ":" + column : "") + ": "
                + (severity == Severity.WARNING ? "warning: " : "") + message;
    }
}
