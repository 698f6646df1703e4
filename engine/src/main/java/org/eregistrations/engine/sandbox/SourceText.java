package org.eregistrations.engine.sandbox;

import java.util.Arrays;

/** A rule file's text with the offsets where its lines start, so that a position is found without rescanning it. */
final class SourceText {
    private final String text;
    private final int[] lineStarts;

    SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    String text() {
        return text;
    }

    /** The offset where line {@code line} (from 1) starts; the end of the text past the last line. */
    int lineStart(int line) {
        if (line < 1) {
            return 0;
        }
        return line <= lineStarts.length ? lineStarts[line - 1] : text.length();
    }

    /** The line and column of a character offset. */
    Position position(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return new Position(line + 1, offset - lineStarts[line] + 1);
    }
}
