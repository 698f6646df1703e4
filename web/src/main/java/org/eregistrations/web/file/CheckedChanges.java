package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Changes of a file's values, each checked against its service's {@link FileSchema} as it is added, so that the one
 * pass that appends them never checks them again. A page or the API makes them from {@link FileService.Opened#changes()}
 * (the catalogue of the version the file is worked with); a null value removes the property.
 */
public final class CheckedChanges {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final FileSchema schema;
    private final Map<String, Object> read = new HashMap<>();
    private final Map<String, JsonNode> changes = new LinkedHashMap<>();

    CheckedChanges(FileSchema schema) {
        this.schema = schema;
    }

    /** Reads a value as the type its path holds, or throws why it cannot be written there; adds nothing yet. */
    public Object read(String path, JsonNode value) {
        Object typed = schema.read(path, value);
        read.put(path, typed);
        return typed;
    }

    /** Adds the value {@link #read} last read for a path, written in its type's JSON form (a number, a boolean, text). */
    public void add(String path) {
        if (!read.containsKey(path)) {
            throw new IllegalStateException(path + " was not read");
        }
        changes.put(path, json(read.get(path)));
    }

    /** Adds a value as sent, once it is read. */
    public void set(String path, JsonNode value) {
        read(path, value);
        changes.put(path, value);
    }

    /** Adds the removal of a property, if the path is one an investor writes. */
    public void remove(String path) {
        schema.checkWritable(path);
        changes.put(path, null);
    }

    /**
     * Makes these the changes: the ones already added stay as they are, new or different ones are checked, the ones
     * not named any more are dropped. For a page that works out further changes from the checked ones (a list entry
     * removed moves the later ones up).
     */
    public void replaceWith(Map<String, JsonNode> wanted) {
        changes.keySet().retainAll(wanted.keySet());
        wanted.forEach((path, value) -> {
            boolean known = changes.containsKey(path);
            if (known && Objects.equals(changes.get(path), value)) {
                return;
            }
            if (value == null || value.isNull()) {
                remove(path);
            } else {
                set(path, value);
            }
        });
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public Set<String> paths() {
        return Collections.unmodifiableSet(changes.keySet());
    }

    /** The changes by path; a null value removes the property. */
    public Map<String, JsonNode> asMap() {
        return Collections.unmodifiableMap(changes);
    }

    /** A typed value in its JSON form: a boolean, a number, else text (a date as ISO text). */
    static JsonNode json(Object typed) {
        if (typed instanceof Boolean yes) {
            return JSON.booleanNode(yes);
        }
        if (typed instanceof BigDecimal number) {
            return JSON.numberNode(number);
        }
        return JSON.textNode(String.valueOf(typed));
    }
}
