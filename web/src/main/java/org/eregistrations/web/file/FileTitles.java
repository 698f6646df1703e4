package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eregistrations.web.services.PublishedServices;
import org.eregistrations.web.store.FileReads;
import org.eregistrations.web.store.FileRecord;

/**
 * The titles of files in a list, from the values their service's catalogue names ({@code fileTitle}): the first of
 * them with a value. One query for the whole list.
 */
@ApplicationScoped
public class FileTitles {
    /** Longer values are cut, with an ellipsis, so one file cannot stretch a list. */
    static final int LONGEST = 80;

    private final PublishedServices services;
    private final FileReads reads;

    FileTitles(PublishedServices services, FileReads reads) {
        this.services = services;
        this.reads = reads;
    }

    /** Each file's title; a file without one is absent. */
    public Map<UUID, String> of(List<FileRecord> files) {
        Map<UUID, List<String>> pathsOf = new HashMap<>();
        Set<String> allPaths = new LinkedHashSet<>();
        for (FileRecord file : files) {
            List<String> paths = services.find(file.serviceId)
                    .map(service -> service.catalogue().fileTitlePaths())
                    .orElse(List.of());
            pathsOf.put(file.id, paths);
            allPaths.addAll(paths);
        }
        Map<UUID, Map<String, JsonNode>> values = reads.readCurrent(pathsOf.keySet(), allPaths);
        Map<UUID, String> titles = new HashMap<>();
        pathsOf.forEach((file, paths) -> paths.stream()
                .map(path -> values.getOrDefault(file, Map.of()).get(path))
                .filter(value -> value != null && (value.isTextual() || value.isNumber()))
                .map(value -> value.asText().strip())
                .filter(text -> !text.isEmpty())
                .findFirst()
                .ifPresent(text -> titles.put(file, shortened(text))));
        return titles;
    }

    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= LONGEST
                ? text
                : text.substring(0, text.offsetByCodePoints(0, LONGEST - 1)) + "…";
    }
}
