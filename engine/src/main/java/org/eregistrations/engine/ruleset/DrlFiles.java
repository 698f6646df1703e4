package org.eregistrations.engine.ruleset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a service's DRL for compilation: the fact types are imported for the configurator, on the {@code package}
 * line so that line numbers in messages stay those of the file as written.
 */
final class DrlFiles {
    static final String IMPORTS = "import org.eregistrations.engine.fact.*; "
            + "import static org.eregistrations.engine.fact.Kind.*; "
            + "import java.math.BigDecimal; ";
    private static final Pattern PACKAGE_LINE =
            Pattern.compile("^([ \\t]*package[ \\t]+([\\w.]+)[ \\t]*;?)[ \\t]*$", Pattern.MULTILINE);

    private DrlFiles() {}

    /** A DRL file as compiled: its package, its text with the imports added, and how many lines were added. */
    record Prepared(String packageName, String text, int addedLines) {}

    static Prepared prepare(String content, String defaultPackage) {
        Matcher matcher = PACKAGE_LINE.matcher(content);
        if (matcher.find()) {
            String packageName = matcher.group(2);
            String text = content.substring(0, matcher.start())
                    + "package " + packageName + "; " + IMPORTS
                    + content.substring(matcher.end());
            return new Prepared(packageName, text, 0);
        }
        return new Prepared(defaultPackage, "package " + defaultPackage + "; " + IMPORTS + "\n" + content, 1);
    }
}
