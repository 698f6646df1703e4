package org.eregistrations.config.bundle;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps a line of the DRL generated from a decision table back to the spreadsheet row it came from. */
final class DecisionTables {
    /** Drools' spreadsheet compiler writes this comment above each rule it generates. */
    private static final Pattern ROW_MARK = Pattern.compile("// rule values at [A-Z]+(\\d+)");

    private DecisionTables() {}

    /** The spreadsheet row of the rule that holds {@code line}, or the line itself when no rule mark precedes it. */
    static int rowOf(String generatedDrl, int line) {
        String[] lines = generatedDrl.split("\\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
            Matcher mark = ROW_MARK.matcher(lines[i]);
            if (mark.find()) {
                return Integer.parseInt(mark.group(1));
            }
        }
        return line;
    }
}
