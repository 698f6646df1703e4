package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.Forms;

/** The entries of a list of the data forms (e.g. shareholders) as the investor removes one. */
final class ListEntries {
    private ListEntries() {}

    /**
     * Removes entry n of a list ({@code remove:<list>:<n>}): later entries move up one, the last one is removed. The
     * changes are added to {@code changes}, on top of what the same post changed.
     */
    static void remove(
            Opened opened, FormViews views, String action, Map<String, JsonNode> changes, Map<String, String> posted) {
        String[] parts = action.split(":");
        if (parts.length != 3 || !parts[2].matches("\\d{1,4}")) {
            return;
        }
        String list = parts[1];
        int removed = Integer.parseInt(parts[2]);
        int count = Math.max(views.entries(list), removed + 1);
        Map<String, JsonNode> values = new HashMap<>(opened.file().values());
        values.putAll(changes);
        Set<String> subFields = new TreeSet<>();
        Stream.concat(values.keySet().stream(), posted.keySet().stream())
                .map(PropertyPath::find)
                .flatMap(path -> path.stream())
                .filter(path -> path instanceof EntryValue entry
                        && entry.forms() == Forms.DATA
                        && entry.list().equals(list))
                .forEach(path -> subFields.add(((EntryValue) path).field()));
        for (int i = removed; i < count; i++) {
            for (String sub : subFields) {
                String here = new EntryValue(Forms.DATA, list, i, sub).format();
                JsonNode next =
                        i + 1 < count ? values.get(new EntryValue(Forms.DATA, list, i + 1, sub).format()) : null;
                if (next != null) {
                    changes.put(here, next);
                } else if (values.get(here) != null || changes.containsKey(here)) {
                    changes.put(here, null);
                }
            }
        }
        changes.entrySet()
                .removeIf(e -> e.getValue() == null && opened.file().values().get(e.getKey()) == null);
    }
}
