package org.eregistrations.engine.ruleset;

/** A compile error of a rule file, printed as {@code file:line:column: message}. */
public record CompileMessage(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
