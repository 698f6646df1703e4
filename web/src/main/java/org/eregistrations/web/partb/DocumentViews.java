package org.eregistrations.web.partb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;

/** A sent file's documents and receipts as the officer's pages list them, in one order for the list and the viewer. */
final class DocumentViews {
    private final FileView file;
    private final Catalogue catalogue;
    private final String lang;

    DocumentViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.lang = lang;
    }

    /**
     * A document or receipt of the file, with the route that serves it, its type, and the page that shows it inside
     * the review ({@code view}, numbered from 1).
     */
    record DocumentItem(String label, String fileName, String href, String mediaType, String view) {
        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    List<DocumentItem> documents() {
        List<DocumentItem> items = new ArrayList<>();
        for (PropertyPath.Uploads uploads : PropertyPath.Uploads.values()) {
            String prefix = uploads.namespace() + ".";
            file.values().entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix) && e.getValue().isObject())
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(e -> {
                        String id = e.getKey().substring(prefix.length());
                        items.add(new DocumentItem(
                                uploadLabel(uploads, id),
                                e.getValue().path("name").asText(),
                                "/work/files/" + file.id() + "/documents/" + uploads.namespace() + "/" + id,
                                e.getValue().path("type").asText("application/pdf"),
                                "/work/files/" + file.id() + "/view/" + (items.size() + 1)));
                    });
        }
        return items;
    }

    private String uploadLabel(PropertyPath.Uploads uploads, String id) {
        List<Labels> names = uploads == PropertyPath.Uploads.REQUIREMENT
                ? catalogue.requirements().stream()
                        .filter(r -> r.id().equals(id))
                        .map(r -> r.name())
                        .toList()
                : catalogue.costs().stream()
                        .filter(c -> c.id().equals(id))
                        .map(c -> c.name())
                        .toList();
        return names.isEmpty() ? id : names.get(0).in(lang);
    }
}
