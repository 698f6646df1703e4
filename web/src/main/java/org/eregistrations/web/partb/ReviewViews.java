package org.eregistrations.web.partb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eregistrations.config.catalogue.Catalogue;
import org.eregistrations.config.catalogue.FormField;
import org.eregistrations.config.catalogue.FormSection;
import org.eregistrations.config.catalogue.Labels;
import org.eregistrations.engine.lifecycle.FileStatus;
import org.eregistrations.web.file.Assignments;
import org.eregistrations.web.file.Caller;
import org.eregistrations.web.file.FileService.Opened;
import org.eregistrations.web.file.FileView;
import org.eregistrations.web.file.PropertyPath;
import org.eregistrations.web.file.Revision;
import org.eregistrations.web.file.StepForm;
import org.eregistrations.web.site.Texts;

/** A sent file as the officer reviews it: its data-form values with their labels, its documents, its steps. */
final class ReviewViews {
    private static final Pattern ENTRY = Pattern.compile("\\[(\\d+)]\\.(.+)$");

    private final FileView file;
    private final Catalogue catalogue;
    private final String lang;

    ReviewViews(Opened opened, String lang) {
        this.file = opened.file();
        this.catalogue = opened.catalogue();
        this.lang = lang;
    }

    /** A data form section with its values. */
    record SectionItem(String id, String name, List<ValueItem> values) {}

    /** A value of the file with its label. */
    record ValueItem(String label, String value) {}

    /**
     * A document or receipt of the file, with the route that serves it, its type, and the page that shows it inside
     * the review ({@code view}, numbered from 1).
     */
    record DocumentItem(String label, String fileName, String href, String mediaType, String view) {
        public boolean image() {
            return mediaType.startsWith("image/");
        }
    }

    /** A step of the file with its status, the decision taken and, if the officer may decide it now, its form. */
    record StepItem(
            String id,
            String name,
            String statusText,
            String decision,
            String reason,
            boolean decidable,
            String assignee,
            boolean takeable,
            RevisionViews revision,
            boolean resumable,
            List<StepFormViews.FieldView> form) {
        /** Whether the decision form offers approving: at a revision step only when everything is valid. */
        public boolean approvable() {
            return revision == null || revision.allValid();
        }

        /** Whether it offers sending back: at a revision step only when everything is reviewed, something invalid. */
        public boolean returnable() {
            return revision == null || revision.canSendBack();
        }
    }

    List<SectionItem> sections() {
        List<SectionItem> sections = new ArrayList<>();
        for (FormSection section : catalogue.dataForms()) {
            List<ValueItem> values = new ArrayList<>();
            for (FormField field : section.fields()) {
                String path = PropertyPath.Forms.DATA.namespace() + "." + field.name();
                if (field.fields().isEmpty()) {
                    value(field, file.values().get(path)).ifPresent(values::add);
                } else {
                    values.addAll(entries(field, path));
                }
            }
            if (!values.isEmpty()) {
                sections.add(new SectionItem(section.id(), section.name().in(lang), values));
            }
        }
        return sections;
    }

    /** The values of a list's entries, each labelled with the list, its entry number and the field. */
    private List<ValueItem> entries(FormField list, String path) {
        List<ValueItem> values = new ArrayList<>();
        file.values().keySet().stream()
                .filter(key -> key.startsWith(path + "["))
                .sorted()
                .forEach(key -> {
                    Matcher entry = ENTRY.matcher(key.substring(path.length()));
                    if (!entry.matches()) {
                        return;
                    }
                    list.fields().stream()
                            .filter(f -> f.name().equals(entry.group(2)))
                            .findFirst()
                            .ifPresent(field -> value(field, file.values().get(key))
                                    .ifPresent(v -> values.add(new ValueItem(
                                            list.label().in(lang) + " " + entry.group(1) + " · " + v.label(),
                                            v.value()))));
                });
        return values;
    }

    private Optional<ValueItem> value(FormField field, JsonNode value) {
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        if (value.isBoolean()) {
            text = Texts.get(lang, value.asBoolean() ? "review_yes" : "review_no");
        }
        String shown = text;
        String labelled = field.options().stream()
                .filter(option -> option.id().equals(shown))
                .findFirst()
                .map(option -> option.label().in(lang))
                .orElse(text);
        return Optional.of(new ValueItem(field.label().in(lang), labelled));
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

    List<StepItem> steps(Caller officer) {
        return steps(officer, Map.of(), null);
    }

    /**
     * The steps, a revision showing the marks a refused form sent where it sent them, and the step form of a refused
     * decision ({@code problem}) its entries and problems.
     */
    List<StepItem> steps(Caller officer, Map<String, Revision.Mark> entered, ReviewPage.Problem problem) {
        List<StepItem> items = new ArrayList<>();
        catalogue.processingSteps().forEach(step -> {
            String status = file.steps().get(step.id());
            if (status == null) {
                return;
            }
            JsonNode decision = file.values().get(new PropertyPath.StepDecision(step.id()).format());
            boolean pending = file.status() == FileStatus.SUBMITTED
                    && file.pendingSteps().contains(step.id())
                    && officer.works(step);
            String assignee = Assignments.assignee(file, step.id()).orElse(null);
            items.add(new StepItem(
                    step.id(),
                    step.name().in(lang),
                    Texts.get(lang, "step_" + status),
                    decision == null
                            ? null
                            : Texts.get(
                                    lang,
                                    "decision_" + decision.path("decision").asText()),
                    decision == null || !decision.has("reason")
                            ? null
                            : decision.path("reason").asText(),
                    pending && (assignee == null || assignee.equals(officer.user())),
                    assignee,
                    pending && step.assignable() && assignee == null,
                    step.revision()
                            ? RevisionViews.of(Revision.of(step.id(), catalogue, file.values()), file, lang, entered)
                            : null,
                    file.status() == FileStatus.SUBMITTED
                            && status.equals("PAUSED")
                            && officer.works(step)
                            && (assignee == null || assignee.equals(officer.user())),
                    pending
                            ? StepFormViews.of(
                                    StepForm.of(step, catalogue, file),
                                    file,
                                    step.id(),
                                    lang,
                                    problem != null && problem.step().equals(step.id()) ? problem.entered() : Map.of(),
                                    problem != null && problem.step().equals(step.id()) ? problem.fields() : Map.of())
                            : List.of()));
        });
        return items;
    }
}
