package org.eregistrations.web.partb;

import java.util.List;
import java.util.Map;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath.Reviewed;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.site.Texts;

/** A revision step's review as the officer's page shows it: each item with its mark, and what may be decided. */
record RevisionViews(String step, List<ItemView> items, boolean allValid, boolean canSendBack) {
    /** One reviewed item: the key its form fields are named by, its name, where to open it, and its mark. */
    record ItemView(
            String key,
            String kind,
            String name,
            String href,
            boolean valid,
            boolean invalid,
            String reasonType,
            String reason,
            String markText) {
        /** Whether a reason type is chosen (documents and receipts; a section has its text). */
        public boolean typed() {
            return !kind.equals(Reviewed.SECTION.segment());
        }
    }

    /** The review with its stored marks, or with the ones a refused form sent ({@code entered}), so none is lost. */
    static RevisionViews of(Revision revision, FileView file, String lang, Map<String, Revision.Mark> entered) {
        List<ItemView> items = revision.items().stream()
                .map(item -> view(item, entered.getOrDefault(item.path().itemKey(), item.mark()), file, lang))
                .toList();
        return new RevisionViews(revision.step(), items, revision.allValid(), revision.canSendBack());
    }

    private static ItemView view(Revision.Item item, Revision.Mark mark, FileView file, String lang) {
        Reviewed kind = item.path().kind();
        String href =
                switch (kind) {
                    case DOCUMENT -> "/work/files/" + file.id() + "/documents/requirementUploads/"
                            + item.path().item();
                    case RECEIPT -> "/work/files/" + file.id() + "/documents/paymentReceiptUploads/"
                            + item.path().item();
                    case SECTION -> "#section-" + item.path().item();
                };
        return new ItemView(
                item.path().itemKey(),
                kind.segment(),
                item.name().in(lang),
                href,
                mark != null && mark.valid(),
                mark != null && !mark.valid(),
                mark == null ? null : mark.reasonType(),
                mark == null ? null : mark.text(),
                markText(kind, mark, lang));
    }

    /** The mark in words: not reviewed, valid (a receipt: confirmed), or invalid with its reason. */
    static String markText(Reviewed kind, Revision.Mark mark, String lang) {
        if (mark == null) {
            return Texts.get(lang, "revision_unreviewed");
        }
        if (mark.valid()) {
            return Texts.get(lang, kind == Reviewed.RECEIPT ? "revision_confirmed" : "revision_valid");
        }
        String reason = mark.reasonText(kind, key -> Texts.get(lang, key));
        return Texts.get(lang, "revision_invalid") + (reason.isEmpty() ? "" : ": " + reason);
    }
}
