package org.eregistrations.web.configure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.eregistrations.config.catalogue.Catalogue;

/**
 * The catalogues of two versions compared entry by entry: questions, registrations, certificates, requirements,
 * documents, costs, form fields, processing steps, computed values, institutions and roles that were added, removed or
 * changed, and for a changed one which of its keys changed. Where an entry stands in {@code service.yaml} (its line)
 * is not a change.
 */
public final class CatalogueDiff {
    private static final Map<String, Function<Catalogue, List<?>>> SECTIONS = new LinkedHashMap<>();

    static {
        SECTIONS.put("questions", Catalogue::questions);
        SECTIONS.put("registrations", Catalogue::registrations);
        SECTIONS.put("certificates", Catalogue::certificates);
        SECTIONS.put("requirements", Catalogue::requirements);
        SECTIONS.put("documents", Catalogue::documents);
        SECTIONS.put("costs", Catalogue::costs);
        SECTIONS.put("fields", Catalogue::allFields);
        SECTIONS.put("processingSteps", Catalogue::processingSteps);
        SECTIONS.put("computed", Catalogue::computed);
        SECTIONS.put("institutions", Catalogue::institutions);
        SECTIONS.put("roles", Catalogue::roles);
    }

    private CatalogueDiff() {}

    /** An entry of a section that differs: added, removed, or changed in the keys named. */
    public record ChangedEntry(String section, String id, String kind, List<String> keys) {}

    static List<ChangedEntry> compare(Catalogue from, Catalogue to, ObjectMapper json) {
        List<ChangedEntry> changed = new ArrayList<>();
        SECTIONS.forEach((section, entries) -> {
            Map<String, JsonNode> before = byId(entries.apply(from), json);
            Map<String, JsonNode> after = byId(entries.apply(to), json);
            TreeSet<String> ids = new TreeSet<>(before.keySet());
            ids.addAll(after.keySet());
            for (String id : ids) {
                JsonNode old = before.get(id);
                JsonNode now = after.get(id);
                if (old == null) {
                    changed.add(new ChangedEntry(section, id, "added", List.of()));
                } else if (now == null) {
                    changed.add(new ChangedEntry(section, id, "removed", List.of()));
                } else if (!old.equals(now)) {
                    changed.add(new ChangedEntry(section, id, "changed", changedKeys(old, now)));
                }
            }
        });
        if (!Objects.equals(from.currency(), to.currency())) {
            changed.add(new ChangedEntry("service", "currency", "changed", List.of("currency")));
        }
        return changed;
    }

    private static Map<String, JsonNode> byId(List<?> entries, ObjectMapper json) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (Object entry : entries) {
            JsonNode node = withoutLines(json.valueToTree(entry));
            JsonNode id = node.has("id") ? node.get("id") : node.get("name");
            byId.put(id == null ? String.valueOf(byId.size()) : id.asText(), node);
        }
        return byId;
    }

    private static JsonNode withoutLines(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("line");
            object.forEach(CatalogueDiff::withoutLines);
        } else if (node.isArray()) {
            node.forEach(CatalogueDiff::withoutLines);
        }
        return node;
    }

    private static List<String> changedKeys(JsonNode old, JsonNode now) {
        TreeSet<String> keys = new TreeSet<>();
        for (Iterator<String> names = old.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        now.fieldNames().forEachRemaining(keys::add);
        return keys.stream()
                .filter(key -> !String.valueOf(old.get(key)).equals(String.valueOf(now.get(key))))
                .toList();
    }
}
