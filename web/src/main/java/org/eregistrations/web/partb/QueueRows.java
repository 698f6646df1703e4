package org.eregistrations.web.partb;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.web.file.FileNumbers;
import org.eregistrations.web.file.FileTitles;
import org.eregistrations.web.partb.MyWorkPage.QueueItem;
import org.eregistrations.web.partb.WorkQueues.Queued;
import org.eregistrations.web.site.LocalTimes;

/**
 * The rows of a queue page as the officer reads them: the file's number and title, local times, and its certificates
 * by their names in the officer's language (in the catalogue's order; an id the catalogue no longer has is shown as is),
 * joined.
 */
@ApplicationScoped
class QueueRows {
    private final FileTitles titles;
    private final LocalTimes times;

    QueueRows(FileTitles titles, LocalTimes times) {
        this.titles = titles;
        this.times = times;
    }

    List<QueueItem> of(List<Queued> queued, Catalogue catalogue, boolean assignable, String lang) {
        Map<UUID, String> titled = titles.of(queued.stream().map(Queued::file).toList());
        return queued.stream()
                .map(q -> new QueueItem(
                        FileNumbers.of(q.file()),
                        titled.getOrDefault(q.file().id, ""),
                        q.applicant(),
                        times.minute(q.sent()),
                        times.minute(q.waitingSince()),
                        assignable,
                        q.assignee() == null ? "" : q.assignee(),
                        String.join(", ", certificates(q.certificates(), catalogue, lang)),
                        "/work/files/" + q.file().id))
                .toList();
    }

    private static List<String> certificates(List<String> ids, Catalogue catalogue, String lang) {
        List<String> names = new ArrayList<>();
        catalogue.certificates().stream()
                .filter(certificate -> ids.contains(certificate.id()))
                .forEach(certificate -> names.add(certificate.name().in(lang)));
        ids.stream()
                .filter(id -> catalogue.certificates().stream().noneMatch(c -> c.id().equals(id)))
                .forEach(names::add);
        return names;
    }
}
