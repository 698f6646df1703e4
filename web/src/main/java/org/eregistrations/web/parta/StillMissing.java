package org.eregistrations.web.parta;

import java.util.List;
import java.util.Optional;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.site.Texts;

/** What the file still needs, each with its label and a link to the page and field where it is given. */
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

    List<MissingItem> items() {
        return file.derivation().missing().stream()
                .map(path -> new MissingItem(label(path), href(path)))
                .toList();
    }

    /** Which page gives a missing item. */
    String area(String path) {
        if (path.startsWith("questions") || path.startsWith("registrations") || path.startsWith("requirements.")) {
            return "guide";
        }
        if (path.startsWith("requirementUploads")) {
            return "documents";
        }
        if (path.startsWith("paymentReceiptUploads")) {
            return "payments";
        }
        if (path.startsWith("submissionForms")) {
            return "send";
        }
        if (path.startsWith("fields.")) {
            String name = fieldName(path);
            boolean submission = catalogue.submissionForms().stream()
                    .anyMatch(s -> s.fields().stream().anyMatch(f -> f.name().equals(name)));
            return submission ? "send" : "data";
        }
        return "data";
    }

    private String href(String path) {
        String base = "/files/" + file.id() + "/" + area(path);
        String[] parts = path.split("\\.", 2);
        if (parts.length < 2) {
            return base;
        }
        return switch (parts[0]) {
            case "questions" -> base + "#q-" + parts[1];
            case "requirements" -> base + "#r-" + parts[1];
            case "requirementUploads", "paymentReceiptUploads" -> base + "#u-" + parts[1];
            case "fields" -> base + "#f-"
                    + parts[1].replaceAll("\\[(\\d+)]", "").replace('.', '-');
            case "submissionForms" -> base + "#affidavit";
            default -> base;
        };
    }

    private String label(String path) {
        String[] parts = path.split("\\.", 2);
        String id = parts.length < 2 ? "" : parts[1].replaceAll("\\[\\d+]", "");
        Optional<String> label =
                switch (parts[0]) {
                    case "questions" -> catalogue.question(id).map(q -> q.label()
                            .in(lang));
                    case "registrations" -> Optional.of(Texts.get(lang, "missing_registrations"));
                    case "requirements", "requirementUploads" -> catalogue.requirements().stream()
                            .filter(r -> r.id().equals(id))
                            .findFirst()
                            .map(r -> r.name().in(lang));
                    case "paymentReceiptUploads" -> catalogue.costs().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .map(c -> Texts.get(
                                    lang, "missing_receipt", "cost", c.name().in(lang)));
                    case "fields" -> catalogue.field(id).map(f -> f.label().in(lang));
                    case "submissionForms" -> Optional.of(Texts.get(lang, "send_affidavit"));
                    default -> Optional.empty();
                };
        return label.orElse(path);
    }

    private static String fieldName(String path) {
        String rest = path.substring("fields.".length()).replaceAll("\\[\\d+]", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
