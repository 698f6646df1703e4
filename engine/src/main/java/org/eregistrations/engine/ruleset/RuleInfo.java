package org.eregistrations.engine.ruleset;

import java.util.List;
import java.util.Set;

/**
 * What static analysis learned of one rule: where it is, which answers and fields its conditions read, and which
 * members its consequence derives.
 */
public record RuleInfo(
        String name, String file, int line, Set<String> answersRead, Set<String> fieldsRead, List<DerivedRef> derives) {
    public RuleInfo {
        answersRead = Set.copyOf(answersRead);
        fieldsRead = Set.copyOf(fieldsRead);
        derives = List.copyOf(derives);
    }

    /** {@code file:line}, for messages. */
    public String location() {
        return file + ":" + line;
    }
}
