package org.eregistrations.engine.sandbox;

/**
 * A line and column of a rule file (both from 1), and the origin of an embedded text such as a constraint or a
 * consequence, from which positions inside that text are mapped back to the file.
 */
record Position(int line, int column) {
    Position {
        line = Math.max(1, line);
        column = Math.max(1, column);
    }

    /** The position in the file of {@code (innerLine, innerColumn)} of a text that starts here. */
    Position inner(int innerLine, int innerColumn) {
        return innerLine <= 1
                ? new Position(line, column + innerColumn - 1)
                : new Position(line + innerLine - 1, innerColumn);
    }
}
