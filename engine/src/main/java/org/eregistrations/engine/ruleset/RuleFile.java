package org.eregistrations.engine.ruleset;

import java.util.Objects;

/** One DRL file of a rule bundle, by its path inside the bundle (e.g. {@code rules/certificates.drl}). */
public record RuleFile(String path, String content) {
    public RuleFile {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(content, "content must not be null");
        if (path.isBlank()) {
            throw new IllegalArgumentException("path must not be blank");
        }
    }
}
