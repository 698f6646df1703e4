package org.eregistrations.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * Catalogue fact: a requirement, whether a document is uploaded for it, and the documents the investor may choose
 * from (empty when there is no choice).
 */
public record RequirementDecl(String id, boolean upload, List<String> documents) {
    public RequirementDecl {
        Objects.requireNonNull(id, "id must not be null");
        documents = List.copyOf(documents);
    }

    public boolean choice() {
        return !documents.isEmpty();
    }
}
