package org.eregistrations.web.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A change of one property of a file: a new JSON value, or its removal when {@code value} is null. */
public record PropertyChange(String path, JsonNode value) {
    public PropertyChange {
        Objects.requireNonNull(path, "path must not be null");
        if (value != null && value.isNull()) {
            value = null;
        }
    }

    public boolean isRemoval() {
        return value == null;
    }
}
