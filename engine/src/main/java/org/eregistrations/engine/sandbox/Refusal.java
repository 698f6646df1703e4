package org.eregistrations.engine.sandbox;

/** Something a rule file says that rules may not, printed as {@code file:line:column: message}. */
public record Refusal(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
