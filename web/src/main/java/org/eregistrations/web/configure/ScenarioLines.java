package org.eregistrations.web.configure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.web.services.RuleSetVersions.ScenarioOutcome;

/**
 * The outcome of a bundle's scenarios as the attempt page shows it: each failed expectation split into where it is
 * stated ({@code file:line}), what it checks, what it expected and what the rules derived.
 */
public final class ScenarioLines {
    private static final Pattern FAILURE = Pattern.compile(
            "(?s)^(?<at>\\S+:\\d+): (?<key>[\\w.]+): expected (?<expected>.*) but derived (?<derived>.*)$");
    private static final Pattern LOCATED = Pattern.compile("(?s)^(?<at>\\S+:\\d+): (?<text>.*)$");

    private ScenarioLines() {}

    /** A scenario: its name, file, and failed expectations (none when it passed). */
    public record Scenario(String name, String file, List<Failure> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** A failed expectation; {@code expected} and {@code derived} are null when the message is of another form. */
    public record Failure(String at, String key, String expected, String derived, String text) {}

    static List<Scenario> of(List<ScenarioOutcome> outcomes) {
        return outcomes.stream()
                .map(outcome -> new Scenario(
                        outcome.name(),
                        outcome.file(),
                        outcome.failures().stream().map(ScenarioLines::failure).toList()))
                .toList();
    }

    static Failure failure(String message) {
        Matcher full = FAILURE.matcher(message);
        if (full.matches()) {
            return new Failure(
                    full.group("at"), full.group("key"), full.group("expected"), full.group("derived"), message);
        }
        Matcher located = LOCATED.matcher(message);
        if (located.matches()) {
            return new Failure(located.group("at"), null, null, null, located.group("text"));
        }
        return new Failure(null, null, null, null, message);
    }
}
