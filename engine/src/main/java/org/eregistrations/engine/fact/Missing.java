package org.eregistrations.engine.fact;

import java.util.Objects;

/**
 * Derived by the core: something required that the file still lacks before it can be sent. {@code id} is empty when
 * the whole kind is missing (no registration requested, affidavit not signed); {@code item} is the list entry for a
 * field of a list, else {@code -1}.
 */
public record Missing(Kind kind, String id, int item) {
    public Missing {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(id, "id must not be null");
    }

    public Missing(Kind kind, String id) {
        this(kind, id, -1);
    }

    /**
     * Where the missing item is, e.g. {@code questions.capital}, {@code fields.shareholders.name[1]},
     * {@code requirementUploads.identity}, {@code registrations} (none requested).
     */
    public String path() {
        String path = id.isEmpty() ? kind.namespace() : kind.namespace() + "." + id;
        return item < 0 ? path : path + "[" + item + "]";
    }
}
