package org.eregistrations.web.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.ProcessingStep;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.PropertyPath.Reviewed;

/**
 * What the investor may change in a file a revision step sent back: exactly the items it marked invalid (and anything
 * it did not review, such as a document the corrections newly require); the items it found valid, and the guide's
 * answers they rest on, stay as they were reviewed. A file sent back without an item-by-item review stays open as a
 * whole.
 */
public final class Corrections {
    private final Catalogue catalogue;
    private final Set<String> kept;

    private Corrections(Catalogue catalogue, Set<String> kept) {
        this.catalogue = catalogue;
        this.kept = kept;
    }

    /** The corrections a file's values allow; none are limited unless a revision step sent it back with its marks. */
    public static Corrections of(Catalogue catalogue, FileStatus status, Map<String, JsonNode> values) {
        Set<String> kept = new HashSet<>();
        if (status == FileStatus.SENT_BACK) {
            for (ProcessingStep step : catalogue.processingSteps()) {
                if (step.revision()) {
                    Revision.of(step.id(), catalogue, values).items().stream()
                            .filter(item -> item.mark() != null && item.mark().valid())
                            .forEach(item -> kept.add(item.path().itemKey()));
                }
            }
        }
        return new Corrections(catalogue, kept);
    }

    /** Whether the investor corrects only some items (the others stay as reviewed). */
    public boolean limited() {
        return !kept.isEmpty();
    }

    /** Whether an item ({@code documents.<requirement>}, {@code sections.<section>}…) stays as it was reviewed. */
    public boolean keeps(Reviewed kind, String id) {
        return kept.contains(kind.segment() + "." + id);
    }

    /** Refuses the first path the investor may not change now. */
    void check(Collection<String> paths) {
        if (!limited()) {
            return;
        }
        for (String path : paths) {
            if (!changeable(PropertyPath.parse(path))) {
                throw new InvalidValueException(
                        path, "was found valid when the file was reviewed; only the items sent back can be corrected");
            }
        }
    }

    private boolean changeable(PropertyPath path) {
        if (path instanceof PropertyPath.Upload upload) {
            Reviewed kind = upload.uploads() == PropertyPath.Uploads.REQUIREMENT ? Reviewed.DOCUMENT : Reviewed.RECEIPT;
            return !keeps(kind, upload.id());
        }
        if (path instanceof PropertyPath.DocumentChoice choice) {
            return !keeps(Reviewed.DOCUMENT, choice.requirement());
        }
        if (path instanceof PropertyPath.FieldValue value && value.forms() == PropertyPath.Forms.DATA) {
            return section(value.field())
                    .map(id -> !keeps(Reviewed.SECTION, id))
                    .orElse(true);
        }
        if (path instanceof PropertyPath.EntryValue entry && entry.forms() == PropertyPath.Forms.DATA) {
            return section(entry.list()).map(id -> !keeps(Reviewed.SECTION, id)).orElse(true);
        }
        // the guide's answers and the registrations chosen are what the valid items were reviewed against
        return !(path instanceof PropertyPath.Answer || path instanceof PropertyPath.Checked);
    }

    private Optional<String> section(String field) {
        for (FormSection section : catalogue.dataForms()) {
            for (FormField declared : section.fields()) {
                if (declared.name().equals(field)) {
                    return Optional.of(section.id());
                }
            }
        }
        return Optional.empty();
    }
}
