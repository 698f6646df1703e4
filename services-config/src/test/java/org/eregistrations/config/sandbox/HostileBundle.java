package org.eregistrations.config.sandbox;

/**
 * One way out of the rules that a bundle tries: a file of the bundle holding the attempt, the line and text of the
 * refusal expected. {@code MARKER}, {@code KEY} and {@code PORT} in the content are replaced by the test with a file,
 * a system property and a listening port that the attempt would write, set or reach if any of its code ran.
 */
record HostileBundle(String name, String file, String content, int line, String refused) {
    @Override
    public String toString() {
        return name;
    }

    /** A rule whose consequence is {@code payload}, on line 7 of {@code evil.drl}. */
    static HostileBundle consequence(String name, String payload, String refused) {
        return new HostileBundle(name, "evil.drl", rule("", "Answer(name == \"isImporter\")", payload), 7, refused);
    }

    /** A rule whose only condition is {@code condition}, on line 5 of {@code evil.drl}. */
    static HostileBundle condition(String name, String condition, String refused) {
        return new HostileBundle(
                name,
                "evil.drl",
                rule("", condition, "insertLogical(new Computed(\"reached\", \"yes\"));"),
                5,
                refused);
    }

    /** {@code header} on line 2 of {@code evil.drl}, before a rule whose consequence is {@code payload}. */
    static HostileBundle header(String name, String header, String payload, String refused) {
        return new HostileBundle(name, "evil.drl", rule(header, "Answer(name == \"isImporter\")", payload), 2, refused);
    }

    static String rule(String header, String condition, String payload) {
        return """
                package rules.permit
                %s
                rule "Escapes"
                when
                    %s
                then
                    %s
                end
                """
                .formatted(header, condition, payload);
    }
}
