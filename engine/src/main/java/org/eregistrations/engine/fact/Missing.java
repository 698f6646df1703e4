package org.eregistrations.engine.fact;

import java.util.Objects;
import java.util.Optional;

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

    /** The missing item a {@link #path()} names, e.g. after it was stored in a snapshot; empty for any other text. */
    public static Optional<Missing> parse(String path) {
        if (path.equals(Kind.AFFIDAVIT.namespace())) {
            return Optional.of(new Missing(Kind.AFFIDAVIT, ""));
        }
        String named = path;
        int item = -1;
        int open = path.lastIndexOf('[');
        if (path.endsWith("]") && open > 0) {
            String digits = path.substring(open + 1, path.length() - 1);
            if (digits.isEmpty() || digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.empty();
            }
            item = Integer.parseInt(digits);
            named = path.substring(0, open);
        }
        for (Kind kind : Kind.values()) {
            if (kind == Kind.AFFIDAVIT) {
                continue;
            }
            if (named.equals(kind.namespace()) && item < 0) {
                return Optional.of(new Missing(kind, ""));
            }
            if (named.startsWith(kind.namespace() + ".")
                    && named.length() > kind.namespace().length() + 1) {
                return Optional.of(
                        new Missing(kind, named.substring(kind.namespace().length() + 1), item));
            }
        }
        return Optional.empty();
    }
}
