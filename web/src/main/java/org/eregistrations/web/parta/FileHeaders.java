package org.eregistrations.web.parta;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.site.Texts;

/** The file's heading on every page of it: service, status, and the tabs with how much is still missing on each. */
final class FileHeaders {
    static final List<String> TABS = List.of("guide", "data", "documents", "payments", "send");

    private final FileView file;
    private final Opened opened;
    private final String lang;

    FileHeaders(Opened opened, String lang) {
        this.file = opened.file();
        this.opened = opened;
        this.lang = lang;
    }

    /**
     * The file's heading on every page of it, with the file version the page shows; {@code answersKept} when a revision
     * sent it back item by item, so that the guide's answers the review rests on stay as they are.
     */
    record Header(
            String id,
            String service,
            String status,
            String statusText,
            boolean editable,
            List<Tab> tabs,
            String current,
            boolean changedElsewhere,
            long version,
            boolean answersKept) {
        public String href(String tab) {
            return "/files/" + id + "/" + tab;
        }

        public String overviewKey() {
            return "overview_" + status;
        }
    }

    /** A step of the file's pages, with how many things are still missing there. */
    record Tab(String key, String label, String href, boolean current, int missing) {
        public boolean done() {
            return missing == 0;
        }
    }

    Header header(String current) {
        return header(current, false);
    }

    /** The heading, saying when the visitor's entries could not be saved because the file changed elsewhere. */
    Header header(String current, boolean changedElsewhere) {
        StillMissing still = new StillMissing(opened, lang);
        Map<String, Integer> missing = new LinkedHashMap<>();
        TABS.forEach(tab -> missing.put(tab, 0));
        for (String path : file.derivation().missing()) {
            missing.merge(still.area(path), 1, Integer::sum);
        }
        List<Tab> tabs = TABS.stream()
                .map(tab -> new Tab(
                        tab,
                        Texts.get(lang, "tab_" + tab),
                        "/files/" + file.id() + "/" + tab,
                        tab.equals(current),
                        missing.get(tab)))
                .toList();
        return new Header(
                file.id().toString(),
                opened.catalogue().name().in(lang),
                file.status().name(),
                Texts.get(lang, "status_" + file.status()),
                file.status().isEditableByInvestor(),
                tabs,
                current,
                changedElsewhere,
                file.version(),
                new CorrectionViews(opened, lang).limited());
    }
}
