package org.eregistrations.config.catalogue;

import java.util.List;

/**
 * A requirement towards the investor; usually a document to upload. When {@code documents} is not empty the investor
 * chooses which one of them to provide.
 */
public record Requirement(String id, Labels name, boolean upload, List<String> documents, int line) {
    public Requirement {
        documents = List.copyOf(documents);
    }
}
