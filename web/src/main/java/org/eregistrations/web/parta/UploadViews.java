package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Cost;
import org.eregistrations.config.catalogue.Requirement;
import org.eregistrations.web.file.DerivationView;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath.Reviewed;

/** The uploads asked of a file: documents of its requirements and receipts of its payable costs. */
final class UploadViews {
    private final FileView file;
    private final Catalogue catalogue;
    private final DerivationView derived;
    private final Inputs inputs;
    private final String lang;
    private final CorrectionViews corrections;

    UploadViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.derived = opened.file().derivation();
        this.inputs = new Inputs(opened.file(), opened.catalogue(), lang);
        this.lang = lang;
        this.corrections = new CorrectionViews(opened, lang);
    }

    /**
     * An upload asked of the file, with what was uploaded so far; in a file a revision sent back, {@code kept} when it
     * was found valid (it stays as reviewed) and the {@code correction} asked of it when it was found invalid.
     */
    record UploadItem(
            String id,
            String name,
            String detail,
            String fileName,
            String size,
            String problem,
            boolean kept,
            String correction) {}

    List<UploadItem> requirementUploads(Map<String, String> problems) {
        List<String> asked = derived.sets().get("requirementUploads.applicable");
        List<UploadItem> items = new ArrayList<>();
        for (Requirement requirement : catalogue.requirements()) {
            if (!asked.contains(requirement.id())) {
                continue;
            }
            String chosen = derived.chosenDocuments().get(requirement.id());
            items.add(upload(
                    "requirementUploads",
                    requirement.id(),
                    requirement.name().in(lang),
                    chosen == null ? null : inputs.documentName(chosen).in(lang),
                    problems));
        }
        return items;
    }

    List<UploadItem> receiptUploads(Map<String, String> problems) {
        List<String> asked = derived.sets().get("paymentReceiptUploads.applicable");
        List<UploadItem> items = new ArrayList<>();
        for (Cost cost : catalogue.costs()) {
            if (asked.contains(cost.id())) {
                items.add(upload(
                        "paymentReceiptUploads",
                        cost.id(),
                        cost.name().in(lang),
                        Costs.money(derived.amounts().getOrDefault(cost.id(), cost.amount()), catalogue, lang),
                        problems));
            }
        }
        return items;
    }

    private UploadItem upload(String namespace, String id, String name, String detail, Map<String, String> problems) {
        JsonNode stored = file.values().get(namespace + "." + id);
        Reviewed kind = namespace.equals("requirementUploads") ? Reviewed.DOCUMENT : Reviewed.RECEIPT;
        return new UploadItem(
                id,
                name,
                detail,
                stored == null ? null : stored.path("name").asText(),
                stored == null ? null : size(stored.path("size").asLong()),
                problems.get(id),
                corrections.kept(kind, id),
                corrections.reason(kind, id));
    }

    private String size(long bytes) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(lang));
        format.setMaximumFractionDigits(1);
        return bytes < 1024 * 1024
                ? format.format(bytes / 1024.0) + " kB"
                : format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
