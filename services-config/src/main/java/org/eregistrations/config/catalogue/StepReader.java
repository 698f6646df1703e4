package org.eregistrations.config.catalogue;

import java.util.List;
import org.eregistrations.config.yaml.YamlMap;

/** Reads a processing step of {@code service.yaml}: its order, roles, institution and what approving it takes. */
final class StepReader {
    private StepReader() {}

    static ProcessingStep step(String id, YamlMap item) {
        item.allowOnly(
                "processing step " + id,
                "name",
                "after",
                "role",
                "institution",
                "applicable",
                "for",
                "assignable",
                "roundRobin",
                "revision",
                "frontDesk",
                "fields",
                "issues");
        return new ProcessingStep(
                id,
                CatalogueReader.labels(item, "name"),
                item.strings("after"),
                roles(item, id),
                item.string("institution").orElse(null),
                CatalogueReader.applicability(item, id),
                item.strings("for"),
                item.bool("assignable", false) || item.bool("roundRobin", false),
                item.bool("roundRobin", false),
                item.bool("revision", false),
                item.bool("frontDesk", false),
                CatalogueReader.each(item, "fields", CatalogueReader::field),
                item.strings("issues"),
                item.line());
    }

    /** A step's {@code role}: one role, or a list of roles any of which works the step. */
    private static List<String> roles(YamlMap item, String id) {
        List<String> roles = item.strings("role");
        if (roles.isEmpty()) {
            item.problems().error(item.file(), item.line(), "processing step " + id + ": 'role' is required");
        }
        return roles;
    }
}
