package org.eregistrations.web.parta;

import java.util.List;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FieldType;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.engine.fact.Missing;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.PropertyPath.Affidavit;
import org.eregistrations.web.file.PropertyPath.Answer;
import org.eregistrations.web.file.PropertyPath.DocumentChoice;
import org.eregistrations.web.file.PropertyPath.EntryValue;
import org.eregistrations.web.file.PropertyPath.FieldValue;
import org.eregistrations.web.file.PropertyPath.Forms;
import org.eregistrations.web.file.PropertyPath.Upload;
import org.eregistrations.web.file.PropertyPath.Uploads;
import org.eregistrations.web.site.Texts;

/**
 * What the file still needs, each with its label and a link to the page and the very input where it is given: a
 * field of a list entry is named with its entry ("Shareholders 2: Full name") and its link lands on that entry's input.
 */
final class StillMissing {
    private final FileView file;
    private final Catalogue catalogue;
    private final String lang;

    StillMissing(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.lang = lang;
    }

    /** Something the file still needs, with a link to where it is given. */
    record MissingItem(String label, String href) {}

    /** A missing item, the tab where it is given, the id of the element there and its label. */
    private record Target(String area, String anchor, String label) {}

    List<MissingItem> items() {
        return file.derivation().missing().stream()
                .map(this::target)
                .map(target -> new MissingItem(
                        target.label(), "/files/" + file.id() + "/" + target.area() + "#" + target.anchor()))
                .toList();
    }

    /** Which tab gives a missing item. */
    String area(String path) {
        return target(path).area();
    }

    private Target target(String path) {
        try {
            return Missing.parse(path).map(this::target).orElseGet(() -> new Target("data", "main", path));
        } catch (IllegalArgumentException e) {
            return new Target("data", "main", path); // an id no input of a page can have
        }
    }

    private Target target(Missing missing) {
        String id = missing.id();
        return switch (missing.kind()) {
            case QUESTION -> at("guide", new Answer(id), catalogue.question(id).map(q -> q.label()
                    .in(lang)));
            case REGISTRATION -> new Target("guide", InputIds.REGISTRATIONS, Texts.get(lang, "missing_registrations"));
            case REQUIREMENT -> at("guide", new DocumentChoice(id), requirementName(id));
            case REQUIREMENT_UPLOAD -> at("documents", new Upload(Uploads.REQUIREMENT, id), requirementName(id));
            case PAYMENT_RECEIPT_UPLOAD -> at(
                    "payments",
                    new Upload(Uploads.PAYMENT_RECEIPT, id),
                    catalogue.costs().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .map(c -> Texts.get(
                                    lang, "missing_receipt", "cost", c.name().in(lang))));
            case AFFIDAVIT, SUBMISSION_FORM -> at(
                    "send", new Affidavit(), Optional.of(Texts.get(lang, "send_affidavit")));
            case FIELD -> field(missing);
            default -> new Target("data", "main", missing.path());
        };
    }

    /** A field, a list with too few entries, or a field of the n-th entry of a list. */
    private Target field(Missing missing) {
        int dot = missing.id().indexOf('.');
        String top = dot < 0 ? missing.id() : missing.id().substring(0, dot);
        Forms forms = inSubmissionForms(top) ? Forms.SUBMISSION : Forms.DATA;
        String area = forms == Forms.SUBMISSION ? "send" : "data";
        Optional<FormField> field = catalogue.field(missing.id());
        String label = field.map(f -> f.label().in(lang)).orElse(missing.id());
        if (dot < 0 && missing.item() < 0) {
            boolean list = field.filter(f -> f.type() == FieldType.LIST).isPresent();
            return list
                    ? new Target(area, InputIds.list(top), label)
                    : at(area, new FieldValue(forms, top), Optional.of(label));
        }
        int entry = Math.max(missing.item(), 0);
        String listLabel = catalogue.field(top).map(f -> f.label().in(lang)).orElse(top);
        return at(
                area,
                new EntryValue(forms, top, entry, missing.id().substring(dot + 1)),
                Optional.of(Texts.get(lang, "missing_entry_field", "list", listLabel, "n", entry + 1, "field", label)));
    }

    private Target at(String area, PropertyPath path, Optional<String> label) {
        return new Target(area, InputIds.of(path), label.orElse(path.format()));
    }

    private Optional<String> requirementName(String id) {
        return catalogue.requirements().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .map(r -> r.name().in(lang));
    }

    private boolean inSubmissionForms(String field) {
        return catalogue.submissionForms().stream()
                .anyMatch(s -> s.fields().stream().anyMatch(f -> f.name().equals(field)));
    }
}
