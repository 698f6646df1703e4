package org.eregistrations.config.yaml;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found while loading and validating a bundle, so a configurator sees all of them at once. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void error(String file, int line, String message) {
        list.add(new Problem(Problem.Severity.ERROR, file, line, -1, message));
    }

    public void warning(String file, int line, String message) {
        list.add(new Problem(Problem.Severity.WARNING, file, line, -1, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }
}
