package org.eregistrations.web.parta;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.Certificate;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.site.Texts;

/** The file after sending: its processing steps with the officers' decisions, and the certificates it gets. */
final class StatusViews {
    private static final Set<String> TOLD = Set.of("sendBack", "reject");

    private final FileView file;
    private final Catalogue catalogue;
    private final String lang;

    StatusViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.lang = lang;
    }

    /** A processing step of a sent file with its status and the officer's reason where one was given. */
    record StepItem(String name, String status, String statusText, String decision, String reason) {}

    List<StepItem> steps() {
        List<StepItem> items = new ArrayList<>();
        catalogue.processingSteps().forEach(step -> {
            String status = file.steps().get(step.id());
            if (status == null) {
                return;
            }
            JsonNode decision = file.values().get("steps." + step.id() + ".decision");
            items.add(new StepItem(
                    step.name().in(lang),
                    status,
                    Texts.get(lang, "step_" + status),
                    null, // the status says what was decided
                    // a pause's reason is for the officers; the investor reads why a file was sent back or rejected
                    decision == null || !TOLD.contains(decision.path("decision").asText())
                            ? null
                            : PropertyPath.StepDecision.currentReason(decision, status)));
        });
        return items;
    }

    List<String> certificates() {
        Set<String> applicable = new TreeSet<>(file.derivation().sets().get("certificates.applicable"));
        return catalogue.certificates().stream()
                .filter(c -> applicable.contains(c.id()))
                .map(Certificate::id)
                .toList();
    }

    String certificateName(String id) {
        return catalogue.certificates().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .map(c -> c.name().in(lang))
                .orElse(id);
    }
}
