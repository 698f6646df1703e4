package org.eregistrations.web.parta;

import java.util.ArrayList;
import java.util.List;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Corrections;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.PropertyPath.Reviewed;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.site.Texts;

/**
 * A file sent back by a revision step, as the investor corrects it: the items found invalid with their reasons (and
 * where to correct each), and the items found valid, which stay as they were reviewed.
 */
final class CorrectionViews {
    private final Opened opened;
    private final String lang;
    private final Corrections corrections;
    private final List<Revision.Item> invalid = new ArrayList<>();

    /** An item to correct: its name, why, and the page and place to correct it. */
    record CorrectionItem(String name, String reason, String href) {}

    CorrectionViews(Opened opened, String lang) {
        this.opened = opened;
        this.lang = lang;
        FileStatus status = opened.file().status();
        this.corrections =
                Corrections.of(opened.catalogue(), status, opened.file().values());
        if (status == FileStatus.SENT_BACK) {
            for (ProcessingStep step : opened.catalogue().processingSteps()) {
                if (step.revision()) {
                    invalid.addAll(Revision.of(
                                    step.id(), opened.catalogue(), opened.file().values())
                            .invalid());
                }
            }
        }
    }

    /** Whether the investor corrects only the items sent back (the rest, and the guide's answers, stay). */
    boolean limited() {
        return corrections.limited();
    }

    /** Whether the item stays as reviewed: the investor cannot change it now. */
    boolean kept(Reviewed kind, String id) {
        return corrections.keeps(kind, id);
    }

    /** What the item asks of the investor (why it was sent back, or that it is corrected), or null. */
    String reason(Reviewed kind, String id) {
        return invalid.stream()
                .filter(item -> item.path().kind() == kind && item.path().item().equals(id))
                .findFirst()
                .map(item -> Revision.replacedSince(item, opened.file().values())
                        ? Texts.get(lang, "correction_done")
                        : Texts.get(
                                lang,
                                "correction_asked",
                                "reason",
                                reasonText(item.path().kind(), item.mark(), lang)))
                .orElse(null);
    }

    List<CorrectionItem> items() {
        String base = "/files/" + opened.file().id() + "/";
        return invalid.stream()
                .map(item -> new CorrectionItem(
                        item.name().in(lang),
                        reasonText(item.path().kind(), item.mark(), lang),
                        base
                                + switch (item.path().kind()) {
                                    case DOCUMENT -> "documents#u-"
                                            + item.path().item();
                                    case RECEIPT -> "payments#u-" + item.path().item();
                                    case SECTION -> "data#s-" + item.path().item();
                                }))
                .toList();
    }

    private static String reasonText(Reviewed kind, Revision.Mark mark, String lang) {
        return mark.reasonText(kind, key -> Texts.get(lang, key));
    }
}
